/**
 * The library: what users' scripts import (`import { parse, validate, diff }
 * from "plan"`). Takes file paths, YAML text or plan models; returns plan
 * models, diagnostics and findings as data, and throws InputError (with the
 * file and the reason) for an input it cannot use. The CLI is a client of the
 * same functions.
 */
import { resolve } from "node:path";
import type { Diagnostic } from "./diagnostics.js";
import { diffPlans } from "./diff/index.js";
import type { DiffResult } from "./diff/types.js";
import type { PlanModel } from "./model/schema.js";
import { bundledReference } from "./reference/index.js";
import { checkPlanText } from "./validate/index.js";

export { InputError, type Diagnostic, type Severity } from "./diagnostics.js";
export type { DiffResult, Finding, FindingKind } from "./diff/types.js";
export { Plan, planJsonSchema, type PlanModel, type TaskModel } from "./model/schema.js";
export {
  COVERAGE_FORMATS,
  DIAGNOSTIC_FORMATS,
  DIFF_FORMATS,
  PLAN_FORMATS,
  TASK_FORMATS,
  type FormatOptions,
} from "./report/formats/index.js";
export { VERSION } from "./version.js";

export interface ParseOptions {
  /** Relative paths are taken from here (default: the process's working directory). */
  cwd?: string;
  /** Keep results (and OCR pages) in this folder; unchanged files are then read from it. */
  cacheDir?: string;
  /** Called as each scanned page is read by OCR. */
  onOcrPage?: (done: number, total: number) => void;
}

export interface Parsed {
  plan: PlanModel;
  /** Warnings and notes, each with its file and page or line; errors are thrown as InputError. */
  diagnostics: Diagnostic[];
}

/**
 * One plan from its files (PDF, DOCX or text; a body and its appendix may be
 * separate files, body first). Throws InputError for an unusable input.
 */
export async function parse(files: string | string[], options: ParseOptions = {}): Promise<Parsed> {
  const cwd = options.cwd ?? process.cwd();
  const inputs = (Array.isArray(files) ? files : [files]).map((name) => ({
    path: resolve(cwd, name),
    name,
  }));
  const cacheDir = options.cacheDir ? resolve(cwd, options.cacheDir) : undefined;
  // Loaded here, not at the top: a script that only validates or diffs models never loads the readers (#17).
  const { parsePlan } = await import("./batch/index.js");
  return parsePlan(inputs, {
    ...(cacheDir ? { cacheDir } : {}),
    ocr: {
      ...(cacheDir ? { cacheDir: resolve(cacheDir, "ocr") } : {}),
      ...(options.onOcrPage ? { onPage: options.onOcrPage } : {}),
    },
  });
}

export interface Validated {
  /** No error-severity diagnostic. */
  valid: boolean;
  /** Syntax, schema and domain-rule problems at 1-based line and column. */
  diagnostics: Diagnostic[];
  /** The plan, when the text satisfies the schema. */
  plan?: PlanModel;
}

/**
 * Check a plan model written as YAML (or JSON): syntax, schema and domain
 * rules. `file` names it in diagnostics.
 */
export function validate(text: string, file = "<input>"): Validated {
  const { diagnostics, plan } = checkPlanText(file, text);
  return {
    valid: !diagnostics.some((d) => d.severity === "error"),
    diagnostics,
    ...(plan ? { plan } : {}),
  };
}

/** A plan and how reports name it. */
export interface NamedPlan {
  name: string;
  plan: PlanModel;
}

/**
 * Compare a plan with a reference: the bundled Resolution 397 ("397"), or
 * another plan. A bare model is named by its document number or title.
 */
export function diff(
  reference: "397" | PlanModel | NamedPlan,
  plan: PlanModel | NamedPlan,
): DiffResult {
  return diffPlans(named(reference), named(plan));
}

function named(p: "397" | PlanModel | NamedPlan): NamedPlan {
  if (p === "397") return { name: "397/NQ-CP", plan: bundledReference() };
  if ("plan" in p && "name" in p) return p;
  return { name: p.document.number ?? p.document.title ?? "plan", plan: p };
}
