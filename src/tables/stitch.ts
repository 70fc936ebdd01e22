/**
 * Table fragments → one logical task table. A PDF gives one fragment per
 * page: the repeated header row is dropped, columns are matched to the first
 * header by position, a row cut by a page break is joined, and a merged cell
 * left open at the bottom of a page carries on to the next.
 */
import { splitLabel } from "../lexicon/labels.js";
import type { Table, TableCell } from "../read/types.js";
import { cellText } from "../read/types.js";
import { type ColumnRole, headerRoles, isTaskHeader } from "../lexicon/columns.js";

export interface Header {
  rows: number[];
  roles: (ColumnRole | null)[];
  /** Each column's header as written (the lower level of a two-level header), "" where blank. */
  texts: string[];
}

/** Which grid cell covers each (row, col) slot. */
export function coverage(t: Table): (TableCell | undefined)[][] {
  const grid: (TableCell | undefined)[][] = Array.from({ length: t.rowCount }, () =>
    Array(t.colCount).fill(undefined),
  );
  for (const c of t.cells) {
    for (let r = c.row; r < Math.min(t.rowCount, c.row + c.rowSpan); r++) {
      for (let k = c.col; k < Math.min(t.colCount, c.col + c.colSpan); k++) grid[r][k] = c;
    }
  }
  return grid;
}

function rowTexts(cov: (TableCell | undefined)[][], r: number): string[] {
  return cov[r].map((c) => (c ? cellText(c) : ""));
}

export function findHeader(t: Table): Header | null {
  // The reader already read the header: its roles, no header row to skip.
  const cov = coverage(t);
  if (t.columnRoles) {
    if (!isTaskHeader(t.columnRoles)) return null;
    // A column-number row "(1) (2) (3) ..." under the header is part of it, never a task.
    const numbered = t.rowCount > 0 && isColumnNumberRow(rowTexts(cov, 0));
    const texts = t.columnHeaders ?? t.columnRoles.map(() => "");
    return { rows: numbered ? [0] : [], roles: t.columnRoles, texts: texts.map(headerText) };
  }
  for (let r = 0; r < Math.min(4, t.rowCount); r++) {
    const texts = rowTexts(cov, r).map(headerText);
    const roles = headerRoles(texts);
    if (!isTaskHeader(roles)) continue;
    const rows = [r];
    // A two-level header: "CƠ QUAN THỰC HIỆN" over "Chủ trì" | "Phối hợp".
    if (r + 1 < t.rowCount) {
      const sub = headerRoles(rowTexts(cov, r + 1));
      const subCount = sub.filter(Boolean).length;
      const spanned = cov[r].some((c, k) => c && c.colSpan > 1 && sub[k]);
      if (subCount >= 2 && spanned && cov[r + 1].every((c) => !c || cellText(c).length < 40)) {
        rows.push(r + 1);
        const subTexts = rowTexts(cov, r + 1).map(headerText);
        sub.forEach((role, k) => {
          if (role) roles[k] = role;
          if (subTexts[k] && cov[r + 1][k] !== cov[r][k]) texts[k] = subTexts[k];
        });
      }
    }
    let last = rows[rows.length - 1];
    // A column-number row "(1) (2) (3) ..." under the header is part of it, never a task.
    if (last + 1 < t.rowCount && isColumnNumberRow(rowTexts(cov, last + 1))) last++;
    return { rows: [...Array(last + 1).keys()], roles, texts };
  }
  return null;
}

/** Most columns hold only their own number, "(1)" or "1", counting up from 1. */
export function isColumnNumberRow(texts: string[]): boolean {
  const nums = texts.map((t) => /^\(?(\d{1,2})\)?$/.exec(t.trim())?.[1]);
  const filled = texts.filter((t) => t.trim()).length;
  const found = nums.filter((n): n is string => n !== undefined).map(Number);
  if (found.length < 3 || found.length < filled) return false;
  return found.every((n, i) => n === found[0] + i) && found[0] <= 2;
}

