/**
 * Geometry → text: runs into lines, lines into paragraphs. Used for the page
 * body and, with `page` null, inside table cells.
 */
import { ENDS_CLAUSE, joinLines } from "../../lexicon/text.js";
import { splitLabel } from "../../lexicon/labels.js";
import { meanConf, type Paragraph } from "../types.js";

export interface Run {
  str: string;
  x0: number;
  x1: number;
  /** Baseline, top-down page points. */
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  rotated?: boolean;
  /** OCR confidence 0..1, for text read from a page image. */
  conf?: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Mean OCR confidence of the line's words, for text read from a page image. */
  conf?: number;
}

/** A gap wider than this many font sizes splits a line into two fragments (two-column header blocks). */
const FRAGMENT_GAP = 2.5;
const LABEL_TOKEN = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]$|^[-–+•]$/u;

/**
 * Page-level repair before any geometry: fallback-font pieces put back in
 * their words, and runs that touch on one baseline (a word split between two
 * fonts: "K" "Ế") joined, so that header words and column edges are whole.
 */
export function rejoinRuns(runs: Run[]): Run[] {
  const em = glyphWidths(runs);
  const out: Run[] = [];
  for (const row of baselineRows(runs.filter((r) => !r.rotated))) {
    const pieces = unweaveFallbackRuns(row, em).sort((a, b) => a.x0 - b.x0);
    const first = out.length;
    for (const r of pieces) {
      const prev = out.length > first ? out[out.length - 1] : undefined;
      const touches =
        prev &&
        Math.abs(prev.y - r.y) < 0.2 * r.size &&
        Math.abs(prev.size - r.size) < 0.5 &&
        r.x0 - prev.x1 < 0.08 * r.size &&
        r.x0 >= prev.x0 &&
        prev.conf === undefined;
      if (touches && !/\s$/.test(prev.str) && !/^\s/.test(r.str)) {
        out[out.length - 1] = {
          ...prev,
          str: prev.str + r.str,
          x1: Math.max(prev.x1, r.x1),
          bold: prev.bold && r.bold,
          italic: prev.italic && r.italic,
        };
      } else out.push({ ...r });
    }
  }
  return [...out, ...runs.filter((r) => r.rotated)];
}

function baselineRows(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - r.y) <= Math.min(row[0].size, r.size) * 0.4) row.push(r);
    else rows.push([r]);
  }
  return rows;
}

export function runsToLines(runs: Run[]): Line[] {
  const sorted = [...runs].filter((r) => !r.rotated).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Run[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - r.y) <= Math.min(row[0].size, r.size) * 0.4) row.push(r);
    else rows.push([r]);
  }
  const lines: Line[] = [];
  const em = glyphWidths(sorted);
  for (const row0 of rows) {
    const row = unweaveFallbackRuns(row0, em);
    row.sort((a, b) => a.x0 - b.x0);
    let cur: Run[] = [];
    const flush = () => {
      if (cur.length) lines.push(mergeRuns(cur));
      cur = [];
    };
    for (const r of row) {
      const prev = cur[cur.length - 1];
      // A list label set off by a tab ("I." then the heading) belongs to what follows it.
      const labelOnly =
        cur.length > 0 &&
        LABEL_TOKEN.test(
          cur
            .map((c) => c.str)
            .join("")
            .trim(),
        );
      if (prev && !labelOnly && r.x0 - prev.x1 > FRAGMENT_GAP * Math.max(prev.size, r.size))
        flush();
      cur.push(r);
    }
    flush();
  }
  return lines;
}

