/**
 * normalize: a file on disk → one SourceDocument. Reads it with the reader its
 * content calls for (read/), refuses text in a legacy Vietnamese encoding,
 * flags text that does not read as Vietnamese, and joins a PDF's pages
 * (running headers dropped, a paragraph cut by a page break re-joined).
 */
import { createHash } from "node:crypto";
import { InputError, SourceFile, type Diagnostic } from "../diagnostics.js";
import { ENDS_CLAUSE } from "../lexicon/text.js";
import {
  checkSyllables,
  diacriticShare,
  garbledMotto,
  legacyEncoding,
} from "../lexicon/vietnamese.js";
import {
  loadPdfPages,
  ocrPages,
  pageBlocks,
  pipeTables,
  readDocx,
  readText,
  sniffFormat,
  textTable,
} from "../read/index.js";
import type { OcrRunOptions, OcrSummary, PdfPage, SourceFormat } from "../read/index.js";
import { cellText, type Block, type Paragraph } from "../read/types.js";
import { DEFAULT_LIMITS, type Limits } from "../limits.js";
import { readBounded } from "../read/file.js";

/** One input document, read and normalised: what the later stages see of it. */
export interface SourceDocument {
  file: string;
  format: SourceFormat;
  sha256: string;
  pages: number | null;
  blocks: Block[];
  warnings: Diagnostic[];
  /** Pages read by OCR, with their mean word confidence 0..1 and why each was read. */
  ocr?: OcrSummary;
  /** A PDF's pages as read (text runs and ruling grids), for the table debug view. */
  layout?: PdfPage[];
}

export interface ReadOptions {
  /** Display name for diagnostics; defaults to the path as given. */
  name?: string;
  maxPages?: number;
  /** Threads to read a long PDF's pages with, and scanned pages to OCR at once; default: the number of cores. */
  pageThreads?: number;
  /** Read a PDF's pages side by side from this many pages on (default: see read/pdf/parallel.ts; for the bench). */
  parallelFromPages?: number;
  /** For PDF pages with no text layer, or one that does not read as Vietnamese; mode auto, always or never. */
  ocr?: OcrRunOptions;
  /** Budgets for this file (bytes, pages, pixels, operators); the defaults when absent. */
  limits?: Partial<Limits>;
  /** Called as pdf.js starts each page of a PDF, null when it is done (see PdfReadOptions.onPage). */
  onPdfPage?: (page: number | null) => void;
}

export async function readSource(path: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const name = opts.name ?? path;
  const data = await readBounded(path, name, { ...DEFAULT_LIMITS, ...opts.limits }.maxBytes);
  return readBuffer(name, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), opts);
}

export async function readBuffer(
  name: string,
  data: Uint8Array,
  opts: ReadOptions = {},
): Promise<SourceDocument> {
  const sha256 = createHash("sha256").update(data).digest("hex");
  const format = sniffFormat(data);
  const file = new SourceFile(name);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  switch (format) {
    case "empty":
      throw new InputError(name, "the file is empty", "input-empty");
    case "image":
      throw new InputError(name, "an image, not a PDF, DOCX or text document", "input-unsupported");
    case "binary":
      throw new InputError(
        name,
        "not a PDF, DOCX or text document (unknown binary format)",
        "input-unsupported",
      );
    case "pdf": {
      // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
      const { pages, pageCount } = await loadPdfPages(name, new Uint8Array(data), {
        maxPages: opts.maxPages,
        threads: opts.pageThreads,
        parallelFromPages: opts.parallelFromPages,
        pageLimit: limits.maxPages,
        maxPixels: limits.maxPixels,
        maxOperators: limits.maxOperators,
        onPage: opts.onPdfPage,
      });
      const pageText = () =>
        pages.map((p) => ({ page: p.number, text: p.runs.map((r) => r.str).join(" ") }));
      // A text layer that does not read as Vietnamese (a scanner's OCR without diacritics) is read again by OCR.
      const garbled = new Set(garbledPages(name, pageText()));
      const ocr = await ocrPages(file, data, pages, garbled, {
        ...opts.ocr,
        pagesAtOnce: opts.pageThreads,
        maxPixels: limits.maxPixels,
      });
      checkEncoding(
        file,
        pageText().filter((c) => !ocr?.pages.includes(c.page)),
      );
      const perPage: ReturnType<typeof pageBlocks>[] = [];
      for (const p of pages)
        perPage.push(pageBlocks(p, file, perPage[perPage.length - 1]?.columns));
      return {
        file: name,
        format,
        sha256,
        pages: pageCount,
        blocks: joinPages(perPage),
        warnings: file.messages,
        ...(ocr ? { ocr } : {}),
        layout: pages,
      };
    }
    case "docx": {
      const blocks = await readDocx(file, data, limits.maxInflatedBytes);
      checkEncoding(file, [{ text: blocksText(blocks) }]);
      return { file: name, format, sha256, pages: null, blocks, warnings: file.messages };
    }
    case "text": {
      const text = new TextDecoder("utf-8", { fatal: false }).decode(data);
      if (!text.trim()) throw new InputError(name, "the file has no text", "input-empty");
      checkEncoding(file, [{ text }]);
      // An appendix dump: its task table is rebuilt from the order of its cells; the title lines above it stay text.
      const table = textTable(text, file);
      // Rows written one a line with " | " between cells (HTML turned to text) are a table too.
      const piped = table ? null : pipeTables(text);
      const blocks: Block[] = table
        ? [...readText(table.before), table.table]
        : piped
          ? piped.flatMap((s) => [
              ...readText(s.text).map((p) => ({ ...p, line: (p.line ?? 1) + s.offset })),
              ...(s.table ? [s.table] : []),
            ])
          : readText(text);
      if (text.includes("\uFFFD"))
        file.warn("text-encoding", "the text is not valid UTF-8; some characters were replaced");
      return { file: name, format, sha256, pages: null, blocks, warnings: file.messages };
    }
  }
}

