/**
 * A task table rebuilt from a text dump. Dumps of an appendix write each
 * row's cells one after another, in the header's column order, as blocks
 * separated by blank lines; cells merged over several rows come once, at
 * their vertical middle; a cell's last line is often cut off by a blank line;
 * pages repeat pieces of the header; and cells that sat side by side on one
 * line stay on one line ("2027 Hệ thống cơ sở dữ liệu Sở Công thương").
 *
 * Rows are rebuilt by what each block says (a "- "/"+ " item, a deadline
 * phrase, an agency name, "phối hợp", a numbered group title) and by the
 * column order. The geometry that decided the rest is gone, so every guess
 * that could be wrong is a warning with its line: a lead or coordinating
 * cell taken as merged over the rows above, a group boundary placed by the
 * order of the text.
 */
import type { SourceFile } from "../../diagnostics.js";
import { splitLabel } from "../../lexicon/labels.js";
import { foldKey } from "../../lexicon/text.js";
import { AGENCY_HEAD, COORDINATING, FORCES, TRAILING_AGENCY } from "../../lexicon/agencies.js";
import { DEADLINE_CELL_OPENING } from "../../lexicon/deadlines.js";
import {
  COMMON_RULES,
  HEADER_WORDS,
  NUMBER_HEADING,
  type ColumnRole,
} from "../../lexicon/columns.js";
import type { Paragraph, Table, TableCell } from "../types.js";

/** Roles a header written as running text names: the number column and the common wordings. */
const ROLE_WORDS: [ColumnRole, RegExp][] = [["stt", NUMBER_HEADING], ...COMMON_RULES];

const ITEM = /^[-+•]\s*\S/u;
const GROUP_TITLE = /^(?:\d{1,2}|[IVX]{1,4})\.\s+\p{Lu}/u;
/** A deadline cell's first words; with more capitalised text after them on the same line, the next cell follows. */
const DEADLINE = DEADLINE_CELL_OPENING;
const COORDINATE = COORDINATING;

interface Chunk {
  text: string;
  line: number;
  /** Came right after a page's repeated header: the rest of a cell cut by the page break. */
  afterPage: boolean;
}

type Cell = "task" | "deadline" | "output" | "lead" | "coordinate";

interface Row {
  task: string[];
  deadline: string[];
  output: string[];
  lead: string[];
  coordinate: string[];
  /** Cells this row shares with the rows above (merged vertically). */
  mergedUp: Set<Cell>;
  group: number;
  line: number;
}

export interface TextTable {
  /** The text before the table (title lines), for the body reader. */
  before: string;
  table: Table;
}

/** Header lines are in capitals ("dựng..." folds to a header word, DUNG, but is the end of a cell). */
const isHeaderLine = (line: string) => {
  const words = foldKey(line).split(" ").filter(Boolean);
  return words.length > 0 && line === line.toUpperCase() && words.every((w) => HEADER_WORDS.has(w));
};

/** Find the header and the column order; null when the text has no task-table header. */
function header(lines: string[]): { start: number; end: number; roles: ColumnRole[] } | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i])) continue;
    let end = i;
    // The header block: header-only lines, blank lines between them allowed.
    for (let j = i + 1; j < lines.length && (isHeaderLine(lines[j]) || !lines[j].trim()); j++)
      if (lines[j].trim()) end = j;
    const text = foldKey(lines.slice(i, end + 1).join(" "));
    const found = ROLE_WORDS.map(([role, re]) => ({ role, at: text.search(re) })).filter(
      (r) => r.at >= 0,
    );
    const roles = found.sort((a, b) => a.at - b.at).map((r) => r.role);
    if (
      roles.includes("task") &&
      (roles.includes("deadline") || roles.includes("lead")) &&
      roles.length >= 3
    )
      return { start: i, end, roles };
  }
  return null;
}

function chunks(lines: string[], from: number): Chunk[] {
  const out: Chunk[] = [];
  let cur: string[] = [];
  let start = from;
  let afterPage = false;
  let pageBreak = false;
  const flush = () => {
    if (cur.length) out.push({ text: cur.join("\n"), line: start + 1, afterPage });
    cur = [];
    afterPage = false;
  };
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim()) {
      flush();
      continue;
    }
    if (isHeaderLine(raw) || /^\s*\d{1,3}\s*$/.test(raw)) {
      // A page's repeated header (or its number): the next line may continue a cell of the page before.
      pageBreak = true;
      continue;
    }
    if (!cur.length) {
      start = i;
      afterPage = pageBreak;
    }
    pageBreak = false;
    cur.push(raw.trim());
  }
  flush();
  return out;
}

