/**
 * Tables without rulings: columns from text alignment. The header row is
 * found by its vocabulary (the same roles as ruled tables); column starts are
 * the left edges where body text lines up under each header; rows start
 * where the number column has text, or where a task cell starts a "- " item.
 * Merged cells cannot be seen without rulings: a cell is the text in its
 * column between two row starts.
 */
import { headerRoles, isTaskHeader } from "../../lexicon/columns.js";
import type { Run } from "./layout.js";
import { layoutParagraphs, runsToLines } from "./layout.js";
import type { Table, TableCell } from "../types.js";

export interface ColumnModel {
  starts: number[];
  right: number;
  roles: ReturnType<typeof headerRoles>;
  /** Each column's header as written. */
  headers?: string[];
}

interface Band {
  y: number;
  size: number;
  runs: Run[];
}

function bands(runs: Run[]): Band[] {
  const out: Band[] = [];
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const b = out[out.length - 1];
    if (b && Math.abs(b.y - r.y) <= Math.min(b.size, r.size) * 0.4) b.runs.push(r);
    else out.push({ y: r.y, size: r.size, runs: [r] });
  }
  return out;
}

/** Runs whose x ranges overlap form one header column. */
function headerColumns(runs: Run[]): { x0: number; x1: number; text: string }[] {
  const cols: { x0: number; x1: number; runs: Run[] }[] = [];
  for (const r of [...runs].sort((a, b) => a.x0 - b.x0)) {
    const c = cols.find((k) => r.x0 <= k.x1 + 2 && r.x1 >= k.x0 - 2);
    if (c) {
      c.runs.push(r);
      c.x0 = Math.min(c.x0, r.x0);
      c.x1 = Math.max(c.x1, r.x1);
    } else cols.push({ x0: r.x0, x1: r.x1, runs: [r] });
  }
  return cols
    .sort((a, b) => a.x0 - b.x0)
    .map((c) => ({
      x0: c.x0,
      x1: c.x1,
      text: c.runs
        .sort((a, b) => a.y - b.y || a.x0 - b.x0)
        .map((r) => r.str)
        .join(" "),
    }));
}

export interface Found {
  model: ColumnModel;
  headerTop: number;
  headerBottom: number;
}

/** Look for a task-table header among the page's text bands (one to three lines tall). */
export function findBorderlessHeader(runs: Run[]): Found | null {
  const bs = bands(runs.filter((r) => !r.rotated));
  for (let i = 0; i < Math.min(bs.length, 60); i++) {
    // Header cells wrap ("Đơn vị chủ" / "trì") and centre vertically: of the windows one to six
    // lines tall, take the one naming most columns.
    let best: {
      h: number;
      cols: ReturnType<typeof headerColumns>;
      roles: ReturnType<typeof headerRoles>;
    } | null = null;
    for (let h = 1; h <= 6 && i + h <= bs.length; h++) {
      const window = bs.slice(i, i + h);
      if (h > 1 && window[h - 1].y - window[h - 2].y > window[0].size * 1.8) break;
      const cols = headerColumns(window.flatMap((b) => b.runs));
      if (cols.length < 3) continue;
      const roles = headerRoles(cols.map((c) => c.text));
      if (!isTaskHeader(roles)) continue;
      const named = roles.filter(Boolean).length;
      if (!best || named > best.roles.filter(Boolean).length) best = { h, cols, roles };
    }
    if (best) {
      const { h, cols, roles } = best;
      const window = bs.slice(i, i + h);
      const below = runs.filter((r) => r.y > window[h - 1].y + 1);
      const starts = columnStarts(cols, below);
      const right = Math.max(...cols.map((c) => c.x1), ...below.map((r) => r.x1));
      return {
        model: { starts, right, roles, headers: cols.map((c) => c.text) },
        headerTop: window[0].y - window[0].size,
        headerBottom: window[h - 1].y + window[h - 1].size * 0.3,
      };
    }
  }
  return null;
}

/**
 * Each column starts in the whitespace between its header and the one to its
 * left: at the right end of the widest gutter that the fewest body runs
 * cross, as pdfplumber's text-alignment strategy and Camelot's stream mode
 * find columns. Centred and justified cells have no common left edge, so the
 * left-edge rule below is only the fallback where headers touch.
 */
function columnStarts(cols: { x0: number; x1: number }[], body: Run[]): number[] {
  const edges = leftEdgeStarts(cols, body);
  return edges.map((start, j) =>
    j > 0 ? (gutter(cols[j - 1].x1, cols[j].x0, body) ?? start) : start,
  );
}

function gutter(a: number, b: number, body: Run[]): number | null {
  if (b - a < 3) return null;
  const xs: number[] = [];
  for (let x = a + 0.5; x < b; x += 0.5) xs.push(x);
  const crossing = xs.map((x) => body.filter((r) => r.x0 < x - 0.5 && r.x1 > x + 0.5).length);
  const least = Math.min(...crossing);
  let best: [number, number] | null = null;
  for (let i = 0; i < xs.length; ) {
    if (crossing[i] !== least) {
      i++;
      continue;
    }
    let k = i;
    while (k + 1 < xs.length && crossing[k + 1] === least) k++;
    if (!best || xs[k] - xs[i] > best[1] - best[0]) best = [xs[i], xs[k]];
    i = k + 1;
  }
  return best ? best[1] - 1 : null;
}