/** Vietnamese text marks most words (about 70%); below this share a page's text layer has lost its diacritics. */
const DIACRITIC_SHARE = 0.2;

/** Pages whose text does not read as Vietnamese: the checks of checkEncoding, page by page, on a scratch file. */
function garbledPages(name: string, chunks: { page: number; text: string }[]): number[] {
  const out: number[] = [];
  for (const c of chunks) {
    const scratch = new SourceFile(name);
    checkEncoding(scratch, [c]);
    if (scratch.messages.some((d) => d.ruleId === "garbled-text")) out.push(c.page);
  }
  return out;
}

/** Share of a page's words that may fail the syllable check before it is called garbled. */
const GARBLED_SHARE = 0.1;

/**
 * Refuse legacy-encoded text (it is not Vietnamese Unicode, so every field
 * would be nonsense) and warn, per page, where the text does not read as
 * Vietnamese: a PDF font without a proper Unicode map.
 */
function checkEncoding(file: SourceFile, chunks: { page?: number; text: string }[]): void {
  const legacy = legacyEncoding(chunks.map((c) => c.text).join("\n"));
  if (legacy) {
    const fonts =
      legacy === "TCVN3" ? "TCVN3 (ABC) fonts such as .VnTime" : "VNI fonts such as VNI-Times";
    throw new InputError(
      file.name,
      `the text is in a legacy Vietnamese encoding (${fonts}), not Unicode; convert it to Unicode (for example with Unikey's converter) and parse again`,
      "legacy-encoding",
    );
  }
  for (const c of chunks) {
    const where = c.page ? { page: c.page } : {};
    const motto = garbledMotto(c.text);
    if (motto)
      file.warn(
        "garbled-text",
        `the national motto reads "${motto}": the fonts' Unicode map is wrong, so the text may be wrong too`,
        where,
      );
    const d = diacriticShare(c.text);
    if (d.words >= 40 && d.marked / d.words < DIACRITIC_SHARE) {
      file.warn(
        "garbled-text",
        `only ${d.marked} of ${d.words} words carry Vietnamese diacritics: the text layer has lost them (a scanner's OCR layer?); check the text against the document`,
        where,
      );
      continue;
    }
    const r = checkSyllables(c.text);
    if (r.checked >= 20 && r.invalid.length / r.checked >= GARBLED_SHARE) {
      const examples = [...new Set(r.invalid)].slice(0, 5).join(", ");
      file.warn(
        "garbled-text",
        `${r.invalid.length} of ${r.checked} words are not Vietnamese syllables (${examples}): the fonts' Unicode map may be wrong; check the text against the document`,
        where,
      );
    }
  }
}

function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === "paragraph" ? b.text : b.cells.map(cellText).join("\n")))
    .join("\n");
}

/**
 * Join pages: drop running headers and footers (the same line at the top or
 * bottom of several pages), and re-join a paragraph a page break cut in two.
 */
function joinPages(pages: { blocks: Block[]; firstStartsAtMargin: boolean }[]): Block[] {
  const edgeKey = (b: Block | undefined) =>
    b?.kind === "paragraph" ? b.text.replace(/\d+/g, "#") : undefined;
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set([edgeKey(p.blocks[0]), edgeKey(p.blocks[p.blocks.length - 1])])) {
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const furniture = (b: Block | undefined) => {
    const k = edgeKey(b);
    return (
      k !== undefined &&
      pages.length >= 3 &&
      (counts.get(k) ?? 0) >= Math.max(3, pages.length * 0.5)
    );
  };
  const out: Block[] = [];
  for (const p of pages) {
    const blocks = p.blocks.filter((b) => !ocrNoise(b));
    while (blocks.length && furniture(blocks[0])) blocks.shift();
    while (blocks.length && furniture(blocks[blocks.length - 1])) blocks.pop();
    const first = blocks[0];
    const last = out[out.length - 1];
    if (
      first?.kind === "paragraph" &&
      last?.kind === "paragraph" &&
      continues(last, first, p.firstStartsAtMargin)
    ) {
      out[out.length - 1] = { ...last, text: `${last.text} ${first.text}` };
      blocks.shift();
    }
    out.push(...blocks);
  }
  return out;
}

/** OCR of a stamp, a signature or handwriting: a few words read with little confidence. */
function ocrNoise(b: Block): boolean {
  return (
    b.kind === "paragraph" &&
    b.ocrConfidence !== undefined &&
    b.ocrConfidence < 0.5 &&
    b.text.split(/\s+/).length <= 4
  );
}

function continues(prev: Paragraph, next: Paragraph, nextAtMargin: boolean): boolean {
  if (next.label || prev.bold !== next.bold || prev.align === "center") return false;
  if (ENDS_CLAUSE.test(prev.text)) return false;
  return /^\p{Ll}/u.test(next.text) || nextAtMargin;
}
