/**
 * The library's parse entry point: files → plan model and diagnostics.
 * read → (normalize) → structure + tables → model.
 */
import { buildPlan, type BuildResult } from "./model/build.js";
import { readSource } from "./read/index.js";

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** How to name it in diagnostics (the path as the user gave it). */
  name: string;
}

export async function parsePlanFiles(files: InputFile[]): Promise<BuildResult> {
  const sources = [];
  // Sequential: pdf.js is single-threaded here, and order matters for body/appendix merging.
  for (const f of files) sources.push(await readSource(f.path, { name: f.name }));
  return buildPlan(sources);
}
