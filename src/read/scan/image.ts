/**
 * A scanned page as pixels: grey levels in, a straightened image and the
 * table's ruling lines out. Binarised with Otsu's threshold, deskewed by the
 * angle that makes the rows of ink sharpest (horizontal projection profile),
 * and ruled where long horizontal and vertical runs of dark pixels are, the
 * way a person sees a table's borders on paper.
 */
import type { Segment } from "../pdf/rulings.js";

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  data: Uint8Array;
}

/** Parse a binary PGM (P5, 8-bit), as pdftoppm -gray writes it. */
export function parsePgm(buf: Uint8Array): GreyImage {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
      if (buf[pos] !== 0x23) break; // '#' comment line
      while (pos < buf.length && buf[pos] !== 0x0a) pos++;
    }
    let s = "";
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos])))
      s += String.fromCharCode(buf[pos++]);
    return s;
  };
  if (token() !== "P5") throw new Error("not a binary PGM image");
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  pos++; // the single whitespace before the pixels
  if (!(width > 0 && height > 0 && max === 255)) throw new Error("unsupported PGM image");
  return { width, height, data: buf.subarray(pos, pos + width * height) };
}

export function toPgm(img: GreyImage): Buffer {
  return Buffer.concat([
    Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, "latin1"),
    Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height),
  ]);
}

/** Otsu's threshold: the grey level that best splits ink from paper. */
export function otsuThreshold(img: GreyImage): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]]++;
  const total = img.data.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t];
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The page's tilt in degrees (positive: the text rises to the right), from
 * -maxDegrees to +maxDegrees: the shear at which rows of dark pixels line up
 * best. Works on a sample of the pixels, so it costs little on large pages.
 */
export function estimateSkew(
  img: GreyImage,
  threshold: number,
  maxDegrees = 3,
  stepDegrees = 0.05,
): number {
  const step = Math.max(1, Math.round(img.width / 800));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += step)
    for (let x = 0; x < img.width; x += step) {
      if (img.data[y * img.width + x] <= threshold) {
        xs.push(x);
        ys.push(y);
      }
    }
  let bestAngle = 0;
  let bestScore = -1;
  // Bins one sample step high: finer bins would favour angle 0, where the sampled rows fall on every step-th bin only.
  const offset = Math.ceil(img.width / step);
  const bins = new Float64Array(Math.ceil(img.height / step) + 2 * offset + 2);
  for (let a = -maxDegrees; a <= maxDegrees + 1e-9; a += stepDegrees) {
    const t = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round((ys[i] + xs[i] * t) / step) + offset]++;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
    if (score > bestScore) {
      bestScore = score;
      bestAngle = a;
    }
  }
  return Math.round(bestAngle * 100) / 100;
}

/** Rotate about the centre by the given angle (degrees, as estimateSkew returns it, so the result is level). */
export function rotate(img: GreyImage, degrees: number): GreyImage {
  if (degrees === 0) return img;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = img.width / 2;
  const cy = img.height / 2;
  const out = new Uint8Array(img.width * img.height).fill(255);
  for (let y = 0; y < img.height; y++) {
    const dy = y - cy;
    for (let x = 0; x < img.width; x++) {
      const dx = x - cx;
      // Where this output pixel comes from in the tilted page (nearest neighbour).
      const sx = Math.round(cx + dx * cos + dy * sin);
      const sy = Math.round(cy - dx * sin + dy * cos);
      if (sx >= 0 && sx < img.width && sy >= 0 && sy < img.height)
        out[y * img.width + x] = img.data[sy * img.width + sx];
    }
  }
  return { width: img.width, height: img.height, data: out };
}

/** Turn by a quarter turn exactly (degrees clockwise: 90, 180 or 270): a page scanned sideways or upside down. */
export function rotateQuarter(img: GreyImage, degrees: 90 | 180 | 270): GreyImage {
  const { width: w, height: h, data } = img;
  const turned = degrees === 180 ? { width: w, height: h } : { width: h, height: w };
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [nx, ny] =
        degrees === 90 ? [h - 1 - y, x] : degrees === 180 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      out[ny * turned.width + nx] = data[y * w + x];
    }
  return { ...turned, data: out };
}

