/**
 * read: a file on disk → SourceDocument. Picks the reader by content (magic
 * bytes), not by extension, so a renamed file is still read or rejected right.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { diag, InputError, type Diagnostic } from "../diagnostics.js";
import { ENDS_CLAUSE } from "../normalize/text.js";
import { checkSyllables, diacriticShare, garbledMotto, legacyEncoding } from "../normalize/vietnamese.js";
import { readDocx } from "./docx.js";
import { ocrAvailable, ocrPage, type OcrOptions, type OcrPage } from "./ocr.js";
import { loadPdfPages, pageBlocks, type PdfPage } from "./pdf.js";
import { readText } from "./text.js";
import { pipeTables } from "./pipe-table.js";
import { textTable } from "./text-table.js";
import { cellText, type Block, type Paragraph, type SourceDocument, type SourceFormat } from "./types.js";

/** Larger inputs are not plans; refuse before reading them into memory. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function sniffFormat(data: Uint8Array): SourceFormat | "image" | "binary" | "empty" {
  if (data.length === 0) return "empty";
  const head = Buffer.from(data.subarray(0, 8));
  const ascii = head.toString("latin1");
  if (ascii.startsWith("%PDF-") || Buffer.from(data.subarray(0, 1024)).toString("latin1").includes("%PDF-")) return "pdf";
  if (ascii.startsWith("PK\u0003\u0004")) return "docx";
  if (head[0] === 0x89 && ascii.slice(1, 4) === "PNG") return "image";
  if (head[0] === 0xff && head[1] === 0xd8) return "image";
  if (ascii.startsWith("GIF8") || ascii.startsWith("II*\u0000") || ascii.startsWith("MM\u0000*")) return "image";
  if (ascii.startsWith("\u00D0\u00CF\u0011\u00E0")) return "binary"; // legacy .doc (OLE)
  const sample = Buffer.from(data.subarray(0, 4096));
  if (sample.includes(0)) return "binary";
  return "text";
}

export interface ReadOptions {
  /** Display name for diagnostics; defaults to the path as given. */
  name?: string;
  maxPages?: number;
  /** For PDF pages with no text layer. */
  ocr?: OcrOptions & {
    /** Called as each page is read, for a progress display. */
    onPage?: (done: number, total: number) => void;
  };
}

export async function readSource(path: string, opts: ReadOptions = {}): Promise<SourceDocument> {
  const name = opts.name ?? path;
  let data: Buffer;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(name, "is a directory, not a file", "input-unreadable");
    if (st.size > MAX_FILE_BYTES) throw new InputError(name, `file is too large (${Math.round(st.size / 1048576)} MB)`, "input-too-large");
    data = await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new InputError(name, reason, "input-unreadable");
  }
  return readBuffer(name, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), opts);
}

export async function readBuffer(name: string, data: Uint8Array, opts: ReadOptions = {}): Promise<SourceDocument> {
  const sha256 = createHash("sha256").update(data).digest("hex");
  const format = sniffFormat(data);
  const warnings: Diagnostic[] = [];
  switch (format) {
    case "empty":
      throw new InputError(name, "the file is empty", "input-empty");
    case "image":
      throw new InputError(name, "an image, not a PDF, DOCX or text document", "input-unsupported");
    case "binary":
      throw new InputError(name, "not a PDF, DOCX or text document (unknown binary format)", "input-unsupported");
    case "pdf": {
      // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
      const { pages, pageCount } = await loadPdfPages(name, new Uint8Array(data), { maxPages: opts.maxPages });
      const pageText = () => pages.map((p) => ({ page: p.number, text: p.runs.map((r) => r.str).join(" ") }));
      // A text layer that does not read as Vietnamese (a scanner's OCR without diacritics) is read again by OCR.
      const garbled = new Set(garbledPages(name, pageText()));
      const ocr = await ocrPages(name, data, pages, garbled, opts.ocr, warnings);
      checkEncoding(name, pageText().filter((c) => !ocr?.pages.includes(c.page)), warnings);
      const perPage: ReturnType<typeof pageBlocks>[] = [];
      for (const p of pages) perPage.push(pageBlocks(p, basename(name), warnings, perPage[perPage.length - 1]?.columns));
      for (const w of warnings) w.file = name;
      return { file: name, format, sha256, pages: pageCount, blocks: joinPages(perPage), warnings, ...(ocr ? { ocr } : {}) };
    }
    case "docx": {
      const r = await readDocx(name, data);
      checkEncoding(name, [{ text: blocksText(r.blocks) }], r.warnings);
      return { file: name, format, sha256, pages: null, blocks: r.blocks, warnings: r.warnings };
    }
    case "text": {
      const text = new TextDecoder("utf-8", { fatal: false }).decode(data);
      if (!text.trim()) throw new InputError(name, "the file has no text", "input-empty");
      checkEncoding(name, [{ text }], warnings);
      // An appendix dump: its task table is rebuilt from the order of its cells; the title lines above it stay text.
      const table = textTable(text, name);
      if (table) warnings.push(...table.warnings);
      const piped = table ? null : pipeTables(text);
      const blocks: Block[] = table
        ? [...readText(table.before), table.table]
        : piped
          ? piped.flatMap((s) => [...readText(s.text).map((p) => ({ ...p, line: (p.line ?? 1) + s.offset })), ...(s.table ? [s.table] : [])])
          : readText(text);
      if (text.includes("\uFFFD")) warnings.push(diag("warning", "text-encoding", "the text is not valid UTF-8; some characters were replaced", { file: name }));
      return { file: name, format, sha256, pages: null, blocks, warnings };
    }
  }
}

