/**
 * A document's text fingerprint, to tell whether two files whose names say
 * "the same document" (x.pdf, x.docx; or three PDFs whose names fold to one
 * slug) really hold the same text. Only the text layer is read (no OCR):
 * the set of three-word shingles of the diacritic-folded words.
 */
import { createHash } from "node:crypto";
import { DEFAULT_LIMITS, type Limits } from "../limits.js";
import { foldDiacritics } from "../lexicon/text.js";
import { loadPdfPages, readDocx, sniffFormat } from "../read/index.js";
import { readBounded } from "../read/file.js";
import { cellText } from "../read/types.js";
import type { InputFile } from "./group.js";
import { SourceFile } from "../diagnostics.js";

/**
 * Share of shingles two texts must have in common to be one document in two
 * formats. Measured on the corpus: one plan as PDF, DOCX and text dump
 * shares 0.94-0.99; two provinces' plans under the same resolution share
 * 0.68-0.76 (their boilerplate is common), so the line is well above those.
 */
export const SAME_TEXT = 0.9;
/** A few thousand words tell documents apart; reading further costs time for nothing. */
const MAX_WORDS = 5000;
const MAX_PAGES = 1000;

export interface Fingerprint {
  bytes: string;
  shingles: Set<string>;
}

async function documentText(
  file: InputFile,
  limits: Limits,
): Promise<{ bytes: string; text: string }> {
  const data = await readBounded(file.path, file.name, limits.maxBytes);
  const bytes = createHash("sha256").update(data).digest("hex");
  const u8 = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  switch (sniffFormat(u8)) {
    case "pdf": {
      const { pages } = await loadPdfPages(file.name, new Uint8Array(u8), {
        ...limits,
        maxPages: Math.min(limits.maxPages, MAX_PAGES),
      }).catch((e) => {
        // A long PDF is read as far as MAX_PAGES: its first pages are fingerprint enough.
        if (/--max-pages/.test((e as Error).message) && limits.maxPages > MAX_PAGES)
          return { pages: [] };
        throw e;
      });
      return { bytes, text: pages.map((p) => p.runs.map((r) => r.str).join(" ")).join(" ") };
    }
    case "docx": {
      const blocks = await readDocx(new SourceFile(file.name), u8, limits.maxInflatedBytes);
      return {
        bytes,
        text: blocks
          .map((b) => (b.kind === "paragraph" ? b.text : b.cells.map(cellText).join(" ")))
          .join(" "),
      };
    }
    case "text":
      return { bytes, text: data.toString("utf8") };
    default:
      return { bytes, text: "" };
  }
}

/** The file's fingerprint; undefined when it cannot be read (parsing it then reports why). */
export async function fingerprint(
  file: InputFile,
  limits: Limits = DEFAULT_LIMITS,
): Promise<Fingerprint | undefined> {
  try {
    const { bytes, text } = await documentText(file, limits);
    const words =
      foldDiacritics(text.normalize("NFC"))
        .match(/[a-z0-9]+/g)
        ?.slice(0, MAX_WORDS) ?? [];
    const shingles = new Set<string>();
    for (let i = 0; i + 2 < words.length; i++)
      shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    return { bytes, shingles };
  } catch {
    return undefined;
  }
}

/** The same bytes, or enough of the same text (a text layer or a dump may differ in furniture and numbering). */
export function sameDocument(a: Fingerprint | undefined, b: Fingerprint | undefined): boolean {
  if (!a || !b) return false;
  if (a.bytes === b.bytes) return true;
  if (a.shingles.size < 20 || b.shingles.size < 20) return false;
  let common = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) common++;
  return common / Math.min(a.shingles.size, b.shingles.size) >= SAME_TEXT;
}
