import { resolve } from "node:path";
import { coverage } from "../diff/coverage.js";
import { FINDING_KINDS, type DiffResult, type FindingKind } from "../diff/index.js";
import { diff } from "../index.js";
import { InputError } from "../diagnostics.js";
import { limitsFromFlags } from "../limits.js";
import { loadPlan, specFiles, type LoadedPlan } from "../load-plan.js";
import { refuseInputsAsOutputs, writeErrorReason } from "../write-atomic.js";
import { COVERAGE_FORMATS, DIFF_FORMATS, formatter } from "../report/formats/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { useColor } from "./color.js";
import { expandGlobs, isPattern } from "./glob.js";
import { MESSAGES } from "./messages.js";
import { writeFileAtomic, type Io } from "./io.js";
import { shownName } from "./messages.js";

export interface DiffOptions {
  against?: string;
  format: string;
  output?: string;
  failOn: string;
  quiet?: boolean;
  maxBytes?: string;
  maxPages?: string;
  maxPixels?: string;
  maxOperators?: string;
  timeout?: string;
  /** --color / --no-color; undefined: the environment and the terminal decide. */
  color?: boolean;
}

class UsageError extends Error {}

/** "any" (every kind), "none", or a comma list of finding kinds. */
function failingKinds(spec: string): Set<FindingKind> {
  const kinds = spec.split(",").map((s) => s.trim()).filter(Boolean);
  // An empty value is a CI variable that was not set: refusing it keeps the gate from opening silently.
  if (!kinds.length) throw new UsageError(MESSAGES.failOnEmpty(FINDING_KINDS));
  if (kinds.length === 1 && kinds[0] === "any") return new Set(FINDING_KINDS);
  if (kinds.length === 1 && kinds[0] === "none") return new Set();
  const unknown = kinds.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(MESSAGES.failOnUnknown(unknown, FINDING_KINDS));
  return new Set(kinds as FindingKind[]);
}

/**
 * `plan diff PLAN` (against 397), `plan diff A B` (B against A), or
 * `plan diff --against REF PLANS...` (a coverage matrix when there are several).
 * Exit 0 when no finding of the --fail-on kinds, 1 when any, 2 on bad input.
 */
export async function runDiff(args: string[], opts: DiffOptions, io: Io): Promise<number> {
  let fail: Set<FindingKind>;
  try {
    fail = failingKinds(opts.failOn);
  } catch (e) {
    io.stderr(`plan: ${(e as Error).message}\n`);
    return 2;
  }
  let referenceSpec = opts.against;
  let planSpecs = args;
  if (!referenceSpec) {
    if (args.length > 2) {
      io.stderr("plan: to compare more than two plans, name the reference: --against 397 (or --against FILE)\n");
      return 2;
    }
    [referenceSpec, planSpecs] = args.length === 2 ? [args[0], [args[1]]] : ["397", args];
  }
  // Globs expand to files; "body.pdf+appendix.pdf" names one plan in two files.
  planSpecs = (await Promise.all(planSpecs.map(async (s) => ((await isPattern(s, io.cwd)) ? expandGlobs([s], io.cwd) : [s])))).flat();
  if (!planSpecs.length) {
    io.stderr(`plan: no file matches ${args.map(shownName).join(" ")}\n`);
    return 2;
  }
  const limits = limitsFromFlags(opts);
  const output = opts.output ? { path: resolve(io.cwd, opts.output), name: opts.output } : undefined;
  if (output) await refuseInputsAsOutputs([output], (await Promise.all([referenceSpec, ...planSpecs].map((s) => specFiles(s, io.cwd)))).flat());
  const reference = await loadPlan(referenceSpec, io.cwd, limits);
  const plans: LoadedPlan[] = [];
  for (const spec of planSpecs) plans.push(await loadPlan(spec, io.cwd, limits));
  if (!opts.quiet) for (const p of [reference, ...plans]) for (const d of p.diagnostics) io.stderr(formatDiagnostic(d) + "\n");

  const results: DiffResult[] = plans.map((p) => diff(reference, p));
  // A file gets no colour codes; stdout gets them by the flags, the environment and the terminal.
  const color = !opts.output && useColor(io, opts.color, Boolean(io.stdoutIsTTY));
  const width = Number(io.env.COLUMNS) || 120;
  const options = { color, width };
  // One plan: its comparison; several: the coverage matrix of the reference.
  const text =
    results.length === 1
      ? formatter(DIFF_FORMATS, opts.format, "--format")(results[0], options)
      : formatter(COVERAGE_FORMATS, opts.format, "--format")(coverage(results), results, options);
  if (output) {
    try {
      await writeFileAtomic(output.path, text);
    } catch (e) {
      throw new InputError(output.name, writeErrorReason(e), "output-unwritable");
    }
    if (!opts.quiet) io.stderr(`plan: wrote ${shownName(output.name)}\n`);
  } else io.stdout(text);
  return results.some((r) => r.findings.some((f) => fail.has(f.kind))) ? 1 : 0;
}