/** Extended Vietnamese letters: the glyphs a font without Vietnamese leaves to a fallback font. */
const FALLBACK_GLYPH =
  /^[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+$/u;
const DEFAULT_EM = 0.65;

/** Width in ems of each fallback glyph, measured where it stands alone as a run. */
function glyphWidths(runs: Run[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of runs) {
    const s = r.str.trim().normalize("NFC");
    if ([...s].length === 1 && FALLBACK_GLYPH.test(s) && r.size > 0)
      m.set(s, (r.x1 - r.x0) / r.size);
  }
  return m;
}

/**
 * A PDF whose font lacks Vietnamese letters draws them from a fallback font,
 * and pdf.js joins each font's glyphs on a line into runs with a space where
 * the other font's letters sit: "ph" "ụ ụ" "l" "c" for "phụ lục", or
 * "; k p th" over "ị" for "; kịp th". A run that spans other runs is cut at
 * the spaces nearest to them, and each piece is put beside the runs it
 * touched, so that ordering by position reads the words again.
 */
function unweaveFallbackRuns(row: Run[], em: Map<string, number>): Run[] {
  const out: Run[] = [];
  for (const r of row) {
    const inside = /\S\s+\S/.test(r.str)
      ? row
          .filter(
            (o) => o !== r && o.x0 >= r.x0 - 0.5 && o.x1 <= r.x1 + 0.5 && o.x1 - o.x0 < r.x1 - r.x0,
          )
          .sort((a, b) => a.x0 - b.x0)
      : [];
    const pieces = inside.length ? cutAround(r, inside, em) : null;
    out.push(...(pieces ?? [r]));
  }
  return out;
}

function charEm(ch: string, em: Map<string, number>): number {
  if (/\s/.test(ch)) return 0.25;
  return em.get(ch) ?? (FALLBACK_GLYPH.test(ch) ? DEFAULT_EM : 0.5);
}

function cutAround(r: Run, inside: Run[], em: Map<string, number>): Run[] | null {
  const chars = [...r.str.normalize("NFC")];
  const widths = chars.map((ch) => charEm(ch, em));
  const total = widths.reduce((a, b) => a + b, 0);
  const scale = (r.x1 - r.x0) / total;
  // Estimated centre of each space, in page points.
  const spaces: { at: number; x: number }[] = [];
  let x = r.x0;
  chars.forEach((ch, i) => {
    if (/\s/.test(ch) && i > 0 && i < chars.length - 1)
      spaces.push({ at: i, x: x + (widths[i] * scale) / 2 });
    x += widths[i] * scale;
  });
  const cuts: number[] = [];
  for (const o of inside) {
    const mid = (o.x0 + o.x1) / 2;
    let best = -1;
    for (let k = 0; k < spaces.length; k++) {
      if (cuts.length && spaces[k].at <= cuts[cuts.length - 1]) continue;
      if (best < 0 || Math.abs(spaces[k].x - mid) < Math.abs(spaces[best].x - mid)) best = k;
    }
    if (best < 0) return null;
    cuts.push(spaces[best].at);
  }
  const texts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    texts.push(chars.slice(from, c).join("").trim());
    from = c + 1;
  }
  texts.push(chars.slice(from).join("").trim());
  if (texts.some((t) => !t)) return null;
  const fallbackWidth = (t: string) =>
    FALLBACK_GLYPH.test(t) ? [...t].reduce((w, ch) => w + charEm(ch, em) * r.size, 0) : null;
  return texts.map((t, j) => {
    const fw = fallbackWidth(t);
    const first = j === 0,
      last = j === texts.length - 1;
    // A piece touches the runs it was cut around, except a fallback piece, whose width is known.
    let x0 = first ? r.x0 : inside[j - 1].x1;
    let x1 = last ? r.x1 : inside[j].x0;
    if (fw !== null && first && !last) x1 = Math.min(x1, x0 + fw);
    else if (fw !== null && last && !first) x0 = Math.max(x0, x1 - fw);
    return { ...r, str: t, x0, x1: Math.max(x0, x1) };
  });
}

function mergeRuns(runs: Run[]): Line {
  let text = "";
  let prev: Run | undefined;
  for (const r of runs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      const isMark = /^\p{M}/u.test(r.str.normalize("NFD")) && !/^\p{L}/u.test(r.str);
      // OCR runs are whole words or phrases: tesseract already decided where the spaces are.
      const words = prev.conf !== undefined && r.conf !== undefined;
      if (!isMark && (words || gap > 0.15 * r.size) && !/\s$/.test(text) && !/^\s/.test(r.str))
        text += " ";
    }
    text += r.str;
    prev = r;
  }
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.str.length, 0);
  const boldChars = chars(runs.filter((r) => r.bold));
  return {
    text,
    x0: runs[0].x0,
    x1: Math.max(...runs.map((r) => r.x1)),
    y: runs[0].y,
    size: Math.max(...runs.map((r) => r.size)),
    bold: boldChars === chars(runs),
    italic: runs.every((r) => r.italic),
    ...(runs.some((r) => r.conf !== undefined) ? { conf: meanConf(runs.map((r) => r.conf)) } : {}),
  };
}

