/**
 * read/scan: the pages of a PDF that have no usable text layer → the same pages the
 * text-layer reader builds (runs and ruling grids), by OCR (poppler's
 * pdftoppm, levelling and rulings from pixels, tesseract, domain repair).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { InputError, type SourceFile } from "../../diagnostics.js";
import type { PdfPage } from "../pdf/index.js";
import { OCR_DPI, ocrAvailable, ocrPage, type OcrOptions, type OcrPage } from "./ocr.js";

/** Why a page was read by OCR. */
export type OcrReason = "no-text-layer" | "garbled-text" | "asked";

/** Pages read by OCR, with their mean word confidence 0..1 and why each was read. */
export interface OcrSummary {
  pages: number[];
  confidence: number;
  reasons?: { reason: OcrReason; pages: number[] }[];
}

export interface OcrRunOptions extends OcrOptions {
  /** Called as each page is read, for a progress display. */
  onPage?: (done: number, total: number) => void;
  /** Refuse to rasterise a page larger than this (--max-pixels). */
  maxPixels?: number;
  /** Pages to OCR at once, one tesseract thread each; default: the number of cores. */
  pagesAtOnce?: number;
}

function rasterPixels(p: PdfPage): number {
  return Math.ceil((p.width / 72) * OCR_DPI) * Math.ceil((p.height / 72) * OCR_DPI);
}

/** Pages whose mean OCR confidence is below this get a warning. */
const OCR_PAGE_DOUBTFUL = 0.75;

/**
 * Pages with no text layer (scans), and pages whose text layer does not read
 * as Vietnamese (`garbled`: a scanner's OCR layer without diacritics), are
 * read by OCR (all pages with mode always, none with never), side by side on
 * all cores, and replace the pages read from the text layer. A document with
 * no usable text layer and no OCR is an input error that says what to
 * install; a mixed PDF keeps its text pages with a warning for the others.
 */
export async function ocrPages(
  file: SourceFile,
  data: Uint8Array,
  pages: PdfPage[],
  garbled: Set<number>,
  opts: OcrRunOptions | undefined,
): Promise<OcrSummary | undefined> {
  const name = file.name;
  const mode = opts?.mode ?? "auto";
  // A page with no text and nothing drawn is blank paper, not a scan: nothing to OCR.
  const reasonOf = (p: PdfPage): OcrReason | null =>
    p.runs.length === 0
      ? p.painted === false
        ? null
        : "no-text-layer"
      : mode === "always"
        ? "asked"
        : mode === "auto" && garbled.has(p.number)
          ? "garbled-text"
          : null;
  const unusable = pages.filter((p) => p.runs.length === 0 || garbled.has(p.number));
  const chosen = mode === "never" ? [] : pages.filter((p) => reasonOf(p) !== null);
  const big = chosen.find((p) => rasterPixels(p) > (opts?.maxPixels ?? Infinity));
  if (big) {
    const px = rasterPixels(big);
    throw new InputError(
      name,
      `page ${big.number} would be ${Math.round(px / 1e6)} megapixels at ${OCR_DPI} dpi, over the --max-pixels limit of ${opts!.maxPixels}`,
      "input-too-large",
    );
  }
  const tools = chosen.length ? await ocrAvailable() : ({ ok: true } as const);
  if (!chosen.length || !tools.ok) {
    const why = !tools.ok ? `OCR is not installed: ${tools.missing}` : "OCR is off (--ocr never)";
    if (unusable.length === pages.length && pages.length) {
      const what = unusable.some((p) => p.runs.length)
        ? "no text layer that reads as Vietnamese"
        : "no text layer";
      throw new InputError(
        name,
        `the PDF has ${what} (a scanned document?) and ${why}`,
        "input-no-text",
      );
    }
    const blank = pages.filter((p) => p.runs.length === 0 && p.painted !== false);
    if (blank.length)
      file.warn(
        "ocr-unavailable",
        `${blank.length} page(s) have no text layer and ${why}; they are left out`,
        { page: blank[0].number },
      );
    return undefined;
  }
  const dir = await mkdtemp(join(opts?.tmpDir ?? tmpdir(), "plan-scan-"));
  try {
    const path = join(dir, "scan.pdf");
    await writeFile(path, data);
    let next = 0;
    let done = 0;
    const read: OcrPage[] = [];
    const worker = async () => {
      while (next < chosen.length) {
        const page = chosen[next++];
        read.push(await ocrPage(path, name, page.number, opts));
        opts?.onPage?.(++done, chosen.length);
      }
    };
    // One tesseract thread per page (OMP_THREAD_LIMIT=1 in ocr.ts), as many pages at once as cores.
    const atOnce = Math.min(opts?.pagesAtOnce ?? availableParallelism(), chosen.length);
    await Promise.all(Array.from({ length: atOnce }, worker));
    read.sort((a, b) => a.number - b.number);
    const reasons = new Map<OcrReason, number[]>();
    for (const p of read) {
      const i = pages.findIndex((x) => x.number === p.number);
      const reason = reasonOf(pages[i])!;
      reasons.set(reason, [...(reasons.get(reason) ?? []), p.number]);
      pages[i] = {
        number: p.number,
        width: p.width,
        height: p.height,
        runs: p.runs,
        grids: p.grids,
      };
      if (p.turnedDegrees)
        file.info(
          "ocr-turned",
          `the page was scanned ${p.turnedDegrees === 180 ? "upside down" : "sideways"}; it was turned ${p.turnedDegrees}° clockwise before reading`,
          { page: p.number },
        );
      if (p.confidence < OCR_PAGE_DOUBTFUL)
        file.warn(
          "ocr-low-confidence",
          `page read by OCR with mean confidence ${p.confidence.toFixed(2)}: check it against the scan`,
          { page: p.number },
        );
    }
    const relaid = reasons.get("garbled-text");
    if (relaid)
      file.info(
        "ocr-garbled-layer",
        `the text layer of ${relaid.length} page(s) does not read as Vietnamese; they were read again by OCR`,
        { page: relaid[0] },
      );
    const confidence = read.reduce((sum, p) => sum + p.confidence, 0) / read.length;
    return {
      pages: read.map((p) => p.number),
      confidence: Math.round(confidence * 100) / 100,
      reasons: [...reasons].map(([reason, pages]) => ({ reason, pages })),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
