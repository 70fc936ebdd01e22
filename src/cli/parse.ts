import { stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import {
  defaultJobs,
  groupByPlan,
  parsePlan,
  parsePlans,
  type InputFile,
  type PlanGroup,
  type PlanResult,
  type PlansOptions,
} from "../batch/index.js";
import { sameDocument } from "../batch/fingerprint.js";
import { confirmSameDocuments } from "../batch/group.js";
import { fingerprintAll } from "../batch/pool.js";
import { InputError } from "../diagnostics.js";
import { limitsFromFlags, type Limits } from "../limits.js";
import { refuseInputsAsOutputs, writeErrorReason } from "../write-atomic.js";
import type { PlanModel } from "../model/schema.js";
import { parsePlanFiles } from "../parse.js";
import type { OcrMode } from "../read/scan/ocr.js";
import { tableDebugSvgs } from "../report/debug-svg.js";
import type { Diagnostic } from "../diagnostics.js";
import { formatter, PLAN_FORMATS } from "../report/formats/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { messageLang, messages, type CliWords, type Lang } from "../messages/index.js";
import { defaultSchemaRef } from "./schema-ref.js";
import { expandInputs, isOutputFolder } from "./inputs.js";
import { writeFileAtomic, type Io } from "./io.js";
import { fileLine, shownName } from "./messages.js";
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
  maxBytes?: string;
  maxPages?: string;
  maxPixels?: string;
  maxOperators?: string;
  timeout?: string;
  ocr?: OcrMode;
  /** Language of messages (#16); else from the locale. */
  lang?: Lang;
}

/**
 * One plan (the usual case: a body and maybe its appendix) prints to stdout
 * or `-o FILE`; exit 2 when its input is unusable. Several plans (files,
 * folders, globs; bodies paired with appendices by name) go one file each to
 * `-o DIR`, on all cores; a bad file does not stop the others: it is reported
 * at the end and the exit code is 1 (2 when none could be parsed).
 */
export async function runParse(args: string[], opts: ParseOptions, io: Io): Promise<number> {
  const say = sayOf(opts, io);
  const files = (await expandInputs(args, io.cwd)).map((f) => ({
    path: resolve(io.cwd, f),
    name: f,
  }));
  if (!files.length) {
    io.stderr(`${say.noPlanDocument(args.map(shownName).join(" "))}\n`);
    return 2;
  }
  const limits = limitsFromFlags(opts);
  const named = opts.onePlan ? [{ key: "plan", files, skipped: [] }] : groupByPlan(files);
  const groups = opts.onePlan
    ? named
    : await confirmSameDocuments(named, await sameText(named, limits, opts));
  const toFolder =
    opts.output !== undefined && (await isOutputFolder(resolve(io.cwd, opts.output), opts.output));
  if (
    groups.length > 1 &&
    opts.output !== undefined &&
    !toFolder &&
    (await isFileName(resolve(io.cwd, opts.output), opts.output))
  ) {
    const folder = opts.output.replace(/\.(ya?ml|json)$/i, "");
    io.stderr(`${say.outputNotFolder(opts.output, groups.length, folder)}\n`);
    return 2;
  }
  if (!opts.quiet)
    for (const g of groups)
      for (const s of g.skipped)
        io.stderr(`${fileLine(s.file.name, say.skippedSame(shownName(s.sameAs.name)))}\n`);
  if (groups.length === 1 && !toFolder) return parseOne(groups[0].files, opts, io, limits);
  return parseMany(groups, opts, io, limits);
}

/** Whether two files hold the same document, by their text: the candidates (files named alike) are read in workers, once each. */
/** The command line's words in the language of --lang, else of the locale (#16). */
function sayOf(opts: ParseOptions, io: Io): CliWords {
  return messages(messageLang(opts.lang, io.env)).cli;
}

