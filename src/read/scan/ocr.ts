/**
 * OCR for PDF pages with no text layer: poppler's pdftoppm rasterises the
 * page, scan-image.ts straightens it and finds the table rulings, and
 * tesseract (Debian's tesseract-ocr with tesseract-ocr-vie, no download at
 * run time) reads the words with their boxes (TSV output). The result is the
 * same PdfPage the text-layer reader builds, so the table and structure
 * stages run unchanged.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { InputError } from "../../diagnostics.js";
import { writeFileAtomic } from "../../write-atomic.js";
import type { Run } from "../pdf/layout.js";
import { buildGrids } from "../pdf/rulings.js";
import { repairWords, type OcrWord } from "./repair.js";

export type { OcrWord };
import {
  eraseRulings,
  estimateSkew,
  findRulings,
  otsuThreshold,
  parsePgm,
  rotate,
  rotateQuarter,
  toPgm,
  type GreyImage,
} from "./image.js";

const run = promisify(execFile);

/** Rasterise at this resolution: tesseract reads best near 300 dpi. */
export const OCR_DPI = 300;
const PT_PER_PX = 72 / OCR_DPI;

export interface OcrPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  grids: ReturnType<typeof buildGrids>;
  /** Mean word confidence on the page, 0..1. */
  confidence: number;
  skewDegrees: number;
  /** The page was scanned sideways or upside down and turned this far clockwise before reading. */
  turnedDegrees?: number;
}

/** Which PDF pages OCR reads: auto (no text layer, or one that does not read as Vietnamese), always, never. */
export type OcrMode = "auto" | "always" | "never";
export const OCR_MODES: OcrMode[] = ["auto", "always", "never"];

export interface OcrOptions {
  /** Folder for per-page results, keyed by the page image's hash; none: no cache. */
  cacheDir?: string;
  /** Where the page images go while being read (a folder the caller removes whatever happens); the system's temp folder when absent. */
  tmpDir?: string;
  /** Default auto. */
  mode?: OcrMode;
}

/** Whether the OCR tools are installed: pdftoppm (poppler-utils) and tesseract with Vietnamese. */
export async function ocrAvailable(): Promise<{ ok: true } | { ok: false; missing: string }> {
  try {
    await run("pdftoppm", ["-v"]);
  } catch {
    return { ok: false, missing: "pdftoppm (Debian package poppler-utils)" };
  }
  try {
    const { stdout, stderr } = await run("tesseract", ["--list-langs"]);
    if (!/^vie$/m.test(stdout + stderr))
      return { ok: false, missing: "Vietnamese OCR data (Debian package tesseract-ocr-vie)" };
  } catch {
    return {
      ok: false,
      missing: "tesseract (Debian packages tesseract-ocr and tesseract-ocr-vie)",
    };
  }
  return { ok: true };
}

/** Parse tesseract's TSV: word rows (level 5) with their boxes and confidence. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split("\n").slice(1)) {
    const f = row.split("\t");
    if (f.length < 12 || f[0] !== "5") continue;
    const text = f.slice(11).join("\t").trim();
    if (!text) continue;
    words.push({
      text,
      left: +f[6],
      top: +f[7],
      width: +f[8],
      height: +f[9],
      conf: +f[10],
      line: `${f[2]}.${f[3]}.${f[4]}`,
    });
  }
  return words;
}

/**
 * OCR words → text runs in page points, one run per word. The words of one
 * OCR line share one baseline and size (the medians of their boxes): box
 * bottoms jump with descenders and dots below ("quy", "dụng"), and words of
 * one line must not sort into two.
 */
