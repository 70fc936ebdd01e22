/**
 * One plan for `plan diff`, from whatever the user names: the bundled
 * reference ("397"), a reviewed YAML/JSON model, or the plan's documents
 * (PDF, DOCX, text; body and appendix joined with "+").
 */
import { stat } from "node:fs/promises";
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
export async function specFiles(
  spec: string,
  cwd: string,
): Promise<{ path: string; name: string }[]> {
  if (BUNDLED_REFERENCES.includes(spec)) return [];
  return (await splitJoined(spec, cwd)).map((p) => ({ path: resolve(cwd, p), name: p }));
}

export async function loadPlan(
  spec: string,
  cwd: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<LoadedPlan> {
  if (BUNDLED_REFERENCES.includes(spec))
    return { name: "397/NQ-CP", plan: bundledReference(), diagnostics: [] };
  const parts = await splitJoined(spec, cwd);
  if (parts.length === 1 && MODEL_EXTENSIONS.test(parts[0]))
    return loadModel(parts[0], cwd, limits);
  // Documents are parsed in a worker, bounded in time and memory like `plan parse`.
  const result = await parseIsolated(await specFiles(spec, cwd), { limits });
  if (!result.ok) throw result.error;
  return { name: spec, plan: result.plan, diagnostics: result.diagnostics };
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * "body.pdf+appendix.pdf" is two files only when both exist and the whole is
 * not itself a file: `a+b.yaml` stays one name.
 */
async function splitJoined(spec: string, cwd: string): Promise<string[]> {
  const parts = spec.split("+").filter(Boolean);
  if (parts.length < 2 || (await exists(resolve(cwd, spec)))) return [spec];
  const found = await Promise.all(parts.map((p) => exists(resolve(cwd, p))));
  return found.every(Boolean) ? parts : [spec];
}

async function loadModel(file: string, cwd: string, limits: Limits): Promise<LoadedPlan> {
  const text = (await readBounded(resolve(cwd, file), file, limits.maxModelBytes)).toString("utf8");
  if (!text.trim()) throw new InputError(file, "the file is empty");
  // Parsed and checked once: the plan comes from the same pass as the diagnostics.
  const checked = checkPlanText(file, text);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) {
    // A syntax error first: what the model misses may only be its consequence.
    const first = errors.find((d) => d.ruleId.startsWith("yaml-")) ?? errors[0];
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more; run plan validate ${basename(file)})`
        : "";
    throw new InputError(
      file,
      `not a valid plan model: ${first.line}:${first.column}: ${first.message}${more}`,
      "invalid-model",
    );
  }
  return { name: file, plan: checked.plan!, diagnostics: [] };
}