/** Pages whose mean OCR confidence is below this get a warning. */
const OCR_PAGE_DOUBTFUL = 0.75;

type OcrReason = "no-text-layer" | "garbled-text" | "asked";

/**
 * Pages with no text layer (scans), and pages whose text layer does not read
 * as Vietnamese, are read by OCR (all pages with mode always, none with
 * never), side by side on all cores, and replace the pages read from the
 * text layer. A document with no usable text layer and no OCR is an input
 * error that says what to install; a mixed PDF keeps its text pages with a
 * warning for the others.
 */
async function ocrPages(name: string, data: Uint8Array, pages: PdfPage[], garbled: Set<number>, opts: ReadOptions["ocr"], warnings: Diagnostic[]): Promise<SourceDocument["ocr"]> {
  const mode = opts?.mode ?? "auto";
  const reasonOf = (p: PdfPage): OcrReason | null =>
    p.runs.length === 0 ? "no-text-layer" : mode === "always" ? "asked" : mode === "auto" && garbled.has(p.number) ? "garbled-text" : null;
  const unusable = pages.filter((p) => p.runs.length === 0 || garbled.has(p.number));
  const chosen = mode === "never" ? [] : pages.filter((p) => reasonOf(p) !== null);
  const tools = chosen.length ? await ocrAvailable() : ({ ok: true } as const);
  if (!chosen.length || !tools.ok) {
    const why = !tools.ok ? `OCR is not installed: ${tools.missing}` : "OCR is off (--ocr never)";
    if (unusable.length === pages.length) {
      const what = unusable.some((p) => p.runs.length) ? "no text layer that reads as Vietnamese" : "no text layer";
      throw new InputError(name, `the PDF has ${what} (a scanned document?) and ${why}`, "input-no-text");
    }
    const blank = pages.filter((p) => p.runs.length === 0);
    if (blank.length) warnings.push(diag("warning", "ocr-unavailable", `${blank.length} page(s) have no text layer and ${why}; they are left out`, { file: name, page: blank[0].number }));
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
      while (next < chosen.length) {
        const page = chosen[next++];
        read.push(await ocrPage(path, name, page.number, opts));
        opts?.onPage?.(++done, chosen.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), chosen.length) }, worker));
    read.sort((a, b) => a.number - b.number);
    const reasons = new Map<OcrReason, number[]>();
    for (const p of read) {
      const i = pages.findIndex((x) => x.number === p.number);
      const reason = reasonOf(pages[i])!;
      reasons.set(reason, [...(reasons.get(reason) ?? []), p.number]);
      pages[i] = { number: p.number, width: p.width, height: p.height, runs: p.runs, grids: p.grids };
      if (p.turnedDegrees) warnings.push(diag("info", "ocr-turned", `the page was scanned ${p.turnedDegrees === 180 ? "upside down" : "sideways"}; it was turned ${p.turnedDegrees}° clockwise before reading`, { file: name, page: p.number }));
      if (p.confidence < OCR_PAGE_DOUBTFUL) warnings.push(diag("warning", "ocr-low-confidence", `page read by OCR with mean confidence ${p.confidence.toFixed(2)}: check it against the scan`, { file: name, page: p.number }));
    }
    const relaid = reasons.get("garbled-text");
    if (relaid) warnings.push(diag("info", "ocr-garbled-layer", `the text layer of ${relaid.length} page(s) does not read as Vietnamese; they were read again by OCR`, { file: name, page: relaid[0] }));
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

/** Vietnamese text marks most words (about 70%); below this share a page's text layer has lost its diacritics. */
const DIACRITIC_SHARE = 0.2;