function headerText(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export interface RowSlot {
  /** The cell in each role's column; a merged cell is the same object in every row it spans. */
  cells: Partial<Record<ColumnRole, TableCell>>;
  /** Cells of the columns with no role, by their header as written ("Cấp trình"). */
  extras: Record<string, TableCell>;
  /** A group title as a full-width row. */
  groupRow?: TableCell;
  page?: number;
  /** This row continues the previous one across a page break. */
  continues: boolean;
  /** First body row of a page fragment. */
  pageTop: boolean;
  /** Grid row within its fragment, for the debug view. */
  gridRow: number;
}

export interface TaskTable {
  roles: ColumnRole[];
  /** The headers of the columns with no role, in order: they become each task's `extra`. */
  extraHeaders: string[];
  rows: RowSlot[];
  /** Text added to a cell by a page-break continuation, in order. */
  extra: Map<TableCell, string[]>;
  pages: number[];
  /** Fragments for the debug view. */
  fragments: Table[];
  /** The heading right above the table, if any. */
  caption?: string;
}

function firstCol(roles: (ColumnRole | null)[], role: ColumnRole): number {
  return roles.indexOf(role);
}

/** Map a headerless fragment's columns onto the header fragment's columns by horizontal overlap (-1: none). */
function columnsByPosition(header: Table, t: Table): number[] {
  if (!header.colEdges || !t.colEdges) {
    return t.colCount === header.colCount ? [...Array(t.colCount).keys()] : [];
  }
  const he = header.colEdges;
  return Array.from({ length: t.colCount }, (_, k) => {
    const x0 = t.colEdges![k],
      x1 = t.colEdges![k + 1];
    let best = -1,
      bestOverlap = 0;
    for (let j = 0; j < he.length - 1; j++) {
      const o = Math.min(x1, he[j + 1]) - Math.max(x0, he[j]);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = j;
      }
    }
    return best >= 0 && bestOverlap > (x1 - x0) * 0.5 ? best : -1;
  });
}

const TERMINAL = /[.;:!?…]["”’)]?$/;

/**
 * Stitch the fragments that make one task table. Returns null when the first
 * fragment has no recognisable header.
 */
export function stitch(fragments: Table[], caption?: string): TaskTable | null {
  const first = fragments[0];
  const header = findHeader(first);
  if (!header) return null;
  const out: TaskTable = {
    roles: header.roles.filter((r): r is ColumnRole => r !== null),
    extraHeaders: [...new Set(header.texts.filter((t, k) => t && !header.roles[k]))],
    rows: [],
    extra: new Map(),
    pages: [],
    fragments,
    caption,
  };
  fragments.forEach((t, fi) => {
    const own = fi === 0 ? header : findHeader(t);
    const byPos = own ? [] : columnsByPosition(first, t);
    const roles = own ? own.roles : byPos.map((j) => (j >= 0 ? header.roles[j] : null));
    const texts = own ? own.texts : byPos.map((j) => (j >= 0 ? header.texts[j] : ""));
    const skip = new Set(own ? own.rows : []);
    const cov = coverage(t);
    if (t.page !== undefined) out.pages.push(t.page);
    let top = true;
    for (let r = 0; r < t.rowCount; r++) {
      if (skip.has(r)) continue;
      const cellsInRow = [...new Set(cov[r].filter(Boolean))] as TableCell[];
      if (!cellsInRow.some((c) => cellText(c))) continue; // an empty row carries nothing
      const slot: RowSlot = {
        cells: {},
        extras: {},
        page: t.page,
        continues: false,
        pageTop: top,
        gridRow: r,
      };
      const wide = cellsInRow.find((c) => c.colSpan >= Math.max(2, t.colCount - 1) && c.row === r);
      const sttCol = firstCol(roles, "stt");
      if (
        wide &&
        cellsInRow.every((c) => c === wide || (sttCol >= 0 && c.col === sttCol) || !cellText(c))
      ) {
        slot.groupRow = wide;
      } else {
        roles.forEach((role, k) => {
          if (role && !slot.cells[role] && cov[r][k]) slot.cells[role] = cov[r][k];
          const name = texts[k];
          if (!role && name && cov[r][k] && !slot.extras[name]) slot.extras[name] = cov[r][k]!;
        });
      }
      if (top && fi > 0 && out.rows.length)
        slot.continues = continuesPrevious(slot, out.rows[out.rows.length - 1], out);
      out.rows.push(slot);
      top = false;
    }
  });
  return out;
}

function textOf(c: TableCell | undefined, extra: Map<TableCell, string[]>): string {
  if (!c) return "";
  return [cellText(c), ...(extra.get(c) ?? [])].join("\n").trim();
}

/**
 * Is the first row of a page the rest of the last row of the previous page?
 * Evidence: an empty number cell; task text that starts in lower case or
 * without a list marker after text that did not end a sentence.
 */
function continuesPrevious(slot: RowSlot, prev: RowSlot, table: TaskTable): boolean {
  if (slot.groupRow || prev.groupRow) return false;
  const stt = slot.cells.stt;
  if (stt && !cellText(stt) && prev.cells.stt && cellText(prev.cells.stt)) return true;
  const task = cellText(slot.cells.task);
  const prevTask = textOf(prev.cells.task, table.extra);
  if (!task) return true;
  const startsItem = !!splitLabel(task).label;
  if (/^\p{Ll}/u.test(task)) return true;
  if (!startsItem && prevTask && !TERMINAL.test(prevTask)) {
    const deadline = cellText(slot.cells.deadline);
    return !deadline || /^\p{Ll}/u.test(deadline);
  }
  return false;
}
