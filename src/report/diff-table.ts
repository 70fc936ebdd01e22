/**
 * `plan diff -f table`: for a terminal. Each finding shows its label, the
 * element's id and text shortened to its column, the detail and notes; the
 * table fits the terminal's width (100 columns when piped).
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Coverage } from "../diff/coverage.js";
import {
  DIFF_SECTIONS,
  type DiffResult,
  type DiffSection,
  type ElementStatus,
  type Finding,
} from "../diff/types.js";
import {
  byWeight,
  countByStatus,
  findingDetail,
  findingIds,
  findingText,
  planLabel,
  shorten,
  STATUS_MARK,
  type TableOptions,
} from "./diff-common.js";
import { escapeTerminal } from "./escape.js";
import { pairsTable } from "./diff-tables.js";
import { findingNotes, messages, type Catalogue } from "./messages/index.js";


const KIND_WIDTH = 20;
const NOTE_WIDTH = 18;
/** cli-table3 draws one border per column plus one. */
const borders = (columns: number) => columns + 1;

export function summaryLine(r: DiffResult, m: Catalogue): string {
  const s = countByStatus(r.elements);
  const counts = (["kept", "changed", "missing", "absent"] as ElementStatus[])
    .filter((k) => k !== "absent" || s.absent)
    .map((k) => `${s[k]} ${m.status[k].toLowerCase()}`);
  return `${m.report.title(planLabel(r.plan), planLabel(r.reference))}: ${counts.join(", ")}; ${m.report.findingsCount(r.findings.length)}`;
}

export function sectionsOf(findings: Finding[]): [DiffSection, Finding[]][] {
  return DIFF_SECTIONS.map(
    (s) => [s, byWeight(findings.filter((f) => f.section === s))] as [DiffSection, Finding[]],
  ).filter(([, fs]) => fs.length);
}

function style(color: boolean) {
  return { head: color ? ["cyan"] : [], border: color ? ["grey"] : [] };
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function formatDiffTable(r: DiffResult, opts: TableOptions): string {
  const m = messages(opts.lang);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out = [...wrap(escapeTerminal(summaryLine(r, m)), opts.width).map((l) => c.bold(l)), ""];
  const flexible = Math.max(30, opts.width - borders(4) - KIND_WIDTH - NOTE_WIDTH);
  const elementWidth = Math.floor(flexible * 0.55);
  const detailWidth = flexible - elementWidth;
  for (const [section, fs] of sectionsOf(r.findings)) {
    out.push(c.bold(m.section[section]));
    const table = new Table({
      head: [m.report.finding, m.report.element, m.report.detail, m.report.note],
      colWidths: [KIND_WIDTH, elementWidth, detailWidth, NOTE_WIDTH],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: style(opts.color),
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
        escapeTerminal(findingNotes(f, opts.lang).join(", ")),
      ]);
    }
    out.push(table.toString(), "");
  }
  if (opts.tables) out.push(pairsTable(r.taskPairs, opts));
  return out.join("\n") + "\n";
}

export function statusLegend(m: Catalogue): string {
  return (Object.keys(STATUS_MARK) as ElementStatus[])
    .map((s) => `${STATUS_MARK[s]} ${m.status[s].toLowerCase()}`)
    .join(" · ");
}

export function formatCoverageTable(cov: Coverage, opts: TableOptions): string {
  const m = messages(opts.lang);
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
    opts.width - borders(labels.length + 1) - planWidths.reduce((a, b) => a + b, 0),
  );
  const table = new Table({
    head: [escapeTerminal(cov.reference), ...labels],
    colWidths: [textWidth, ...planWidths],
    // One line per element: no rule between rows.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    style: style(opts.color),
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
