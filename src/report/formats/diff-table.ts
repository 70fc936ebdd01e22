/** `plan diff -f table`: one comparison for a terminal (cli-table3), a table per section, colour on a terminal. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import { SECTION_TITLES, type DiffResult } from "../../diff/types.js";
import { findingDetail, findingNote, sections, summaryLine } from "../diff-summary.js";
import type { FormatOptions } from "./options.js";

export default function diffTable(r: DiffResult, opts: FormatOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out = [c.bold(summaryLine(r)), ""];
  const detailWidth = Math.max(30, (opts.width ?? 120) - 17 - 12 - 12 - 22 - 6);
  for (const [section, fs] of sections(r.findings)) {
    out.push(c.bold(SECTION_TITLES[section]));
    const table = new Table({
      head: ["finding", "reference", "plan", "detail", "note"],
      colWidths: [17, 12, 12, detailWidth, 22],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: opts.color ? ["cyan"] : [], border: opts.color ? ["grey"] : [] },
    });
    for (const f of fs) {
      const kind = f.weakened || f.kind === "missing" || f.kind === "phraseDropped" ? c.red(f.kind) : f.kind === "ambiguousMatch" ? c.yellow(f.kind) : f.kind;
      table.push([kind, f.referenceId ?? "—", f.planId ?? "—", findingDetail(f), findingNote(f)]);
    }
    out.push(table.toString(), "");
  }
  return out.join("\n") + "\n";
}
