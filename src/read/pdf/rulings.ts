/**
 * Ruling lines from a pdf.js operator list, and table grids built from them.
 *
 * LibreOffice strokes 0.5 pt lines; Word fills thin rectangles. Both become
 * axis-parallel segments here (Tabula reads both the same way). Coordinates
 * are page points with a top-left origin, like the text runs.
 */
import type { Box } from "../types.js";

export interface Segment {
  /** "h": y0 === y1; "v": x0 === x1 */
  dir: "h" | "v";
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The pdf.js OPS codes we need, passed in so this module stays testable without pdf.js. */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
}

/** Thicker than this, a filled rectangle is a shaded area, not a ruling. */
const MAX_RULE_THICKNESS = 3;
const AXIS_TOLERANCE = 1;

/**
 * Decode constructPath ops (pdf.js >= 5.1 shape: [paintOp, [Float32Array], minMax])
 * into segments. `toPage` maps PDF user space to top-left page points.
 */
export function extractSegments(
  fnArray: number[],
  argsArray: unknown[],
  ops: Ops,
  toPage: Matrix,
): Segment[] {
  const out: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokeOps = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fillOps = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = mul(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null;
      if (m && m.length === 6) ctm = mul(ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const paintOp = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || paintOp === ops.endPath) continue;
      const isStroke = strokeOps.has(paintOp);
      const isFill = fillOps.has(paintOp) || isStroke;
      if (!isStroke && !isFill) continue;
      const m = mul(toPage, ctm);
      for (const poly of decodePath(data)) {
        const pts = poly.points.map(([x, y]) => apply(m, x, y));
        if (isStroke) pushStrokes(out, pts, poly.closed);
        else pushThinFill(out, pts);
      }
    }
  }
  return out;
}

interface Polyline {
  points: [number, number][];
  closed: boolean;
  curved: boolean;
}

/** DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath. */
function decodePath(d: ArrayLike<number>): Polyline[] {
  const polys: Polyline[] = [];
  let cur: Polyline | null = null;
  for (let i = 0; i < d.length; ) {
    const op = d[i++];
    if (op === 0) {
      cur = { points: [[d[i], d[i + 1]]], closed: false, curved: false };
      polys.push(cur);
      i += 2;
    } else if (op === 1) {
      if (!cur) {
        cur = { points: [], closed: false, curved: false };
        polys.push(cur);
      }
      cur.points.push([d[i], d[i + 1]]);
      i += 2;
    } else if (op === 2) {
      if (cur) cur.curved = true;
      i += 6;
    } else if (op === 3) {
      if (cur) cur.curved = true;
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break; // unknown op: stop rather than misread coordinates
  }
  return polys.filter((p) => !p.curved && p.points.length >= 2);
}

function pushStrokes(out: Segment[], pts: [number, number][], closed: boolean): void {
  const n = pts.length;
  const last = closed ? n : n - 1;
  for (let k = 0; k < last; k++) {
    const [ax, ay] = pts[k];
    const [bx, by] = pts[(k + 1) % n];
    pushAxis(out, ax, ay, bx, by);
  }
}

function pushAxis(out: Segment[], ax: number, ay: number, bx: number, by: number): void {
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) > AXIS_TOLERANCE) {
    const y = (ay + by) / 2;
    out.push({ dir: "h", x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: y, y1: y });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) > AXIS_TOLERANCE) {
    const x = (ax + bx) / 2;
    out.push({ dir: "v", x0: x, x1: x, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

/** A filled thin rectangle (Word's borders) becomes one segment along its long side. */
function pushThinFill(out: Segment[], pts: [number, number][]): void {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs),
    x1 = Math.max(...xs),
    y0 = Math.min(...ys),
    y1 = Math.max(...ys);
  const w = x1 - x0,
    h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w > h)
    out.push({ dir: "h", x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (w <= MAX_RULE_THICKNESS && h > w)
    out.push({ dir: "v", x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Grid {
  box: Box;
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

const SNAP = 2.5;

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const lastGroup = out[out.length - 1];
    if (lastGroup && v - lastGroup[lastGroup.length - 1] <= SNAP) lastGroup.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function intersects(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP;
}

/** Union-find over 0..n-1: `join(a, b)` puts a's set under b's root. */
function disjointSets(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    if (parent[i] !== i) parent[i] = find(parent[i]);
    return parent[i];
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  return { find, join };
}

/**
 * Group segments into connected components and turn each into a grid of cells.
 * A boundary between two atomic cells that no segment covers means the cells
 * are one merged cell (rowSpan / colSpan), as pdfplumber and Tabula infer it.
 */
export function buildGrids(segments: Segment[]): Grid[] {
  // Specks shorter than two snaps (a border's corner square) rule nothing.
  const hs = segments.filter((s) => s.dir === "h" && s.x1 - s.x0 >= 2 * SNAP);
  const vs = segments.filter((s) => s.dir === "v" && s.y1 - s.y0 >= 2 * SNAP);
  const all = [...hs, ...vs];
  const { find, join } = disjointSets(all.length);
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (intersects(hs[i], vs[j])) join(i, hs.length + j);
    }
  }
  const comps = new Map<number, Segment[]>();
  all.forEach((s, i) => {
    const r = find(i);
    if (!comps.has(r)) comps.set(r, []);
    comps.get(r)!.push(s);
  });
  const grids: Grid[] = [];
  for (const segs of comps.values()) {
    const g = gridFromComponent(segs);
    if (g) grids.push(g);
  }
  return grids.sort((a, b) => a.box.y0 - b.box.y0);
}

function gridFromComponent(segs: Segment[]): Grid | null {
  const hs = segs.filter((s) => s.dir === "h");
  const vs = segs.filter((s) => s.dir === "v");
  if (hs.length < 2 || vs.length < 2) return null;
  const xs = cluster(vs.map((s) => s.x0));
  // A row cut by a page break may have no closing border (Chromium draws none):
  // verticals running past the last horizontal close the grid where they end.
  const top = Math.min(...hs.map((s) => s.y0)),
    bottom = Math.max(...hs.map((s) => s.y0));
  const vTop = Math.min(...vs.map((s) => s.y0)),
    vBottom = Math.max(...vs.map((s) => s.y1));
  const span = { x0: xs[0], x1: xs[xs.length - 1] };
  if (vBottom > bottom + 2 * SNAP) hs.push({ dir: "h", ...span, y0: vBottom, y1: vBottom });
  if (vTop < top - 2 * SNAP) hs.push({ dir: "h", ...span, y0: vTop, y1: vTop });
  const ys = cluster(hs.map((s) => s.y0));
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1,
    cols = xs.length - 1;
  const hasV = (x: number, yMid: number) =>
    vs.some((s) => Math.abs(s.x0 - x) <= SNAP && yMid >= s.y0 - SNAP && yMid <= s.y1 + SNAP);
  const hasH = (y: number, xMid: number) =>
    hs.some((s) => Math.abs(s.y0 - y) <= SNAP && xMid >= s.x0 - SNAP && xMid <= s.x1 + SNAP);
  const id = (r: number, c: number) => r * cols + c;
  const { find, join } = disjointSets(rows * cols);
  for (let r = 0; r < rows; r++) {
    const yMid = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < cols; c++) {
      const xMid = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !hasV(xs[c + 1], yMid)) join(id(r, c + 1), id(r, c));
      if (r + 1 < rows && !hasH(ys[r + 1], xMid)) join(id(r + 1, c), id(r, c));
    }
  }
  const groups = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = find(id(r, c));
      const g = groups.get(k);
      if (!g) groups.set(k, { r0: r, r1: r, c0: c, c1: c });
      else {
        g.r0 = Math.min(g.r0, r);
        g.r1 = Math.max(g.r1, r);
        g.c0 = Math.min(g.c0, c);
        g.c1 = Math.max(g.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...groups.values()].map((g) => ({
    row: g.r0,
    col: g.c0,
    rowSpan: g.r1 - g.r0 + 1,
    colSpan: g.c1 - g.c0 + 1,
    box: { x0: xs[g.c0], x1: xs[g.c1 + 1], y0: ys[g.r0], y1: ys[g.r1 + 1] },
  }));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { box: { x0: xs[0], x1: xs[cols], y0: ys[0], y1: ys[rows] }, xs, ys, cells };
}
