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
}

/** Which grid cell covers each (row, col) slot. */
export function coverage(t: Table): (TableCell | undefined)[][] {
  const grid: (TableCell | undefined)[][] = Array.from({ length: t.rowCount }, () => Array(t.colCount).fill(undefined));
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
  if (t.columnRoles) return isTaskHeader(t.columnRoles) ? { rows: [], roles: t.columnRoles } : null;
  const cov = coverage(t);
  for (let r = 0; r < Math.min(4, t.rowCount); r++) {
    const roles = headerRoles(rowTexts(cov, r));
    if (!isTaskHeader(roles)) continue;
    const rows = [r];
    // A two-level header: "CƠ QUAN THỰC HIỆN" over "Chủ trì" | "Phối hợp".
    if (r + 1 < t.rowCount) {
      const sub = headerRoles(rowTexts(cov, r + 1));
      const subCount = sub.filter(Boolean).length;
      const spanned = cov[r].some((c, k) => c && c.colSpan > 1 && sub[k]);
      if (subCount >= 2 && spanned && cov[r + 1].every((c) => !c || cellText(c).length < 40)) {
        rows.push(r + 1);
        sub.forEach((role, k) => {
          if (role) roles[k] = role;
        });
      }
    }
    return { rows: [...Array(rows[rows.length - 1] + 1).keys()], roles };
  }
  return null;
}

export interface RowSlot {
  /** The cell in each role's column; a merged cell is the same object in every row it spans. */
  cells: Partial<Record<ColumnRole, TableCell>>;
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
  rows: RowSlot[];
  /** Text added to a cell by a page-break continuation, in order. */
  extra: Map<TableCell, string[]>;
  pages: number[];
  /** Fragments for the debug view. */
  fragments: Table[];
}

function firstCol(roles: (ColumnRole | null)[], role: ColumnRole): number {
  return roles.indexOf(role);
}

/** Map a headerless fragment's columns onto the header fragment's roles by horizontal overlap. */
function rolesByPosition(header: Table, headerRolesList: (ColumnRole | null)[], t: Table): (ColumnRole | null)[] {
  if (!header.colEdges || !t.colEdges) return t.colCount === header.colCount ? headerRolesList : [];
  const he = header.colEdges;
  return Array.from({ length: t.colCount }, (_, k) => {
    const x0 = t.colEdges![k], x1 = t.colEdges![k + 1];
    let best = -1, bestOverlap = 0;
    for (let j = 0; j < he.length - 1; j++) {
      const o = Math.min(x1, he[j + 1]) - Math.max(x0, he[j]);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = j;
      }
    }
    return best >= 0 && bestOverlap > (x1 - x0) * 0.5 ? headerRolesList[best] : null;
  });
}

const TERMINAL = /[.;:!?…]["”’)]?$/;

/**
 * Stitch the fragments that make one task table. Returns null when the first
 * fragment has no recognisable header.
 */
export function stitch(fragments: Table[]): TaskTable | null {
  const first = fragments[0];
  const header = findHeader(first);
  if (!header) return null;
  const out: TaskTable = { roles: header.roles.filter((r): r is ColumnRole => r !== null), rows: [], extra: new Map(), pages: [], fragments };
  fragments.forEach((t, fi) => {
    const own = fi === 0 ? header : findHeader(t);
    const roles = own ? own.roles : rolesByPosition(first, header.roles, t);
    const skip = new Set(own ? own.rows : []);
    const cov = coverage(t);
    if (t.page !== undefined) out.pages.push(t.page);
    let top = true;
    for (let r = 0; r < t.rowCount; r++) {
      if (skip.has(r)) continue;
      const cellsInRow = [...new Set(cov[r].filter(Boolean))] as TableCell[];
      if (!cellsInRow.some((c) => cellText(c))) continue; // an empty row carries nothing
      const slot: RowSlot = { cells: {}, page: t.page, continues: false, pageTop: top, gridRow: r };
      const wide = cellsInRow.find((c) => c.colSpan >= Math.max(2, t.colCount - 1) && c.row === r);
      const sttCol = firstCol(roles, "stt");
      if (wide && cellsInRow.every((c) => c === wide || (sttCol >= 0 && c.col === sttCol) || !cellText(c))) {
        slot.groupRow = wide;
      } else {
        roles.forEach((role, k) => {
          if (role && !slot.cells[role] && cov[r][k]) slot.cells[role] = cov[r][k];
        });
      }
      if (top && fi > 0 && out.rows.length) slot.continues = continuesPrevious(slot, out.rows[out.rows.length - 1], out);
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
