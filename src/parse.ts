/**
 * The library's parse entry point: files → plan model and diagnostics.
 * read → (normalize) → structure + tables → model.
 */
import { buildPlan, type BuildResult } from "./assemble/index.js";
import type { Limits } from "./limits.js";
import { readSource, type ReadOptions } from "./normalize/index.js";

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** How to name it in diagnostics (the path as the user gave it). */
  name: string;
}

export interface ParseOptions {
  /** OCR of scanned pages: a cache folder and a per-page progress callback. */
  ocr?: ReadOptions["ocr"];
  /** Budgets per file (bytes, pages, pixels, operators); the defaults when absent. */
  limits?: Partial<Limits>;
  /** Called as each file starts being read, so that a time limit can name it. */
  onFile?: (name: string) => void;
  /** Called as pdf.js starts each page of a PDF, null when done (a watcher stops a page that never ends). */
  onPdfPage?: (page: number | null) => void;
  /** Threads to read one long PDF's pages with (default: the number of cores; 1 when plans already run side by side). */
  pageThreads?: number;
  /** Read a PDF's pages side by side from this many pages on (default: see read/pdf/parallel.ts). */
  parallelFromPages?: number;
}

export async function parsePlanFiles(
  files: InputFile[],
  opts: ParseOptions = {},
): Promise<BuildResult> {
  const sources = [];
  // Files one after another: order matters for body/appendix merging.
  // A long PDF's pages may still be read side by side (read/pdf/parallel.ts).
  for (const f of files) {
    opts.onFile?.(f.name);
    sources.push(await readSource(f.path, { ...opts, name: f.name }));
  }
  return buildPlan(sources);
}
