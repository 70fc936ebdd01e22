/**
 * Tables ruled with horizontal lines only (no column rules): rows from the
 * rules, columns from the header's gutters (the borderless column model),
 * and a column rule drawn only where no text of the row crosses it, so that
 * a group title across the columns stays one merged cell. The result is an
 * ordinary ruling grid: merged cells, page breaks and stitching work as for
 * fully ruled tables.
 */
import { findBorderlessHeader, type ColumnModel } from "./borderless.js";
import type { Run } from "./layout.js";
import { buildGrids, type Grid, type Segment } from "./rulings.js";

/** Rules shorter than this are underlines or ticks, not table rows. */
const MIN_RULE = 15;

export function ruledRowsGrid(
  rules: Segment[],
  runs: Run[],
  carried: ColumnModel | undefined,
): { grid: Grid; model: ColumnModel } | null {
  const hs = rules.filter((s) => s.dir === "h" && s.x1 - s.x0 >= MIN_RULE);
  if (hs.length < 3) return null;
  const longest = Math.max(...hs.map((h) => h.x1 - h.x0));
  const long = hs.filter((h) => h.x1 - h.x0 >= longest * 0.5);
  const x0 = Math.min(...long.map((h) => h.x0)),
    x1 = Math.max(...long.map((h) => h.x1));
  const table = hs.filter((h) => h.x0 >= x0 - 3 && h.x1 <= x1 + 3);
  const ys = [...new Set(table.map((h) => Math.round(h.y0 * 2) / 2))].sort((a, b) => a - b);
  if (ys.length < 3) return null;
  const inside = runs.filter(
    (r) =>
      !r.rotated && r.y > ys[0] && r.y < ys[ys.length - 1] + 2 && r.x0 >= x0 - 3 && r.x1 <= x1 + 3,
  );
  // Rules drawn cell by cell (Chromium's CSS borders) end at the column edges: those that
  // recur on several rows are the columns. Rules drawn across (LibreOffice) leave the header's gutters.
  const ends = sharedEnds(table, x0, x1);
  const model: ColumnModel | undefined = ends.length
    ? { starts: [x0, ...ends], right: x1, roles: carried?.roles ?? [] }
    : (findBorderlessHeader(inside)?.model ?? carried);
  if (!model) return null;
  const bounds = model.starts.slice(1).filter((b) => b > x0 + 5 && b < x1 - 5);
  // Rules drawn cell by cell join into one per row: a row's rule must hold its grid together
  // where a column rule is left out for a merged cell.
  const segs: Segment[] = joinCollinear(table);
  const top = ys[0],
    bottom = ys[ys.length - 1];
  for (const x of [x0, x1]) segs.push({ dir: "v", x0: x, x1: x, y0: top, y1: bottom });
  for (let k = 0; k + 1 < ys.length; k++) {
    const band = inside.filter((r) => r.y > ys[k] && r.y <= ys[k + 1] + 1);
    for (const b of bounds) {
      if (band.some((r) => r.x0 < b - 1 && r.x1 > b + 1)) continue;
      segs.push({ dir: "v", x0: b, x1: b, y0: ys[k], y1: ys[k + 1] });
    }
  }
  const grids = buildGrids(segs).filter((g) => g.cells.length >= 2);
  if (!grids.length) return null;
  const grid = grids.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  return { grid, model };
}

function sharedEnds(rules: Segment[], x0: number, x1: number): number[] {
  const xs = rules
    .flatMap((r) => [r.x0, r.x1])
    .filter((x) => x > x0 + 5 && x < x1 - 5)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < xs.length; ) {
    let k = i;
    while (k + 1 < xs.length && xs[k + 1] - xs[i] <= 2.5) k++;
    // Each inner edge is the end of one rule and the start of the next: two per row.
    if (k - i + 1 >= 4) out.push((xs[i] + xs[k]) / 2);
    i = k + 1;
  }
  return out;
}

function joinCollinear(rules: Segment[]): Segment[] {
  const sorted = [...rules].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const out: Segment[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y0 - r.y0) <= 1 && r.x0 <= last.x1 + 2.5)
      last.x1 = Math.max(last.x1, r.x1);
    else out.push({ ...r });
  }
  return out;
}