export interface RulingOptions {
  /** Shortest run of ink that is a ruling rather than a letter stroke, in pixels. */
  minLength: number;
  /** Gaps a ruling may have (binarisation breaks thin lines), in pixels. */
  maxGap: number;
  /** Thickest ruling, in pixels. */
  maxThickness: number;
  /** Widest break between two pieces of one ruling (a faint or dashed scan), in pixels; a merged cell's missing border is far wider. */
  maxBreak: number;
}

/** How many pixel rows (or columns) a ruling's staircase may step over. */
const STAIR = 2;
/** Share of a ruling's length that may have ink just beside it (crossing rulings, text touching it). */
const MAX_INK_BESIDE = 0.25;

/** Horizontal and vertical rulings in pixel coordinates (top-left origin). */
export function findRulings(img: GreyImage, threshold: number, opts: RulingOptions): Segment[] {
  // A thin ruling left slightly tilted is a staircase of short pieces on neighbouring pixel rows:
  // thicken the ink across the ruling's direction first, so that each ruling is one long run.
  const across = (dx: number, dy: number) => {
    const { width, height } = img;
    const out = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        if (img.data[y * width + x] > threshold) continue;
        for (let k = -STAIR; k <= STAIR; k++) {
          const xx = x + k * dx;
          const yy = y + k * dy;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height) out[yy * width + xx] = 1;
        }
      }
    return out;
  };
  const thickV = across(0, 1);
  const thickH = across(1, 0);
  const w = img.width;
  const dark = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < w && y < img.height && img.data[y * w + x] <= threshold;
  // A ruling stands alone: a little above and below it (left and right for a vertical one) the paper is
  // mostly blank. A word in bold capitals can be as long as a short ruling, but ink surrounds its strokes.
  const clearBeside = (r: Run, at: (along: number, offset: number) => boolean) => {
    const off = STAIR + opts.maxThickness;
    let inked = 0;
    for (let i = r.from; i <= r.to; i++) if (at(i, -off) || at(i, off)) inked++;
    return inked / (r.to - r.from + 1) <= MAX_INK_BESIDE;
  };
  const h = collinear(
    runs(img.height, img.width, (line, i) => thickV[line * w + i] === 1, opts),
    opts,
  )
    .filter((r) => clearBeside(r, (i, off) => dark(i, Math.round(r.at) + off)))
    .map((r) => ({ dir: "h" as const, x0: r.from, x1: r.to, y0: r.at, y1: r.at }));
  const v = collinear(
    runs(img.width, img.height, (line, i) => thickH[i * w + line] === 1, opts),
    opts,
  )
    .filter((r) => clearBeside(r, (i, off) => dark(Math.round(r.at) + off, i)))
    .map((r) => ({ dir: "v" as const, x0: r.at, x1: r.at, y0: r.from, y1: r.to }));
  return snapEnds([...h, ...v], opts.maxBreak);
}

/**
 * A ruling that stops short of the border it meets (the scan lost its last
 * millimetres, or a header's letters crowd it) is extended to that border
 * when it ends within `reach` of it: a table's lines meet at their ends.
 */
function snapEnds(segments: Segment[], reach: number): Segment[] {
  const hs = segments.filter((s) => s.dir === "h");
  const vs = segments.filter((s) => s.dir === "v");
  const slack = 6;
  const snap = (
    end: number,
    at: number,
    across: Segment[],
    key: "y0" | "x0",
    lo: "x0" | "y0",
    hi: "x1" | "y1",
    dirSign: -1 | 1,
  ) => {
    let best = end;
    let bestDist = Infinity;
    for (const c of across) {
      if (at < c[lo] - slack || at > c[hi] + slack) continue;
      const pos = c[key];
      const dist = (end - pos) * -dirSign;
      // Only outward (beyond the end), within reach; an end already at a border stays.
      if (dist >= -slack && dist <= reach && Math.abs(dist) < bestDist) {
        best = pos;
        bestDist = Math.abs(dist);
      }
    }
    return best;
  };
  for (const v of vs) {
    v.y0 = snap(v.y0, v.x0, hs, "y0", "x0", "x1", -1);
    v.y1 = snap(v.y1, v.x0, hs, "y0", "x0", "x1", 1);
  }
  for (const h of hs) {
    h.x0 = snap(h.x0, h.y0, vs, "x0", "y0", "y1", -1);
    h.x1 = snap(h.x1, h.y0, vs, "x0", "y0", "y1", 1);
  }
  return [...hs, ...vs];
}