async function sameText(
  groups: PlanGroup[],
  limits: Limits,
  opts: ParseOptions,
): Promise<(a: InputFile, b: InputFile) => Promise<boolean>> {
  const files = [
    ...new Map(
      groups.flatMap((g) => g.skipped.flatMap((s) => [s.file, s.sameAs])).map((f) => [f.path, f]),
    ).values(),
  ];
  const prints = new Map(
    (await fingerprintAll(files, Number(opts.jobs) || defaultJobs(), limits)).map((p, i) => [
      files[i].path,
      p,
    ]),
  );
  return async (a, b) => sameDocument(prints.get(a.path), prints.get(b.path));
}

/** An output that names a file: an existing file, or a name ending in a model extension. */
async function isFileName(path: string, asGiven: string): Promise<boolean> {
  return (
    /\.(ya?ml|json)$/i.test(asGiven) ||
    (await stat(path).then(
      (s) => !s.isDirectory(),
      () => false,
    ))
  );
}

/** `outputFile` (absolute) for the modeline's relative path; undefined for stdout. */
function serialize(plan: PlanModel, opts: ParseOptions, cwd: string, outputFile?: string): string {
  const schemaRef = opts.schemaRef ?? defaultSchemaRef(outputFile, cwd);
  return formatter(PLAN_FORMATS, opts.format, "--format")(plan, { schemaRef });
}

/** The parse cache (results, and OCR per page image) when --cache is on; OCR progress on a terminal. */
function libraryOptions(
  opts: ParseOptions,
  io: Io,
  limits: Limits,
  progress?: Progress,
): PlansOptions {
  const cacheDir = opts.cache ? resolve(io.cwd, opts.cacheLocation) : undefined;
  return {
    limits,
    ...(cacheDir ? { cacheDir } : {}),
    ...(opts.jobs ? { threads: Number(opts.jobs) } : {}),
    ocr: {
      mode: opts.ocr ?? "auto",
      ...(cacheDir ? { cacheDir: join(cacheDir, "ocr") } : {}),
      ...(progress
        ? { onPage: (done: number, total: number) => progress.update(done, "OCR pages", total) }
        : {}),
    },
  };
}