export function wordsToRuns(words: OcrWord[]): Run[] {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lineGeometry = new Map(
    [...byLine].map(([line, ws]) => {
      // Word boxes run from the accents to the baseline or descenders: the median box of a line is about 0.9 em.
      const size = (median(ws.map((w) => w.height)) / 0.9) * PT_PER_PX;
      const bottom = median(ws.map((w) => w.top + w.height)) * PT_PER_PX;
      return [line, { size, y: bottom - size * 0.1 }];
    }),
  );
  // Words a space apart become one run, as a text layer gives phrases: the borderless-table reader
  // finds columns where runs stop overlapping, and one run per word would make every word a column.
  const runs: (Run & { confs: number[] })[] = [];
  let prev: OcrWord | undefined;
  for (const w of words) {
    const { size, y } = lineGeometry.get(w.line)!;
    const x0 = w.left * PT_PER_PX;
    const x1 = (w.left + w.width) * PT_PER_PX;
    const last = runs[runs.length - 1];
    if (last && prev?.line === w.line && x0 - last.x1 <= size * WORD_SPACE && x0 >= last.x0) {
      last.str += ` ${w.text}`;
      last.x1 = x1;
      last.confs.push(w.conf / 100);
    } else
      runs.push({
        str: w.text,
        x0,
        x1,
        y,
        size,
        bold: false,
        italic: false,
        confs: [w.conf / 100],
      });
    prev = w;
  }
  return runs.map(({ confs, ...r }) => ({
    ...r,
    conf: confs.reduce((a, b) => a + b, 0) / confs.length,
  }));
}

/** The widest gap between two words of one phrase, in ems; a column gap is wider. */
const WORD_SPACE = 0.6;

