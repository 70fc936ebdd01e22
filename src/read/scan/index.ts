/**
 * read/scan: the pages of a PDF that have no text layer → the same pages the
 * text-layer reader builds (runs and ruling grids), by OCR (poppler's
 * pdftoppm, levelling and rulings from pixels, tesseract, domain repair).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { InputError, type SourceFile } from "../../diagnostics.js";
import type { PdfPage } from "../pdf/index.js";
import { ocrAvailable, ocrPage, type OcrOptions, type OcrPage } from "./ocr.js";

/** Pages read by OCR, with their mean word confidence 0..1. */
export interface OcrSummary {
  pages: number[];
  confidence: number;
}

export interface OcrRunOptions extends OcrOptions {
  /** Called as each page is read, for a progress display. */
  onPage?: (done: number, total: number) => void;
}

/** Pages whose mean OCR confidence is below this get a warning. */
const OCR_PAGE_DOUBTFUL = 0.75;

/**
 * Pages with no text layer (scans) are read by OCR, side by side on all
 * cores, and replace the empty pages. Without the OCR tools a scan is an
 * input error that says what to install; a mixed PDF keeps its text pages
 * with a warning for the others.
 */
export async function ocrBlankPages(file: SourceFile, data: Uint8Array, pages: PdfPage[], opts: OcrRunOptions | undefined): Promise<OcrSummary | undefined> {
  const name = file.name;
  const blank = pages.filter((p) => p.runs.length === 0);
  if (!blank.length) return undefined;
  const tools = await ocrAvailable();
  if (!tools.ok) {
    if (blank.length === pages.length) throw new InputError(name, `the PDF has no text layer (a scanned document?) and OCR is not installed: ${tools.missing}`, "input-no-text");
    file.warn("ocr-unavailable", `${blank.length} page(s) have no text layer and OCR is not installed (${tools.missing}); they are left out`, { page: blank[0].number });
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), "plan-scan-"));
  try {
    const path = join(dir, "scan.pdf");
    await writeFile(path, data);
    let next = 0;
    let done = 0;
    const read: OcrPage[] = [];
    const worker = async () => {
      while (next < blank.length) {
        const page = blank[next++];
        read.push(await ocrPage(path, name, page.number, opts));
        opts?.onPage?.(++done, blank.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), blank.length) }, worker));
    read.sort((a, b) => a.number - b.number);
    for (const p of read) {
      const i = pages.findIndex((x) => x.number === p.number);
      pages[i] = { number: p.number, width: p.width, height: p.height, runs: p.runs, grids: p.grids };
      if (p.turnedDegrees) file.info("ocr-turned", `the page was scanned ${p.turnedDegrees === 180 ? "upside down" : "sideways"}; it was turned ${p.turnedDegrees}° clockwise before reading`, { page: p.number });
      if (p.confidence < OCR_PAGE_DOUBTFUL) file.warn("ocr-low-confidence", `page read by OCR with mean confidence ${p.confidence.toFixed(2)}: check it against the scan`, { page: p.number });
    }
    const confidence = read.reduce((sum, p) => sum + p.confidence, 0) / read.length;
    return { pages: read.map((p) => p.number), confidence: Math.round(confidence * 100) / 100 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
