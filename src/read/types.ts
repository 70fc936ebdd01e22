/**
 * The one intermediate form every reader produces, so that later stages never
 * see PDF, DOCX or text-dump details: a sequence of paragraphs and tables.
 */
import type { ColumnRole } from "../lexicon/columns.js";

export interface Paragraph {
  kind: "paragraph";
  /** The paragraph's text without its list label, NFC, whitespace collapsed. */
  text: string;
  /** The list label as the reader saw it ("I.", "1.", "a)", "-", "+"), Word auto-numbering included. */
  label?: string;
  page?: number;
  /** 1-based line in a text dump. */
  line?: number;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right" | "justify";
  /** Font size in points, where known. */
  fontSize?: number;
  /** For text read by OCR from a page image: the mean confidence of its words, 0..1. */
  ocrConfidence?: number;
}

export interface TableCell {
  /** Grid position of the cell's top-left corner. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  paragraphs: Paragraph[];
  page?: number;
  /** Bounding box in page points (top-left origin), PDF only. */
  box?: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Table {
  kind: "table";
  rowCount: number;
  colCount: number;
  /** Only the origin cells of merges; covered grid slots have no entry. */
  cells: TableCell[];
  /** Rows marked as repeating header rows by the source (DOCX w:tblHeader). */
  headerRows?: number[];
  /**
   * The columns' roles, when the reader found the header itself (a text
   * dump's header lines, a borderless table's aligned header): the table
   * then has no header row, and tables/ does not look for one.
   */
  columnRoles?: (ColumnRole | null)[];
  /** Each column's header as written, where the reader read the header itself. */
  columnHeaders?: string[];
  /** For PDF tables: the page the table fragment sits on. One table per page fragment. */
  page?: number;
  /** Rows' top and bottom in page points (PDF), for debugging and stitching. */
  rowEdges?: number[];
  colEdges?: number[];
}

export type Block = Paragraph | Table;

export function cellText(cell: TableCell | undefined): string {
  if (!cell) return "";
  return cell.paragraphs
    .map((p) => (p.label ? `${p.label} ${p.text}` : p.text))
    .join("\n")
    .trim();
}

/** Mean of the defined OCR confidences, or undefined when the text came from a text layer. */
export function meanConf(xs: (number | undefined)[]): number | undefined {
  const known = xs.filter((x): x is number => x !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
}