export interface LaidOutParagraph {
  paragraph: Paragraph;
  top: number;
  bottom: number;
  /** The first line starts at the left margin, neither indented nor centred: a page-break continuation candidate. */
  startsAtMargin: boolean;
}

const PAGE_NUMBER = /^(?:trang\s*)?[-–—(\s]*\d{1,4}[-–—)\s]*(?:\/\s*\d{1,4})?$/i;

/**
 * Lines → paragraphs. `page` gives the page size for body text: page numbers
 * in the top or bottom margin are dropped and justified-text rules apply. In
 * table cells (`page` null) text is ragged, so only markers and gaps split.
 */
export function layoutParagraphs(
  lines: Line[],
  page: { width: number; height: number } | null,
): LaidOutParagraph[] {
  let ls = lines;
  if (page) {
    ls = ls.filter(
      (l) =>
        !(PAGE_NUMBER.test(l.text.trim()) && (l.y < page.height * 0.1 || l.y > page.height * 0.9)),
    );
  }
  if (!ls.length) return [];
  const left = percentile(
    ls.map((l) => l.x0),
    0.1,
  );
  const right = percentile(
    ls.map((l) => l.x1),
    0.9,
  );
  // The text frame's centre, not the page's: binding margins are asymmetric.
  const center = (left + right) / 2;
  const isCentered = (l: Line) =>
    page !== null &&
    Math.abs((l.x0 + l.x1) / 2 - center) < Math.max(6, l.size * 0.8) &&
    l.x0 > left + l.size * 1.5;
  const out: LaidOutParagraph[] = [];
  let group: Line[] = [];
  const flush = () => {
    if (!group.length) return;
    const joined = joinLines(group.map((l) => l.text));
    const { label, text } = splitLabel(joined);
    const first = group[0];
    const para: Paragraph = { kind: "paragraph", text };
    if (label) para.label = label;
    if (group.every((l) => l.bold)) para.bold = true;
    if (group.every((l) => l.italic)) para.italic = true;
    para.fontSize = Math.round(first.size * 10) / 10;
    para.align = group.every(isCentered) ? "center" : page ? "justify" : "left";
    const conf = meanConf(group.map((l) => l.conf));
    if (conf !== undefined) para.ocrConfidence = Math.round(conf * 100) / 100;
    out.push({
      paragraph: para,
      top: first.y - first.size,
      bottom: group[group.length - 1].y,
      startsAtMargin: page !== null && Math.abs(first.x0 - left) < first.size && !isCentered(first),
    });
    group = [];
  };
  for (const line of ls) {
    const prev = group[group.length - 1];
    if (prev && startsNewParagraph(prev, line, { left, right, page: page !== null, isCentered }))
      flush();
    group.push(line);
  }
  flush();
  return out.filter((p) => p.paragraph.text.length > 0);
}

interface Frame {
  left: number;
  right: number;
  page: boolean;
  isCentered: (l: Line) => boolean;
}

function startsNewParagraph(prev: Line, line: Line, f: Frame): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(line.y - prev.y) < size * 0.4) return true; // another fragment of the same line
  if (line.y - prev.y > size * 1.55) return true; // paragraph spacing
  // OCR sizes come from word boxes, which accents and descenders stretch: only a clear change counts.
  const ocr = prev.conf !== undefined && line.conf !== undefined;
  if (Math.abs(line.size - prev.size) > (ocr ? size * 0.3 : 1)) return true;
  if (prev.bold !== line.bold) return true;
  const prevEnds = ENDS_CLAUSE.test(prev.text.trim());
  const { label, text } = splitLabel(line.text.trim());
  if (label) {
    const upper = /^[\p{Lu}\d"“]/u.test(text);
    if (upper || prevEnds) return true;
  }
  if (!f.page) return false;
  const prevCentered = f.isCentered(prev);
  const curCentered = f.isCentered(line);
  if (prevCentered && curCentered) return false;
  // A centred paragraph's first lines can be full width; its last line is then centred.
  if (!prevCentered && curCentered && prev.x1 > f.right - size * 1.5 && prev.x0 > f.left)
    return false;
  if (prevCentered !== curCentered && !(prevCentered && !curCentered && line.x0 > f.left + size))
    return true;
  if (line.x0 > f.left + size * 0.9 && !curCentered) return true; // first-line indent
  // Justified text: a line that stops well short of the right margin ends its paragraph.
  if (prev.x1 < f.right - size * 2.5 && !prevCentered) return true;
  return false;
}

function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))];
}