/** One plan: an unusable input throws its InputError, which main() prints as `plan: FILE: reason`. */
async function parseOne(
  files: InputFile[],
  opts: ParseOptions,
  io: Io,
  limits: Limits,
): Promise<number> {
  const output = opts.output
    ? { path: resolve(io.cwd, opts.output), name: opts.output }
    : undefined;
  if (output) await refuseInputsAsOutputs([output], files);
  const pages = new Progress(io, 0, io.isTTY && !opts.quiet);
  const lib = libraryOptions(opts, io, limits, pages);
  let parsed: { plan: PlanModel; diagnostics: Diagnostic[] };
  try {
    if (opts.debugTables) {
      const { plan, diagnostics, tableDebug } = await parsePlanFiles(files, lib);
      const svgs = tableDebugSvgs(tableDebug);
      for (const { name, svg } of svgs)
        await writeFileAtomic(join(resolve(io.cwd, opts.debugTables), name), svg);
      if (!opts.quiet)
        io.stderr(`${sayOf(opts, io).wroteDebugPages(svgs.length, shownName(opts.debugTables))}\n`);
      parsed = { plan, diagnostics };
    } else parsed = await parsePlan(files, lib);
  } finally {
    pages.clear();
  }
  const text = serialize(parsed.plan, opts, io.cwd, output?.path);
  if (output) {
    try {
      await writeFileAtomic(output.path, text);
    } catch (e) {
      throw new InputError(output.name, writeErrorReason(e), "output-unwritable");
    }
  } else io.stdout(text);
  if (!opts.quiet) for (const d of parsed.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  return 0;
}

/**
 * Output file names, one per plan and never two alike: the plan's name, with
 * its folder when two folders hold plans of one name, and a number when
 * names still collide (`a/x.pdf` and `a-x.pdf` both make `a-x`), said on
 * stderr. Compared without case: macOS and Windows folders ignore it.
 */
export function outputNames(
  groups: PlanGroup[],
  ext: string,
  cwd: string,
  say: CliWords = messages("en").cli,
): { names: string[]; notes: string[] } {
  const base = groups.map((g) => basename(g.key));
  const wanted = groups.map((g, i) =>
    base.filter((b) => b === base[i]).length > 1
      ? `${relative(cwd, g.key)
          .split(sep)
          .join("-")
          .replace(/^[.-]+/, "")}`
      : base[i],
  );
  const taken = new Map<string, number>();
  const names: string[] = [];
  const notes: string[] = [];
  for (const [i, w] of wanted.entries()) {
    let name = `${w}.${ext}`;
    const first = taken.get(name.toLowerCase());
    if (first !== undefined) {
      for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${w}-${k}.${ext}`;
      notes.push(
        fileLine(
          groups[i].files[0].name,
          say.writtenAs(
            shownName(name),
            shownName(groups[first].files[0].name),
            shownName(`${w}.${ext}`),
          ),
        ),
      );
    }
    taken.set(name.toLowerCase(), i);
    names.push(name);
  }
  return { names, notes };
}

async function parseMany(
  groups: PlanGroup[],
  opts: ParseOptions,
  io: Io,
  limits: Limits,
): Promise<number> {
  const say = sayOf(opts, io);
  if (!opts.output) {
    const planNames = groups.map((g) => shownName(basename(g.key))).join(", ");
    io.stderr(`${say.foundPlans(groups.length, planNames)}\n`);
    return 2;
  }
  if (opts.debugTables) {
    io.stderr(`${say.debugTablesOnePlan}\n`);
    return 2;
  }
  const outDir = resolve(io.cwd, opts.output);
  const { names, notes } = outputNames(groups, opts.format, io.cwd, say);
  for (const n of notes) io.stderr(n + "\n");
  await refuseInputsAsOutputs(
    names.map((n) => ({ path: join(outDir, n), name: join(opts.output!, n) })),
    groups.flatMap((g) => [...g.files, ...g.skipped.map((s) => s.file)]),
  );
  const progress = new Progress(io, groups.length, io.isTTY && !opts.quiet);
  const failures: string[] = [];
  const summaries: (string | undefined)[] = groups.map(() => undefined);
  let done = 0;
  const finish = async (i: number, result: PlanResult) => {
    done++;
    progress.clear();
    if (result.ok) {
      const ocrPages = (result.plan.provenance?.files ?? []).reduce(
        (n, f) => n + (f.ocr?.pages.length ?? 0),
        0,
      );
      const warnings = result.diagnostics.filter((d) => d.severity === "warning").length;
      try {
        await writeFileAtomic(
          join(outDir, names[i]),
          serialize(result.plan, opts, io.cwd, join(outDir, names[i])),
        );
        summaries[i] = say.planSummary(names[i], result.plan.tasks.length, warnings, ocrPages);
        if (!opts.quiet) for (const d of result.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
      } catch (e) {
        failures.push(fileLine(join(opts.output!, names[i]), writeErrorReason(e)));
      }
    } else failures.push(fileLine(result.error.file, result.error.reason));
    progress.update(done, shownName(basename(groups[i].key)));
  };
  await parsePlans(
    groups.map((g) => g.files),
    libraryOptions(opts, io, limits),
    finish,
  );
  progress.clear();
  // Per plan, in the order given: what each output holds, to spot a plan that came out empty.
  if (!opts.quiet) for (const line of summaries) if (line) io.stderr(`plan: ${line}\n`);
  for (const f of failures) io.stderr(f + "\n");
  const parsed = groups.length - failures.length;
  if (!opts.quiet)
    io.stderr(
      `${say.parsedInto(parsed, groups.length, shownName(opts.output), failures.length)}\n`,
    );
  if (!failures.length) return 0;
  return parsed ? 1 : 2;
}