/** Each column starts at the left edge its body text lines up on, just left of its (centred) header. */
function leftEdgeStarts(cols: { x0: number; x1: number }[], body: Run[]): number[] {
  const edges = new Map<number, number>();
  for (const r of body) {
    const k = Math.round(r.x0 / 3) * 3;
    edges.set(k, (edges.get(k) ?? 0) + 1);
  }
  const common = [...edges.entries()]
    .filter(([, n]) => n >= 2)
    .map(([x]) => x)
    .sort((a, b) => a - b);
  const starts: number[] = [];
  cols.forEach((c, j) => {
    const prev = j > 0 ? starts[j - 1] : -Infinity;
    const limit = j > 0 ? Math.max(prev + 5, (cols[j - 1].x1 + c.x0) / 2 - 40) : -Infinity;
    const candidates = common.filter((x) => x <= c.x0 + 3 && x > prev + 5 && x >= limit);
    starts.push(candidates.length ? candidates[candidates.length - 1] - 1 : c.x0 - 4);
  });
  return starts;
}

const MARKER = /^([-–+•]|\d{1,2}(\.\d{1,2})*[.)]|[IVX]{1,5}\.?)(\s|$)/u;

/** Build a table from the runs below the header (or the whole page on a continuation page). */
export function borderlessTable(
  runs: Run[],
  model: ColumnModel,
  page: number,
  withHeader: Found | null,
): Table | null {
  const colOf = (x: number) => {
    let k = 0;
    for (let j = 0; j < model.starts.length; j++) if (x >= model.starts[j] - 1) k = j;
    return k;
  };
  const top = withHeader ? withHeader.headerBottom : -Infinity;
  const body = runs.filter((r) => r.y > top && !r.rotated);
  if (!body.length) return null;
  const stt = model.roles.indexOf("stt");
  const task = model.roles.indexOf("task");
  const bs = bands(body);
  // Row starts: the number column has text, a task line starts an item, or a line spills over several columns (a group title).
  const starts: number[] = [];
  const groupBands = new Set<number>();
  const titleBands = new Set<number>();
  // Without a number column or item markers, a row starts where the task
  // column starts a paragraph after more space than the lines of a cell leave.
  const steps = bs
    .slice(1)
    .map((b, i) => b.y - bs[i].y)
    .filter((d) => d < 2 * b0Size(bs));
  const pitch = median(steps);
  const gapBefore = (i: number) =>
    i > 0 && pitch > 0 && bs[i].y - bs[i - 1].y > pitch + 0.12 * bs[i].size;
  bs.forEach((b, i) => {
    const spills = b.runs.some(
      (r) => colOf(r.x0) < model.starts.length - 1 && r.x1 > model.starts[colOf(r.x0) + 1] + 15,
    );
    const hasStt = stt >= 0 && b.runs.some((r) => colOf(r.x0) === stt);
    const taskItem =
      task >= 0 && b.runs.some((r) => colOf(r.x0) === task && MARKER.test(r.str.trim()));
    const oneColumn = b.runs.every((r) => colOf(r.x0) === colOf(b.runs[0].x0));
    // A group title spills across columns; its wrapped lines follow without a number of their own.
    // A bold line from the first columns with no cell text beside it is a group title, numbered
    // or not; the bold lines right under it are the rest of that title.
    const boldTitle =
      b.runs.every((r) => r.bold) &&
      colOf(b.runs[0].x0) <= Math.max(task, 0) &&
      (spills || oneColumn);
    if (boldTitle && titleBands.has(i - 1)) {
      titleBands.add(i);
      return;
    }
    const groupStart = stt >= 0 ? spills && hasStt : spills && oneColumn && !groupBands.has(i - 1);
    if (groupStart || boldTitle) {
      titleBands.add(i);
      groupBands.add(i);
      starts.push(i);
    } else if (stt >= 0 ? hasStt : taskItem) starts.push(i);
    else if (stt < 0 && gapBefore(i) && b.runs.some((r) => colOf(r.x0) === task)) starts.push(i);
    else if (i === 0) starts.push(i);
  });
  const cols = model.starts.length;
  const cells: TableCell[] = [];
  starts.forEach((s, ri) => {
    const end = ri + 1 < starts.length ? starts[ri + 1] : bs.length;
    const rowRuns = bs.slice(s, end).flatMap((b) => b.runs);
    const r = ri;
    if (groupBands.has(s)) {
      const sttRuns = stt >= 0 ? rowRuns.filter((x) => colOf(x.x0) === stt) : [];
      const rest = rowRuns.filter((x) => !sttRuns.includes(x));
      const first = stt === 0 ? 1 : 0;
      if (stt === 0)
        cells.push({ row: r, col: 0, rowSpan: 1, colSpan: 1, page, paragraphs: paras(sttRuns) });
      cells.push({
        row: r,
        col: first,
        rowSpan: 1,
        colSpan: cols - first,
        page,
        paragraphs: paras(rest),
      });
      return;
    }
    for (let k = 0; k < cols; k++)
      cells.push({
        row: r,
        col: k,
        rowSpan: 1,
        colSpan: 1,
        page,
        paragraphs: paras(rowRuns.filter((x) => colOf(x.x0) === k)),
      });
  });
  return {
    kind: "table",
    rowCount: starts.length,
    colCount: cols,
    cells,
    page,
    colEdges: [...model.starts, model.right],
    // The page with the header says what its columns are; the others are matched to it by position.
    ...(withHeader
      ? { columnRoles: model.roles, ...(model.headers ? { columnHeaders: model.headers } : {}) }
      : {}),
  };
}

function b0Size(bs: Band[]): number {
  return bs[0]?.size ?? 12;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function paras(runs: Run[]) {
  return layoutParagraphs(runsToLines(runs), null).map((p) => p.paragraph);
}