async function tesseract(pgm: Buffer, work: string): Promise<string> {
  const input = join(work, "page.pgm");
  await writeFile(input, pgm);
  // One thread per page: pages run side by side instead (OpenMP threads fight over 2 cores).
  const { stdout } = await run(
    "tesseract",
    [input, "stdout", "-l", "vie", "--psm", "3", "--dpi", String(OCR_DPI), "tsv"],
    {
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return stdout;
}

/** A page read this badly may be lying sideways or upside down: ask tesseract's orientation detection. */
const DOUBTFUL_PAGE = { confidence: 0.6, words: 30 };

/** OCR one page of a PDF file on disk. */
export async function ocrPage(
  pdfPath: string,
  file: string,
  pageNumber: number,
  opts: OcrOptions = {},
): Promise<OcrPage> {
  const work = await mkdtemp(join(opts.tmpDir ?? tmpdir(), "plan-ocr-"));
  try {
    try {
      await run(
        "pdftoppm",
        [
          "-r",
          String(OCR_DPI),
          "-gray",
          "-f",
          String(pageNumber),
          "-l",
          String(pageNumber),
          pdfPath,
          join(work, "p"),
        ],
        { maxBuffer: 1024 * 1024 },
      );
    } catch (e) {
      throw new InputError(
        file,
        `cannot rasterise page ${pageNumber} for OCR: ${(e as Error).message.split("\n")[0]}`,
        "ocr-failed",
      );
    }
    const [name] = (await readdir(work)).filter((f) => f.endsWith(".pgm"));
    if (!name)
      throw new InputError(file, `cannot rasterise page ${pageNumber} for OCR`, "ocr-failed");
    const scanned = parsePgm(new Uint8Array(await readFile(join(work, name))));
    const { page, words } = await readImage(scanned, pageNumber, work, opts);
    if (
      page.confidence >= DOUBTFUL_PAGE.confidence &&
      page.runs.length >= DOUBTFUL_PAGE.words &&
      !looksTurned(words)
    )
      return page;
    const turn = await orientation(scanned, work);
    if (!turn) return page;
    const { page: turned } = await readImage(rotateQuarter(scanned, turn), pageNumber, work, opts);
    return { ...turned, turnedDegrees: turn };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Level the page, find and erase its rulings, read its words. */
async function readImage(
  scanned: GreyImage,
  pageNumber: number,
  work: string,
  opts: OcrOptions,
): Promise<{ page: OcrPage; words: OcrWord[] }> {
  const threshold = otsuThreshold(scanned);
  const skew = estimateSkew(scanned, threshold);
  const level = rotate(scanned, skew);
  // A ruling is at least a third of an inch long; letters are far shorter at 300 dpi.
  const px = findRulings(level, threshold, {
    minLength: OCR_DPI / 3,
    maxGap: 3,
    maxThickness: 8,
    maxBreak: OCR_DPI / 2.5,
  });
  const clean = toPgm(eraseRulings(level, px, 5));
  const key = createHash("sha256")
    .update(await tesseractVersion())
    .update(clean)
    .digest("hex");
  let tsv = await cacheGet(opts.cacheDir, key);
  if (tsv === undefined) {
    tsv = await tesseract(clean, work);
    await cachePut(opts.cacheDir, key, tsv);
  }
  const words = repairWords(parseTsv(tsv));
  const segments = px.map((s) => ({
    ...s,
    x0: s.x0 * PT_PER_PX,
    x1: s.x1 * PT_PER_PX,
    y0: s.y0 * PT_PER_PX,
    y1: s.y1 * PT_PER_PX,
  }));
  const confs = words.filter((w) => w.conf >= 0).map((w) => w.conf / 100);
  const page = {
    number: pageNumber,
    width: level.width * PT_PER_PX,
    height: level.height * PT_PER_PX,
    runs: wordsToRuns(words),
    grids: buildGrids(segments),
    confidence: confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : 0,
    skewDegrees: skew,
  };
  return { page, words };
}

/**
 * tesseract reads a sideways or upside-down page well but keeps the boxes of
 * the image as scanned, so rows and columns come out crossed. Tell-tales:
 * most longer words are taller than wide (sideways), or its reading order
 * runs up the page (upside down).
 */
export function looksTurned(words: OcrWord[]): boolean {
  const long = words.filter((w) => w.text.length >= 4);
  if (long.length >= 10 && long.filter((w) => w.height > w.width).length > long.length / 2)
    return true;
  const lines = new Map<string, number>();
  for (const w of words) if (!lines.has(w.line)) lines.set(w.line, w.top);
  const tops = [...lines.values()];
  if (tops.length < 10) return false;
  let up = 0;
  for (let i = 1; i < tops.length; i++) if (tops[i] < tops[i - 1]) up++;
  return up / (tops.length - 1) > 0.7;
}

/** How far clockwise the page must turn to stand upright (90, 180, 270), by tesseract's orientation detection; 0 when upright or unsure. */
async function orientation(img: GreyImage, work: string): Promise<0 | 90 | 180 | 270> {
  const input = join(work, "osd.pgm");
  await writeFile(input, toPgm(img));
  try {
    const { stdout } = await run(
      "tesseract",
      [input, "stdout", "--psm", "0", "--dpi", String(OCR_DPI)],
      { env: { ...process.env, OMP_THREAD_LIMIT: "1" } },
    );
    const turn = Number(/Rotate:\s*(\d+)/.exec(stdout)?.[1] ?? 0);
    const confidence = Number(/Orientation confidence:\s*([\d.]+)/.exec(stdout)?.[1] ?? 0);
    return confidence >= 1.5 && (turn === 90 || turn === 180 || turn === 270) ? turn : 0;
  } catch {
    return 0; // no orientation data (tesseract-ocr-osd), or too little text to tell
  }
}

let version: Promise<string> | undefined;

/** A cached page is only as good as the OCR engine that read it: its version is part of the key. */
export function tesseractVersion(): Promise<string> {
  version ??= run("tesseract", ["--version"]).then(
    ({ stdout, stderr }) => (stdout || stderr).split("\n")[0],
    () => "no tesseract",
  );
  return version;
}

async function cacheGet(dir: string | undefined, key: string): Promise<string | undefined> {
  if (!dir) return undefined;
  return readFile(join(dir, `${key}.tsv`), "utf8").catch(() => undefined);
}

async function cachePut(dir: string | undefined, key: string, tsv: string): Promise<void> {
  if (dir) await writeFileAtomic(join(dir, `${key}.tsv`), tsv);
}
