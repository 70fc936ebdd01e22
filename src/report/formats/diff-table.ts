/**
 * `plan diff -f table`: for a terminal. Each finding shows its label, the
 * element's id and text shortened to its column, the detail and notes; the
 * table fits the terminal's width (100 columns when piped).
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { DiffResult } from "../../diff/types.js";
import {
  findingDetail,
  findingIds,
  findingText,
  langOf,
  sectionsOf,
  shorten,
  summaryLine,
  tableStyle,
  wrap,
} from "../diff-summary.js";
import { pairsTable } from "../diff-tables.js";
import { escapeTerminal } from "../escape.js";
import { findingNotes, messages } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

const KIND_WIDTH = 20;
const NOTE_WIDTH = 18;
/** cli-table3 draws one border per column plus one. */
const borders = (columns: number) => columns + 1;

export default function diffTable(r: DiffResult, opts: FormatOptions): string {
  const lang = langOf(opts);
  const width = opts.width ?? 100;
  const m = messages(lang);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out = [...wrap(escapeTerminal(summaryLine(r, m)), width).map((l) => c.bold(l)), ""];
  const flexible = Math.max(30, width - borders(4) - KIND_WIDTH - NOTE_WIDTH);
  const elementWidth = Math.floor(flexible * 0.55);
  const detailWidth = flexible - elementWidth;
  for (const [section, fs] of sectionsOf(r.findings)) {
    out.push(c.bold(m.section[section]));
    const table = new Table({
      head: [m.report.finding, m.report.element, m.report.detail, m.report.note],
      colWidths: [KIND_WIDTH, elementWidth, detailWidth, NOTE_WIDTH],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: tableStyle(Boolean(opts.color)),
    });
    for (const f of fs) {
      const label = m.kind(f);
      const kind =
        f.weakened || f.kind === "missing" || f.kind === "phraseDropped"
          ? c.red(label)
          : f.kind === "ambiguousMatch"
            ? c.yellow(label)
            : label;
      const text = findingText(f);
      // Two lines of the column for the text, under the ids.
      const element = [findingIds(f), text ? shorten(text, (elementWidth - 2) * 2) : ""]
        .filter(Boolean)
        .join("\n");
      table.push([
        kind,
        escapeTerminal(element),
        escapeTerminal(findingDetail(f, m)),
        escapeTerminal(findingNotes(f, lang).join(", ")),
      ]);
    }
    out.push(table.toString(), "");
  }
  if (opts.tables) out.push(pairsTable(r.taskPairs, { color: Boolean(opts.color), width, lang }));
  return out.join("\n") + "\n";
}
