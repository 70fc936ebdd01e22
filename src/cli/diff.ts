import { resolve } from "node:path";
import { coverage } from "../diff/coverage.js";
import { FINDING_KINDS, type DiffResult, type FindingKind } from "../diff/index.js";
import { diff } from "../index.js";
import { loadPlan, type LoadedPlan } from "../load-plan.js";
import { COVERAGE_FORMATS, DIFF_FORMATS, formatter } from "../report/formats/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { expandGlobs } from "./glob.js";
import { writeFileAtomic, type Io } from "./io.js";

export interface DiffOptions {
  against?: string;
  format: string;
  output?: string;
  failOn: string;
  quiet?: boolean;
}

class UsageError extends Error {}

/** "any" (every kind), "none", or a comma list of finding kinds. */
function failingKinds(spec: string): Set<FindingKind> {
  if (spec === "any") return new Set(FINDING_KINDS);
  if (spec === "none") return new Set();
  const kinds = spec.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`--fail-on: unknown finding kind ${unknown.join(", ")} (kinds: ${FINDING_KINDS.join(", ")}, or any, none)`);
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
  planSpecs = (await Promise.all(planSpecs.map((s) => (/[*?]/.test(s) ? expandGlobs([s], io.cwd) : [s])))).flat();
  if (!planSpecs.length) {
    io.stderr(`plan: no file matches ${args.join(" ")}\n`);
    return 2;
  }
  const reference = await loadPlan(referenceSpec, io.cwd);
  const plans: LoadedPlan[] = [];
  for (const spec of planSpecs) plans.push(await loadPlan(spec, io.cwd));
  if (!opts.quiet) for (const p of [reference, ...plans]) for (const d of p.diagnostics) io.stderr(formatDiagnostic(d) + "\n");

  const results: DiffResult[] = plans.map((p) => diff(reference, p));
  const color = Boolean(io.stdoutIsTTY) && !opts.output && io.env.NO_COLOR === undefined;
  const width = Number(io.env.COLUMNS) || 120;
  const options = { color, width };
  // One plan: its comparison; several: the coverage matrix of the reference.
  const text =
    results.length === 1
      ? formatter(DIFF_FORMATS, opts.format, "--format")(results[0], options)
      : formatter(COVERAGE_FORMATS, opts.format, "--format")(coverage(results), results, options);
  if (opts.output) {
    await writeFileAtomic(resolve(io.cwd, opts.output), text);
    if (!opts.quiet) io.stderr(`plan: wrote ${opts.output}\n`);
  } else io.stdout(text);
  return results.some((r) => r.findings.some((f) => fail.has(f.kind))) ? 1 : 0;
}
