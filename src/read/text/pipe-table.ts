/**
 * Tables in a text dump written one row a line, cells joined by " | " (as
 * HTML-to-text converters write them). A run of such lines under a header
 * that names task-table columns is a table; a cell merged across the row
 * (a group title) comes back repeated in every column, and is one cell again.
 * Other " | " lines (the two columns of a header or signature block) stay text.
 */
import { headerRoles, isTaskHeader } from "../../lexicon/columns.js";
import { splitLabel } from "../../lexicon/labels.js";
import { normalizeText } from "../../lexicon/text.js";
import type { Paragraph, Table, TableCell } from "../types.js";

const CELL_SEP = /\s+\|\s+|\s+\|$|^\|\s+/;

export interface PipeSegment {
  /** Text before the table (or the whole text when there is none left). */
  text: string;
  /** How many source lines come before this text. */
  offset: number;
  table?: Table;
  /** 1-based line of the table's header. */
  line?: number;
}

function cellsOf(line: string): string[] {
  return line.split(CELL_SEP).map((c) => normalizeText(c));
}

const isRow = (line: string) => (line.match(/\s\|\s/g)?.length ?? 0) >= 2;

function cell(row: number, col: number, colSpan: number, text: string, line: number): TableCell {
  const { label, text: body } = splitLabel(text);
  const p: Paragraph = { kind: "paragraph", text: label && body ? body : text, line };
  if (label && body) p.label = label;
  return { row, col, rowSpan: 1, colSpan, paragraphs: text ? [p] : [] };
}

/** Split a dump into text and task tables; null when it has no " | " task table. */
export function pipeTables(content: string): PipeSegment[] | null {
  const lines = content.replace(/\r\n?/g, "\n").split("\n");
  const out: PipeSegment[] = [];
  let textStart = 0;
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i]) || !isTaskHeader(headerRoles(cellsOf(lines[i])))) {
      i++;
      continue;
    }
    const headerLine = i;
    const width = cellsOf(lines[i]).length;
    const rows: { cells: string[]; line: number }[] = [{ cells: cellsOf(lines[i]), line: i + 1 }];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (!lines[j].trim()) continue;
      if (!isRow(lines[j])) break;
      rows.push({ cells: cellsOf(lines[j]), line: j + 1 });
    }
    const cells: TableCell[] = [];
    rows.forEach((r, k) => {
      const rest = r.cells.slice(1).filter(Boolean);
      // A row whose cells after the first all say the same: one title merged across the row.
      if (k > 0 && rest.length >= 2 && rest.every((c) => c === rest[0])) {
        cells.push(cell(k, 0, 1, r.cells[0], r.line), cell(k, 1, width - 1, rest[0], r.line));
        return;
      }
      for (let c = 0; c < width; c++) cells.push(cell(k, c, 1, r.cells[c] ?? "", r.line));
    });
    out.push({
      text: lines.slice(textStart, headerLine).join("\n"),
      offset: textStart,
      table: { kind: "table", rowCount: rows.length, colCount: width, cells },
      line: headerLine + 1,
    });
    textStart = j;
    i = j;
  }
  if (!out.length) return null;
  out.push({ text: lines.slice(textStart).join("\n"), offset: textStart });
  return out;
}
