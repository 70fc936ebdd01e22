/**
 * `plan diff --against REF PLANS... -f table`: the coverage matrix for a
 * terminal, rows grouped by section with each plan's total, plans headed by
 * locality, fitted to the width.
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Coverage } from "../../diff/coverage.js";
import { DIFF_SECTIONS, type ElementStatus } from "../../diff/types.js";
import {
  langOf,
  planLabel,
  shorten,
  STATUS_MARK,
  statusLegend,
  tableStyle,
} from "../diff-summary.js";
import { escapeTerminal } from "../escape.js";
import { messages } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

/** cli-table3 draws one border per column plus one. */
const borders = (columns: number) => columns + 1;

export default function coverageTable(
  cov: Coverage,
  _results: unknown,
  opts: FormatOptions,
): string {
  const width = opts.width ?? 100;
  const m = messages(langOf(opts));
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint = (s: ElementStatus) =>
    s === "missing"
      ? c.red(STATUS_MARK[s])
      : s === "changed"
        ? c.yellow(STATUS_MARK[s])
        : s === "kept"
          ? c.green(STATUS_MARK[s])
          : STATUS_MARK[s];
  const labels = cov.documents.map((d) => escapeTerminal(planLabel(d)));
  const planWidths = labels.map((l) => Math.min(16, Math.max(6, l.length + 2)));
  const textWidth = Math.max(
    24,
    width - borders(labels.length + 1) - planWidths.reduce((a, b) => a + b, 0),
  );
  const table = new Table({
    head: [escapeTerminal(cov.reference), ...labels],
    colWidths: [textWidth, ...planWidths],
    // One line per element: no rule between rows.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    style: tableStyle(Boolean(opts.color)),
  });
  for (const section of DIFF_SECTIONS) {
    const rows = cov.rows.filter((row) => row.section === section);
    if (!rows.length) continue;
    const covered = cov.plans.map(
      (_, i) => rows.filter((row) => row.cells[i] === "kept" || row.cells[i] === "changed").length,
    );
    table.push([
      c.bold(escapeTerminal(m.section[section])),
      ...covered.map((n) => c.bold(`${n}/${rows.length}`)),
    ]);
    for (const row of rows)
      table.push([
        escapeTerminal(shorten(`${row.referenceId} ${row.text}`, textWidth - 2)),
        ...row.cells.map(paint),
      ]);
  }
  return `${table.toString()}\n${statusLegend(m)}\n`;
}