/** Share of a page's words that may fail the syllable check before it is called garbled. */
const GARBLED_SHARE = 0.1;

/** Pages whose text does not read as Vietnamese: too many words that break its syllable rules, or a garbled motto. */
function garbledPages(name: string, chunks: { page: number; text: string }[]): number[] {
  const found: Diagnostic[] = [];
  const out: number[] = [];
  for (const c of chunks) {
    found.length = 0;
    checkEncoding(name, [c], found);
    if (found.some((d) => d.ruleId === "garbled-text")) out.push(c.page);
  }
  return out;
}

/**
 * Refuse legacy-encoded text (it is not Vietnamese Unicode, so every field
 * would be nonsense) and warn, per page, where the text does not read as
 * Vietnamese: a PDF font without a proper Unicode map.
 */
function checkEncoding(name: string, chunks: { page?: number; text: string }[], warnings: Diagnostic[]): void {
  const legacy = legacyEncoding(chunks.map((c) => c.text).join("\n"));
  if (legacy) {
    const fonts = legacy === "TCVN3" ? "TCVN3 (ABC) fonts such as .VnTime" : "VNI fonts such as VNI-Times";
    throw new InputError(name, `the text is in a legacy Vietnamese encoding (${fonts}), not Unicode; convert it to Unicode (for example with Unikey's converter) and parse again`, "legacy-encoding");
  }
  for (const c of chunks) {
    const where = { file: name, ...(c.page ? { page: c.page } : {}) };
    const motto = garbledMotto(c.text);
    if (motto) warnings.push(diag("warning", "garbled-text", `the national motto reads "${motto}": the fonts' Unicode map is wrong, so the text may be wrong too`, where));
    const d = diacriticShare(c.text);
    if (d.words >= 40 && d.marked / d.words < DIACRITIC_SHARE) {
      warnings.push(diag("warning", "garbled-text", `only ${d.marked} of ${d.words} words carry Vietnamese diacritics: the text layer has lost them (a scanner's OCR layer?); check the text against the document`, where));
      continue;
    }
    const r = checkSyllables(c.text);
    if (r.checked >= 20 && r.invalid.length / r.checked >= GARBLED_SHARE) {
      const examples = [...new Set(r.invalid)].slice(0, 5).join(", ");
      warnings.push(diag("warning", "garbled-text", `${r.invalid.length} of ${r.checked} words are not Vietnamese syllables (${examples}): the fonts' Unicode map may be wrong; check the text against the document`, where));
    }
  }
}

function blocksText(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === "paragraph" ? b.text : b.cells.map(cellText).join("\n"))).join("\n");
}

/**
 * Join pages: drop running headers and footers (the same line at the top or
 * bottom of several pages), and re-join a paragraph a page break cut in two.
 */
function joinPages(pages: { blocks: Block[]; firstStartsAtMargin: boolean }[]): Block[] {
  const edgeKey = (b: Block | undefined) => (b?.kind === "paragraph" ? b.text.replace(/\d+/g, "#") : undefined);
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set([edgeKey(p.blocks[0]), edgeKey(p.blocks[p.blocks.length - 1])])) {
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const furniture = (b: Block | undefined) => {
    const k = edgeKey(b);
    return k !== undefined && pages.length >= 3 && (counts.get(k) ?? 0) >= Math.max(3, pages.length * 0.5);
  };
  const out: Block[] = [];
  for (const p of pages) {
    const blocks = p.blocks.filter((b) => !ocrNoise(b));
    while (blocks.length && furniture(blocks[0])) blocks.shift();
    while (blocks.length && furniture(blocks[blocks.length - 1])) blocks.pop();
    const first = blocks[0];
    const last = out[out.length - 1];
    if (first?.kind === "paragraph" && last?.kind === "paragraph" && continues(last, first, p.firstStartsAtMargin)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${first.text}` };
      blocks.shift();
    }
    out.push(...blocks);
  }
  return out;
}

/** OCR of a stamp, a signature or handwriting: a few words read with little confidence. */
function ocrNoise(b: Block): boolean {
  return b.kind === "paragraph" && b.ocrConfidence !== undefined && b.ocrConfidence < 0.5 && b.text.split(/\s+/).length <= 4;
}

function continues(prev: Paragraph, next: Paragraph, nextAtMargin: boolean): boolean {
  if (next.label || prev.bold !== next.bold || prev.align === "center") return false;
  if (ENDS_CLAUSE.test(prev.text)) return false;
  return /^\p{Ll}/u.test(next.text) || nextAtMargin;
}
