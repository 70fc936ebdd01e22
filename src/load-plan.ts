/**
 * One plan for `plan diff`, from whatever the user names: the bundled
 * reference ("397"), a reviewed YAML/JSON model, or the plan's documents
 * (PDF, DOCX, text; body and appendix joined with "+").
 */
import { basename, resolve } from "node:path";
import { parseIsolated } from "./batch/pool.js";
import { InputError, type Diagnostic } from "./diagnostics.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import type { PlanModel } from "./model/schema.js";
import { readBounded } from "./read/file.js";
import { BUNDLED_REFERENCES, bundledReference } from "./reference/index.js";
import { checkPlanText } from "./validate/index.js";

export interface LoadedPlan {
  /** How to name it in reports: the argument as given, or "397/NQ-CP". */
  name: string;
  plan: PlanModel;
  diagnostics: Diagnostic[];
}

const MODEL_EXTENSIONS = /\.(ya?ml|json)$/i;

/** The files a spec names ("body.pdf+appendix.pdf"), none for the bundled reference. */
export function specFiles(spec: string, cwd: string): { path: string; name: string }[] {
  if (BUNDLED_REFERENCES.includes(spec)) return [];
  return spec.split("+").filter(Boolean).map((p) => ({ path: resolve(cwd, p), name: p }));
}

export async function loadPlan(spec: string, cwd: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadedPlan> {
  if (BUNDLED_REFERENCES.includes(spec)) return { name: "397/NQ-CP", plan: bundledReference(), diagnostics: [] };
  const parts = spec.split("+").filter(Boolean);
  if (parts.length === 1 && MODEL_EXTENSIONS.test(parts[0])) return loadModel(parts[0], cwd, limits);
  // Documents are parsed in a worker, bounded in time and memory like `plan parse`.
  const result = await parseIsolated(specFiles(spec, cwd), { limits });
  if (!result.ok) throw result.error;
  return { name: spec, plan: result.plan, diagnostics: result.diagnostics };
}

async function loadModel(file: string, cwd: string, limits: Limits): Promise<LoadedPlan> {
  const text = (await readBounded(resolve(cwd, file), file, limits.maxModelBytes)).toString("utf8");
  if (!text.trim()) throw new InputError(file, "the file is empty");
  // Parsed and checked once: the plan comes from the same pass as the diagnostics.
  const checked = checkPlanText(file, text);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run plan validate ${basename(file)})` : "";
    throw new InputError(file, `not a valid plan model: ${first.line}:${first.column}: ${first.message}${more}`, "invalid-model");
  }
  return { name: file, plan: checked.plan!, diagnostics: [] };
}
