/**
 * The library's parse entry point: files → plan model and diagnostics.
 * read → (normalize) → structure + tables → model.
 */
import { buildPlan, type BuildResult } from "./assemble/index.js";
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
}

export async function parsePlanFiles(files: InputFile[], opts: ParseOptions = {}): Promise<BuildResult> {
  const sources = [];
  // Sequential: pdf.js is single-threaded here, and order matters for body/appendix merging.
  for (const f of files) sources.push(await readSource(f.path, { name: f.name, ocr: opts.ocr }));
  return buildPlan(sources);
}
