import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { coverage } from "../diff/coverage.js";
import { FINDING_KINDS, type DiffResult, type FindingKind } from "../diff/index.js";
import { diff } from "../index.js";
import { InputError } from "../diagnostics.js";
import { limitsFromFlags } from "../limits.js";
import { loadPlan, specFiles, type LoadedPlan } from "../load-plan.js";
import { refuseInputsAsOutputs, writeErrorReason } from "../write-atomic.js";
import { foldDiacritics } from "../lexicon/text.js";
import { planLabel, relinkFiles } from "../report/diff-summary.js";
import { escapeTerminalLine } from "../report/escape.js";
import {
  COVERAGE_FORMATS,
  DIFF_FORMATS,
  formatter,
  type FormatOptions,
} from "../report/formats/index.js";
import { messageLang, messages, REPORT_LANG_DEFAULT, type Lang } from "../messages/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { useColor } from "./color.js";
import { isOutputFolder } from "./inputs.js";
import { expandGlobs, isPattern } from "./glob.js";
import { outputWidth, today, writeFileAtomic, type Io } from "./io.js";

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
  lang?: Lang;
  tables?: boolean;
  /** --color / --no-color; undefined: the environment and the terminal decide. */
  color?: boolean;
}

class UsageError extends Error {}

/** "any" (every kind), "none", or a comma list of finding kinds. */
function failingKinds(spec: string, lang: Lang): Set<FindingKind> {
  const kinds = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // An empty value is a CI variable that was not set: refusing it keeps the gate from opening silently.
  if (!kinds.length) throw new UsageError(messages(lang).cli.failOnEmpty(FINDING_KINDS.join(", ")));
  if (kinds.length === 1 && kinds[0] === "any") return new Set(FINDING_KINDS);
  if (kinds.length === 1 && kinds[0] === "none") return new Set();
  const unknown = kinds.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (unknown.length)
    throw new UsageError(
      messages(lang).cli.unknownKind(unknown.join(", "), FINDING_KINDS.join(", ")),
    );
  return new Set(kinds as FindingKind[]);
}

/** A file name for each plan's report from its label: ASCII, unique. */
function reportFiles(results: DiffResult[]): string[] {
  const seen = new Set<string>();
  return results.map((r) => {
    const base =
      foldDiacritics(planLabel(r.plan))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "plan";
    let name = base;
    for (let i = 2; seen.has(name); i++) name = `${base}-${i}`;
    seen.add(name);
    return `${name}.html`;
  });
}

/**
 * Where a source file a model names (by its name only) is: beside a YAML
 * model, or the document given on the command line with that name.
 */
function sourcePath(spec: string, file: string, cwd: string): string {
  const parts = spec.split("+").filter(Boolean);
  if (parts.length === 1 && /\.(ya?ml|json)$/i.test(parts[0]))
    return resolve(cwd, dirname(parts[0]), file);
  const given = parts.find((p) => basename(p) === file);
  return resolve(cwd, given ?? file);
}

/**
 * `plan diff PLAN` (against 397), `plan diff A B` (B against A), or
 * `plan diff --against REF PLANS...` (a coverage matrix when there are several).
 * Exit 0 when no finding of the --fail-on kinds, 1 when any, 2 on bad input.
 */