/** "Thường xuyên Văn bản quán triệt", "2027 Hệ thống cơ sở dữ liệu Sở Công thương": cells that shared a line. */
function splitSideBySide(text: string): { deadline?: string; rest: string; agency?: string } {
  let rest = text;
  let deadline: string | undefined;
  const d = DEADLINE.exec(rest);
  if (
    d &&
    /^\s+\p{Lu}/u.test(rest.slice(d[0].length)) &&
    !/^\s+(?:theo|và|của)(?=\s|$)/iu.test(rest.slice(d[0].length))
  ) {
    deadline = d[0];
    rest = rest.slice(d[0].length).trim();
  }
  // An agency name after the output, on the same line: "Bản cam kết Sở Y tế".
  const m = TRAILING_AGENCY.exec(rest);
  if (m && m.index > 0 && !COORDINATE.test(m[1]))
    return { deadline, rest: rest.slice(0, m.index).trim(), agency: m[1].trim() };
  return { deadline, rest };
}

/** An agency name opens the text ("Sở Y tế", "- UBND các xã"); "Báo cáo" (a report) is an output, not a newspaper. */
const isAgency = (s: string) => {
  const t = s.replace(/^[-+•]\s*/u, "");
  return (AGENCY_HEAD.test(`${t} `) || FORCES.test(t)) && !/^Báo cáo/u.test(t);
};
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsOpen = (s: string) => !/[.;:!?)”"]$/.test(s.trim());

export function textTable(content: string, file: SourceFile): TextTable | null {
  const lines = content.replace(/\r\n?/g, "\n").split("\n");
  const head = header(lines);
  if (!head) return null;
  const rows: Row[] = [];
  const titles: { text: string[]; atRow: number; line: number }[] = [];
  // Where the previous block went, for the rest of a cell that a blank line cut off.
  const state: { last: { row: Row; cell: Cell } | { title: (typeof titles)[number] } | null } = {
    last: null,
  };
  const newRow = (line: number): Row => {
    const row: Row = {
      task: [],
      deadline: [],
      output: [],
      lead: [],
      coordinate: [],
      mergedUp: new Set(),
      group: titles.length - 1,
      line,
    };
    rows.push(row);
    return row;
  };
  const put = (row: Row, cell: Cell, text: string) => {
    row[cell].push(text);
    state.last = { row, cell };
  };
  /** An agency cell: lead first, then coordinating; rows above with neither share it (a merged cell). */
  const agency = (text: string, line: number) => {
    const row = rows[rows.length - 1] ?? newRow(line);
    const lead = row.lead.join("\n");
    // The next agency of the lead's own list: it goes on with "- " items, or the lead ended on "," or ";".
    const moreLead =
      lead &&
      !row.coordinate.length &&
      !COORDINATE.test(text) &&
      ((/^[-+•]/u.test(lead) && /^[-+•]/u.test(text)) || /[,;]$/.test(lead.trim()));
    const cell: Cell = moreLead
      ? "lead"
      : COORDINATE.test(text) && !/^[-+]?\s*Các sở, ngành triển khai/u.test(text)
        ? "coordinate"
        : lead
          ? "coordinate"
          : "lead";
    put(row, cell, text);
    for (
      let k = rows.length - 2;
      k >= 0 &&
      rows[k][cell].length === 0 &&
      rows[k].group === row.group &&
      (rows[k].deadline.length || rows[k].output.length);
      k--
    ) {
      rows[k + 1].mergedUp.add(cell);
      file.warn(
        "text-merged-cell",
        `the ${cell} cell at line ${line} is taken as merged over the row above it (line ${rows[k].line}), which has none of its own`,
        { line },
      );
    }
  };

  for (const c of chunks(lines, head.end + 1)) {
    const first = c.text.split("\n")[0];
    const row = rows[rows.length - 1];
    if (GROUP_TITLE.test(first)) {
      const title = { text: [c.text], atRow: rows.length, line: c.line };
      titles.push(title);
      state.last = { title };
      continue;
    }
    const last = state.last;
    if (/^\p{Ll}/u.test(first) && last) {
      // The rest of a cell: cut by a blank line inside it, or by the page break (then it is the task's, the longest cell).
      if (c.afterPage && row?.task.length && !("title" in last)) put(row, "task", c.text);
      else if ("title" in last) last.title.text.push(c.text);
      else put(last.row, last.cell, c.text);
      continue;
    }
    const prev = last && "row" in last ? last : null;
    // A cell's last line cut off by a blank line: one short line continuing a name or phrase.
    if (
      prev &&
      prev.cell !== "task" &&
      !c.text.includes("\n") &&
      words(c.text) <= 4 &&
      endsOpen(prev.row[prev.cell].join(" ")) &&
      !ITEM.test(first) &&
      !DEADLINE.test(first) &&
      !/^(?:Sở|Các|UBND|Ủy ban|Công an|Văn bản|Kế hoạch|Báo cáo|Bản cam kết)(?=\s|$)/u.test(first)
    ) {
      put(prev.row, prev.cell, c.text);
      continue;
    }
    if (ITEM.test(first) && !isAgency(first)) {
      put(newRow(c.line), "task", c.text);
      continue;
    }
    if (!row) {
      put(newRow(c.line), "task", c.text);
      continue;
    }
    const split = splitSideBySide(c.text);
    if (split.deadline) put(row, "deadline", split.deadline);
    const rest = split.rest;
    if (!split.deadline && DEADLINE.test(rest) && !row.deadline.length) put(row, "deadline", rest);
    else if (
      rest &&
      (isAgency(rest) || COORDINATE.test(rest)) &&
      (row.deadline.length || row.output.length || !row.task.length)
    )
      agency(rest, c.line);
    else if (rest && row.deadline.length && !row.output.length) put(row, "output", rest);
    else if (rest && (row.lead.length || row.coordinate.length || row.output.length))
      put(newRow(c.line), "task", rest);
    else if (rest && !row.deadline.length && row.task.length) put(row, "task", rest);
    else if (rest) put(row, "output", rest);
    if (split.agency) agency(split.agency, c.line);
  }
  if (!rows.length) return null;
  placeGroups(rows, titles, file);
  return {
    before: lines.slice(0, head.start).join("\n"),
    table: toTable(rows, titles, head.roles),
  };
}

