/**
 * read: a file's bytes → pages, paragraphs and tables, one reader per format
 * (pdf/, docx/, text/, and scan/ for PDF pages with no text layer). Takes
 * bytes; returns blocks in the one intermediate form of ./types.ts. The
 * format is told by content (magic bytes), not by extension, so a renamed
 * file is still read or rejected right.
 */
/** The formats a reader exists for. */
export type SourceFormat = "pdf" | "docx" | "text";

export { loadPdfPages, pageBlocks, type PdfPage } from "./pdf/index.js";
export type { OcrReason, OcrRunOptions, OcrSummary } from "./scan/index.js";
export { readText } from "./text/index.js";
export { pipeTables } from "./text/pipe-table.js";
export { textTable } from "./text/table.js";

export function sniffFormat(data: Uint8Array): SourceFormat | "image" | "binary" | "empty" {
  if (data.length === 0) return "empty";
  const head = Buffer.from(data.subarray(0, 8));
  const ascii = head.toString("latin1");
  if (
    ascii.startsWith("%PDF-") ||
    Buffer.from(data.subarray(0, 1024)).toString("latin1").includes("%PDF-")
  )
    return "pdf";
  if (ascii.startsWith("PK\u0003\u0004")) return "docx";
  if (head[0] === 0x89 && ascii.slice(1, 4) === "PNG") return "image";
  if (head[0] === 0xff && head[1] === 0xd8) return "image";
  if (ascii.startsWith("GIF8") || ascii.startsWith("II*\u0000") || ascii.startsWith("MM\u0000*"))
    return "image";
  if (ascii.startsWith("\u00D0\u00CF\u0011\u00E0")) return "binary"; // legacy .doc (OLE)
  const sample = Buffer.from(data.subarray(0, 4096));
  if (sample.includes(0)) return "binary";
  return "text";
}

// The DOCX reader (jszip, the XML parser) and OCR load on first use, as pdf.js does (issue #17):
// a PDF, a YAML model or `plan --version` never loads them.

/** DOCX → blocks (read/docx/), loaded on first use. */
export async function readDocx(...args: Parameters<typeof import("./docx/index.js").readDocx>) {
  return (await import("./docx/index.js")).readDocx(...args);
}

/**
 * OCR of a PDF's pages with no text layer, or whose layer does not read as Vietnamese
 * (read/scan/), loaded only when some page needs it.
 */
export async function ocrPages(...args: Parameters<typeof import("./scan/index.js").ocrPages>) {
  const [, , pages, garbled, opts] = args;
  const mode = opts?.mode ?? "auto";
  const needed = mode === "always" || garbled.size > 0 || pages.some((p) => p.runs.length === 0);
  return needed ? (await import("./scan/index.js")).ocrPages(...args) : undefined;
}
