import { stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { groupByPlan, parsePlan, parsePlans, type InputFile, type PlanGroup, type PlanResult, type PlansOptions } from "../batch/index.js";
import type { PlanModel } from "../model/schema.js";
import { parsePlanFiles } from "../parse.js";
import type { OcrMode } from "../read/scan/ocr.js";
import { tableDebugSvgs } from "../report/debug-svg.js";
import type { Diagnostic } from "../diagnostics.js";
import { formatter, PLAN_FORMATS } from "../report/formats/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { MESSAGES } from "./messages.js";
import { defaultSchemaRef } from "./schema-ref.js";
import { expandInputs } from "./inputs.js";
import { writeFileAtomic, type Io } from "./io.js";
import { Progress } from "./progress.js";

export interface ParseOptions {
  /** A name in PLAN_FORMATS; also the output files' extension. */
  format: string;
  output?: string;
  debugTables?: string;
  schemaRef?: string;
  quiet?: boolean;
  onePlan?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation: string;
  ocr?: OcrMode;
}

/**
 * One plan (the usual case: a body and maybe its appendix) prints to stdout
 * or `-o FILE`; exit 2 when its input is unusable. Several plans (files,
 * folders, globs; bodies paired with appendices by name) go one file each to
 * `-o DIR`, on all cores; a bad file does not stop the others: it is reported
 * at the end and the exit code is 1 (2 when none could be parsed).
 */
export async function runParse(args: string[], opts: ParseOptions, io: Io): Promise<number> {
  const files = (await expandInputs(args, io.cwd)).map((f) => ({ path: resolve(io.cwd, f), name: f }));
  if (!files.length) {
    io.stderr(`plan: no plan document (PDF, DOCX, text) in ${args.join(" ")}\n`);
    return 2;
  }
  const groups = opts.onePlan ? [{ key: "plan", files, skipped: [] }] : groupByPlan(files);
  const toFolder = opts.output !== undefined && (await isDirectory(resolve(io.cwd, opts.output), opts.output));
  if (groups.length > 1 && opts.output !== undefined && !toFolder && (await isFileName(resolve(io.cwd, opts.output), opts.output))) {
    io.stderr(`plan: ${MESSAGES.outputNotFolder(opts.output, groups.length)}\n`);
    return 2;
  }
  if (!opts.quiet)
    for (const g of groups) for (const s of g.skipped) io.stderr(`plan: ${s.file.name}: skipped, the same document as ${s.sameAs.name} in another format\n`);
  if (groups.length === 1 && !toFolder) return parseOne(groups[0].files, opts, io);
  return parseMany(groups, opts, io);
}

async function isDirectory(path: string, asGiven: string): Promise<boolean> {
  return asGiven.endsWith("/") || (await stat(path).then((s) => s.isDirectory(), () => false));
}

/** An output that names a file: an existing file, or a name ending in a model extension. */
async function isFileName(path: string, asGiven: string): Promise<boolean> {
  return /\.(ya?ml|json)$/i.test(asGiven) || (await stat(path).then((s) => !s.isDirectory(), () => false));
}

/** `outputFile` (absolute) for the modeline's relative path; undefined for stdout. */
function serialize(plan: PlanModel, opts: ParseOptions, cwd: string, outputFile?: string): string {
  const schemaRef = opts.schemaRef ?? defaultSchemaRef(outputFile, cwd);
  return formatter(PLAN_FORMATS, opts.format, "--format")(plan, { schemaRef });
}

/** The parse cache (results, and OCR per page image) when --cache is on; OCR progress on a terminal. */
function libraryOptions(opts: ParseOptions, io: Io, progress?: Progress): PlansOptions {
  const cacheDir = opts.cache ? resolve(io.cwd, opts.cacheLocation) : undefined;
  return {
    ...(cacheDir ? { cacheDir } : {}),
    ...(opts.jobs ? { threads: Number(opts.jobs) } : {}),
    ocr: {
      mode: opts.ocr ?? "auto",
      ...(cacheDir ? { cacheDir: join(cacheDir, "ocr") } : {}),
      ...(progress ? { onPage: (done: number, total: number) => progress.update(done, "OCR pages", total) } : {}),
    },
  };
}

/** One plan: an unusable input throws its InputError, which main() prints as `plan: FILE: reason`. */
async function parseOne(files: InputFile[], opts: ParseOptions, io: Io): Promise<number> {
  const pages = new Progress(io, 0, io.isTTY && !opts.quiet);
  const lib = libraryOptions(opts, io, pages);
  let parsed: { plan: PlanModel; diagnostics: Diagnostic[] };
  try {
    if (opts.debugTables) {
      const { plan, diagnostics, tableDebug } = await parsePlanFiles(files, lib);
      const svgs = tableDebugSvgs(tableDebug);
      for (const { name, svg } of svgs) await writeFileAtomic(join(resolve(io.cwd, opts.debugTables), name), svg);
      if (!opts.quiet) io.stderr(`plan: wrote ${svgs.length} table debug page(s) to ${opts.debugTables}\n`);
      parsed = { plan, diagnostics };
    } else parsed = await parsePlan(files, lib);
  } finally {
    pages.clear();
  }
  const text = serialize(parsed.plan, opts, io.cwd, opts.output && resolve(io.cwd, opts.output));
  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
  else io.stdout(text);
  if (!opts.quiet) for (const d of parsed.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  return 0;
}

/** Output file names: the plan's name, made unique with its folder when two folders hold plans of one name. */
function outputNames(groups: PlanGroup[], ext: string, cwd: string): string[] {
  const base = groups.map((g) => basename(g.key));
  return groups.map((g, i) =>
    base.filter((b) => b === base[i]).length > 1 ? `${relative(cwd, g.key).split(sep).join("-").replace(/^[.-]+/, "")}.${ext}` : `${base[i]}.${ext}`,
  );
}

async function parseMany(groups: PlanGroup[], opts: ParseOptions, io: Io): Promise<number> {
  if (!opts.output) {
    io.stderr(`plan: found ${groups.length} plans (${groups.map((g) => basename(g.key)).join(", ")}); write them with -o DIR, one file each (or pass --one-plan if these files are one plan)\n`);
    return 2;
  }
  if (opts.debugTables) {
    io.stderr("plan: --debug-tables works on one plan at a time\n");
    return 2;
  }
  const outDir = resolve(io.cwd, opts.output);
  const names = outputNames(groups, opts.format, io.cwd);
  const progress = new Progress(io, groups.length, io.isTTY && !opts.quiet);
  const failures: string[] = [];
  const summaries: (string | undefined)[] = groups.map(() => undefined);
  let done = 0;
  const finish = async (i: number, result: PlanResult) => {
    done++;
    progress.clear();
    if (result.ok) {
      const ocrPages = (result.plan.provenance?.files ?? []).reduce((n, f) => n + (f.ocr?.pages.length ?? 0), 0);
      const warnings = result.diagnostics.filter((d) => d.severity === "warning").length;
      summaries[i] = MESSAGES.planSummary(names[i], result.plan.tasks.length, warnings, ocrPages);
      await writeFileAtomic(join(outDir, names[i]), serialize(result.plan, opts, io.cwd, join(outDir, names[i])));
      if (!opts.quiet) for (const d of result.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
    } else failures.push(`plan: ${result.error.file}: ${result.error.reason}`);
    progress.update(done, basename(groups[i].key));
  };
  await parsePlans(
    groups.map((g) => g.files),
    libraryOptions(opts, io),
    finish,
  );
  progress.clear();
  // Per plan, in the order given: what each output holds, to spot a plan that came out empty.
  if (!opts.quiet) for (const line of summaries) if (line) io.stderr(`plan: ${line}\n`);
  for (const f of failures) io.stderr(f + "\n");
  const parsed = groups.length - failures.length;
  if (!opts.quiet) io.stderr(`plan: parsed ${parsed} of ${groups.length} plan(s) into ${opts.output}${failures.length ? `; ${failures.length} failed (listed above)` : ""}\n`);
  if (!failures.length) return 0;
  return parsed ? 1 : 2;
}
