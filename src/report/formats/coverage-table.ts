/** `plan diff --against REF PLANS... -f table`: the coverage matrix for a terminal. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Coverage } from "../../diff/coverage.js";
import type { ElementStatus } from "../../diff/types.js";
import { STATUS_MARK } from "../diff-summary.js";
import type { FormatOptions } from "./options.js";

export default function coverageTable(cov: Coverage, _results: unknown, opts: FormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint = (s: ElementStatus) => (s === "missing" ? c.red(STATUS_MARK[s]) : s === "changed" ? c.yellow(STATUS_MARK[s]) : s === "kept" ? c.green(STATUS_MARK[s]) : STATUS_MARK[s]);
  const table = new Table({ head: [cov.reference, ...cov.plans], style: { head: opts.color ? ["cyan"] : [], border: opts.color ? ["grey"] : [] } });
  for (const row of cov.rows) table.push([`${row.referenceId} ${row.text.slice(0, 40)}${row.text.length > 40 ? "…" : ""}`, ...row.cells.map(paint)]);
  return `${table.toString()}\n– : that part of the plan was not in the files given\n`;
}