/**
 * One ruling drawn on paper comes out as pieces on neighbouring pixel rows
 * (what is left of the tilt, the scanner's own wobble): join pieces that lie
 * within a ruling's thickness of each other and meet or nearly meet.
 */
function collinear(found: Run[], opts: RulingOptions): Run[] {
  const sorted = [...found].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: (Run & { weight: number })[] = [];
  for (const r of sorted) {
    const len = r.to - r.from;
    const g = out.find(
      (x) =>
        Math.abs(x.at - r.at) <= opts.maxThickness &&
        r.from <= x.to + opts.maxBreak &&
        r.to >= x.from - opts.maxBreak,
    );
    if (g) {
      g.at = (g.at * g.weight + r.at * len) / (g.weight + len);
      g.weight += len;
      g.from = Math.min(g.from, r.from);
      g.to = Math.max(g.to, r.to);
    } else out.push({ ...r, weight: len });
  }
  // Joining can make two groups meet; one more pass settles it.
  return out.length < found.length
    ? collinear(
        out.map(({ at, from, to }) => ({ at, from, to })),
        opts,
      )
    : out.map(({ at, from, to }) => ({ at, from, to }));
}

interface Run {
  at: number;
  from: number;
  to: number;
}

/** Long runs along each line, then runs on neighbouring lines that overlap merged into one ruling at their middle. */
function runs(
  lines: number,
  length: number,
  isDark: (line: number, i: number) => boolean,
  opts: RulingOptions,
): Run[] {
  const found: { line: number; from: number; to: number }[] = [];
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i <= length; i++) {
      const d = i < length && isDark(line, i);
      if (d) {
        if (start < 0) start = i;
        last = i;
      } else if (start >= 0 && i - last > opts.maxGap) {
        if (last - start + 1 >= opts.minLength) found.push({ line, from: start, to: last });
        start = -1;
      }
    }
  }
  // Merge the rows of one thick line: consecutive lines whose runs overlap.
  found.sort((a, b) => a.from - b.from || a.line - b.line);
  const groups: { lines: number[]; from: number; to: number; lastLine: number }[] = [];
  for (const r of found) {
    const g = groups.find(
      (x) =>
        r.line - x.lastLine <= 1 &&
        r.line > x.lastLine - 1 &&
        r.from <= x.to &&
        r.to >= x.from &&
        r.line - x.lines[0] < opts.maxThickness,
    );
    if (g) {
      g.lines.push(r.line);
      g.lastLine = r.line;
      g.from = Math.min(g.from, r.from);
      g.to = Math.max(g.to, r.to);
    } else groups.push({ lines: [r.line], from: r.from, to: r.to, lastLine: r.line });
  }
  return groups.map((g) => ({
    at: (g.lines[0] + g.lines[g.lines.length - 1]) / 2,
    from: g.from,
    to: g.to,
  }));
}

/** Paint the rulings white, so that OCR does not read them as letters ("|", "_"). */
export function eraseRulings(img: GreyImage, segments: Segment[], halfWidth: number): GreyImage {
  const data = new Uint8Array(img.data);
  for (const s of segments) {
    const x0 = Math.max(0, Math.floor(Math.min(s.x0, s.x1) - halfWidth));
    const x1 = Math.min(img.width - 1, Math.ceil(Math.max(s.x0, s.x1) + halfWidth));
    const y0 = Math.max(0, Math.floor(Math.min(s.y0, s.y1) - halfWidth));
    const y1 = Math.min(img.height - 1, Math.ceil(Math.max(s.y0, s.y1) + halfWidth));
    for (let y = y0; y <= y1; y++) data.fill(255, y * img.width + x0, y * img.width + x1 + 1);
  }
  return { width: img.width, height: img.height, data };
}