export async function runDiff(args: string[], opts: DiffOptions, io: Io): Promise<number> {
  const say = messages(messageLang(opts.lang, io.env)).cli;
  const lang = opts.lang ?? REPORT_LANG_DEFAULT;
  let fail: Set<FindingKind>;
  try {
    fail = failingKinds(opts.failOn, messageLang(opts.lang, io.env));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 2;
  }
  let referenceSpec = opts.against;
  let planSpecs = args;
  if (!referenceSpec) {
    if (args.length > 2) {
      io.stderr(`${say.nameReference}\n`);
      return 2;
    }
    [referenceSpec, planSpecs] = args.length === 2 ? [args[0], [args[1]]] : ["397", args];
  }
  // Globs expand to files; "body.pdf+appendix.pdf" names one plan in two files.
  planSpecs = (
    await Promise.all(
      planSpecs.map(async (s) => ((await isPattern(s, io.cwd)) ? expandGlobs([s], io.cwd) : [s])),
    )
  ).flat();
  if (!planSpecs.length) {
    io.stderr(`${say.noMatch(escapeTerminalLine(args.join(" ")))}\n`);
    return 2;
  }
  const limits = limitsFromFlags(opts);
  const output = opts.output
    ? { path: resolve(io.cwd, opts.output), name: opts.output }
    : undefined;
  if (output)
    await refuseInputsAsOutputs(
      [output],
      (await Promise.all([referenceSpec, ...planSpecs].map((s) => specFiles(s, io.cwd)))).flat(),
    );
  const reference = await loadPlan(referenceSpec, io.cwd, limits);
  const plans: LoadedPlan[] = [];
  for (const spec of planSpecs) plans.push(await loadPlan(spec, io.cwd, limits));
  if (!opts.quiet)
    for (const p of [reference, ...plans])
      for (const d of p.diagnostics) io.stderr(formatDiagnostic(d) + "\n");

  let results: DiffResult[] = plans.map((p) => diff(reference, p));
  const exit = results.some((r) => r.findings.some((f) => fail.has(f.kind))) ? 1 : 0;
  // A file gets no colour codes; stdout gets them by the flags, the environment and the terminal.
  const color = !opts.output && useColor(io, opts.color, Boolean(io.stdoutIsTTY));
  const tables = Boolean(opts.tables);
  if (opts.format === "html" && opts.output) {
    // Links to the source PDFs, relative to the report rather than to the working folder.
    const outDir = (await isOutputFolder(resolve(io.cwd, opts.output), opts.output))
      ? resolve(io.cwd, opts.output)
      : dirname(resolve(io.cwd, opts.output));
    const linker = (spec: string) => (file: string) => {
      if (isAbsolute(file) || !/\.pdf$/i.test(file)) return file;
      return relative(outDir, sourcePath(spec, file, io.cwd))
        .split("\\")
        .join("/");
    };
    results = results.map((r, i) => relinkFiles(r, linker(referenceSpec!), linker(planSpecs[i])));
  }
  const options: FormatOptions = { color, width: outputWidth(io), lang, today: today(io), tables };
  const diffFormat = formatter(DIFF_FORMATS, opts.format, "--format");
  const coverageFormat = formatter(COVERAGE_FORMATS, opts.format, "--format");

  if (
    opts.output &&
    opts.format === "html" &&
    (await isOutputFolder(resolve(io.cwd, opts.output), opts.output))
  ) {
    // -o DIR/: index.html (the coverage matrix, or the one report) and one report per plan.
    const files = reportFiles(results);
    const dir = resolve(io.cwd, opts.output);
    for (const [i, r] of results.entries())
      await writeFileAtomic(join(dir, files[i]), diffFormat(r, options));
    const index =
      results.length === 1
        ? diffFormat(results[0], options)
        : coverageFormat(coverage(results), results, { ...options, detailFiles: files });
    await writeFileAtomic(join(dir, "index.html"), index);
    if (!opts.quiet)
      io.stderr(`${say.wroteReports(results.length + 1, escapeTerminalLine(opts.output))}\n`);
    return exit;
  }

  // One plan: its comparison; several: the coverage matrix of the reference.
  const text =
    results.length === 1
      ? diffFormat(results[0], options)
      : coverageFormat(coverage(results), results, options);
  if (output) {
    try {
      await writeFileAtomic(output.path, text);
    } catch (e) {
      throw new InputError(output.name, writeErrorReason(e), "output-unwritable");
    }
    if (!opts.quiet) io.stderr(`${say.wrote(escapeTerminalLine(opts.output!))}\n`);
  } else io.stdout(text);
  return exit;
}