/**
 * A group title stands at the middle of its merged cell, so it often comes
 * after its group's first rows. A group cannot begin with a "+ " sub-item:
 * its first row is the nearest "- " row at or before the title. The rest of
 * the boundary cannot be read from a dump, so each one is a warning.
 */
function placeGroups(rows: Row[], titles: { atRow: number; line: number }[], file: SourceFile) {
  const starts = titles.map((t) => {
    let s = Math.min(t.atRow, rows.length - 1);
    while (s > 0 && /^\+/u.test(rows[s].task[0] ?? "")) s--;
    return s;
  });
  for (let k = 1; k < starts.length; k++) starts[k] = Math.max(starts[k], starts[k - 1] + 1);
  if (starts.length) starts[0] = 0;
  for (const [i, r] of rows.entries()) r.group = starts.filter((s) => s <= i).length - 1;
  titles.forEach((t, k) => {
    if (k > 0)
      file.warn(
        "text-group-boundary",
        `group ${k + 1} is taken to begin at the row of line ${rows[starts[k]]?.line}: a text dump does not show where its merged cell starts`,
        { line: t.line },
      );
  });
}

function paragraphs(texts: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of texts) {
    for (const line of block.split("\n")) {
      const { label, text } = splitLabel(line.trim());
      if (label && /^[-+•]$/u.test(label)) out.push({ kind: "paragraph", text, label });
      else if (out.length)
        out[out.length - 1] = {
          ...out[out.length - 1],
          text: `${out[out.length - 1].text} ${line.trim()}`.trim(),
        };
      else out.push({ kind: "paragraph", text: line.trim() });
    }
  }
  return out.map((p) => ({ ...p, text: p.text.replace(/\s+/g, " ").trim() }));
}

function toTable(rows: Row[], titles: { text: string[] }[], roles: ColumnRole[]): Table {
  const cols = roles.filter((r) => r !== "stt" && r !== "note");
  const cells: TableCell[] = [];
  rows.forEach((r, i) => {
    cols.forEach((role, col) => {
      if (role === "group") {
        const starts = i === 0 || rows[i - 1].group !== r.group;
        if (!starts || r.group < 0) return;
        const span = rows.slice(i).findIndex((x) => x.group !== r.group);
        const title = titles[r.group]?.text ?? [];
        cells.push({
          row: i,
          col,
          rowSpan: span < 0 ? rows.length - i : span,
          colSpan: 1,
          paragraphs: [
            { kind: "paragraph", ...splitLabel(title.join(" ").replace(/\s+/g, " ").trim()) },
          ],
        });
        return;
      }
      const cell = role as Cell;
      if (!(cell in r) || r.mergedUp.has(cell)) return;
      // A cell merged downward covers the following rows that share it.
      let span = 1;
      while (rows[i + span]?.mergedUp.has(cell)) span++;
      // Merged cells are written once, on the last row they span: the content belongs to the first.
      const owner = rows[i + span - 1];
      cells.push({ row: i, col, rowSpan: span, colSpan: 1, paragraphs: paragraphs(owner[cell]) });
    });
  });
  return { kind: "table", rowCount: rows.length, colCount: cols.length, cells, columnRoles: cols };
}
