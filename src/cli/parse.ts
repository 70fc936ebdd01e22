import { stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { ParseCache, type CachedParse } from "../batch/cache.js";
import { sameDocument } from "../batch/fingerprint.js";
import { confirmSameDocuments, groupByPlan, type InputFile, type PlanGroup } from "../batch/group.js";
import { defaultJobs, fingerprintAll, parseAll, parseIsolated, type ParseOutcome, type PoolOptions } from "../batch/pool.js";
import { InputError } from "../diagnostics.js";
import { limitsFromFlags, type Limits } from "../limits.js";
import { parsePlanFiles } from "../parse.js";
import { tableDebugSvgs } from "../report/debug-svg.js";
import { toJson, toYaml } from "../report/serialize.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { expandInputs } from "./inputs.js";
import { writeFileAtomic, type Io } from "./io.js";
import { fileLine, shownName } from "./messages.js";
import { Progress } from "./progress.js";
import { refuseInputsAsOutputs, writeErrorReason } from "../write-atomic.js";

export interface ParseOptions {
  format: "yaml" | "json";
  output?: string;
  debugTables?: string;
  schemaRef?: string;
  quiet?: boolean;
  onePlan?: boolean;
  jobs?: string;
  cache?: boolean;
  cacheLocation: string;
  maxBytes?: string;
  maxPages?: string;
  maxPixels?: string;
  maxOperators?: string;
  timeout?: string;
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
    io.stderr(`plan: no plan document (PDF, DOCX, text) in ${args.map(shownName).join(" ")}\n`);
    return 2;
  }
  const limits = limitsFromFlags(opts);
  const named = opts.onePlan ? [{ key: "plan", files, skipped: [] }] : groupByPlan(files);
  const groups = opts.onePlan ? named : await confirmSameDocuments(named, await sameText(named, limits, opts));
  const cache = opts.cache ? new ParseCache(resolve(io.cwd, opts.cacheLocation)) : undefined;
  if (!opts.quiet)
    for (const g of groups) for (const s of g.skipped) io.stderr(`${fileLine(s.file.name, `skipped, the same document as ${shownName(s.sameAs.name)} in another format`)}\n`);
  if (groups.length === 1 && !(opts.output && (await isDirectory(resolve(io.cwd, opts.output), opts.output)))) return parseOne(groups[0].files, opts, io, cache, limits);
  return parseMany(groups, opts, io, cache, limits);
}

/** Whether two files hold the same document, by their text: the candidates (files named alike) are read in workers, once each. */
async function sameText(groups: PlanGroup[], limits: Limits, opts: ParseOptions): Promise<(a: InputFile, b: InputFile) => Promise<boolean>> {
  const files = [...new Map(groups.flatMap((g) => g.skipped.flatMap((s) => [s.file, s.sameAs])).map((f) => [f.path, f])).values()];
  const prints = new Map((await fingerprintAll(files, Number(opts.jobs) || defaultJobs(), limits)).map((p, i) => [files[i].path, p]));
  return async (a, b) => sameDocument(prints.get(a.path), prints.get(b.path));
}

async function isDirectory(path: string, asGiven: string): Promise<boolean> {
  return asGiven.endsWith("/") || (await stat(path).then((s) => s.isDirectory(), () => false));
}

function serialize(plan: CachedParse["plan"], opts: ParseOptions): string {
  return opts.format === "json" ? toJson(plan) : toYaml(plan, opts.schemaRef);
}

async function cached(files: InputFile[], cache: ParseCache | undefined, parse: () => Promise<ParseOutcome>): Promise<ParseOutcome> {
  const { key, hit } = cache ? await cache.lookup(files) : {};
  if (hit) return { ok: true, ...hit };
  const outcome = await parse();
  if (key && outcome.ok) await cache!.set(key, { plan: outcome.plan, diagnostics: outcome.diagnostics });
  return outcome;
}

/** OCR results are cached per page image beside the parse cache, when --cache is on. */
function poolOptions(opts: ParseOptions, io: Io, limits: Limits, progress?: Progress): PoolOptions {
  return {
    limits,
    ocr: {
      ...(opts.cache ? { cacheDir: join(resolve(io.cwd, opts.cacheLocation), "ocr") } : {}),
      ...(progress ? { onPage: (done: number, total: number) => progress.update(done, "OCR pages", total) } : {}),
    },
  };
}

async function parseOne(files: InputFile[], opts: ParseOptions, io: Io, cache: ParseCache | undefined, limits: Limits): Promise<number> {
  let outcome: ParseOutcome;
  const output = opts.output ? { path: resolve(io.cwd, opts.output), name: opts.output } : undefined;
  if (output) await refuseInputsAsOutputs([output], files);
  const pages = new Progress(io, 0, io.isTTY && !opts.quiet);
  const lib = poolOptions(opts, io, limits, pages);
  if (opts.debugTables) {
    const { plan, diagnostics, tableDebug } = await parsePlanFiles(files, lib);
    const svgs = tableDebugSvgs(tableDebug);
    for (const { name, svg } of svgs) await writeFileAtomic(join(resolve(io.cwd, opts.debugTables), name), svg);
    if (!opts.quiet) io.stderr(`plan: wrote ${svgs.length} table debug page(s) to ${shownName(opts.debugTables)}
`);
    outcome = { ok: true, plan, diagnostics };
  } else outcome = await cached(files, cache, () => parseIsolated(files, lib));
  pages.clear();
  if (!outcome.ok) throw new InputError(outcome.file, outcome.reason, outcome.ruleId);
  const text = serialize(outcome.plan, opts);
  if (output) {
    try {
      await writeFileAtomic(output.path, text);
    } catch (e) {
      throw new InputError(output.name, writeErrorReason(e), "output-unwritable");
    }
  } else io.stdout(text);
  if (!opts.quiet) for (const d of outcome.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  return 0;
}

/**
 * Output file names, one per plan and never two alike: the plan's name, with
 * its folder when two folders hold plans of one name, and a number when
 * names still collide (`a/x.pdf` and `a-x.pdf` both make `a-x`), said on
 * stderr. Compared without case: macOS and Windows folders ignore it.
 */
export function outputNames(groups: PlanGroup[], ext: string, cwd: string): { names: string[]; notes: string[] } {
  const base = groups.map((g) => basename(g.key));
  const wanted = groups.map((g, i) =>
    base.filter((b) => b === base[i]).length > 1 ? `${relative(cwd, g.key).split(sep).join("-").replace(/^[.-]+/, "")}` : base[i],
  );
  const taken = new Map<string, number>();
  const names: string[] = [];
  const notes: string[] = [];
  for (const [i, w] of wanted.entries()) {
    let name = `${w}.${ext}`;
    const first = taken.get(name.toLowerCase());
    if (first !== undefined) {
      for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${w}-${k}.${ext}`;
      notes.push(fileLine(groups[i].files[0].name, `written as ${shownName(name)}: ${shownName(groups[first].files[0].name)} is written as ${shownName(`${w}.${ext}`)}`));
    }
    taken.set(name.toLowerCase(), i);
    names.push(name);
  }
  return { names, notes };
}

async function parseMany(groups: PlanGroup[], opts: ParseOptions, io: Io, cache: ParseCache | undefined, limits: Limits): Promise<number> {
  if (!opts.output) {
    io.stderr(`plan: found ${groups.length} plans (${groups.map((g) => shownName(basename(g.key))).join(", ")}); write them with -o DIR, one file each (or pass --one-plan if these files are one plan)\n`);
    return 2;
  }
  if (opts.debugTables) {
    io.stderr("plan: --debug-tables works on one plan at a time\n");
    return 2;
  }
  const outDir = resolve(io.cwd, opts.output);
  const { names, notes } = outputNames(groups, opts.format, io.cwd);
  for (const n of notes) io.stderr(n + "\n");
  await refuseInputsAsOutputs(
    names.map((n) => ({ path: join(outDir, n), name: join(opts.output!, n) })),
    groups.flatMap((g) => [...g.files, ...g.skipped.map((s) => s.file)]),
  );
  const progress = new Progress(io, groups.length, io.isTTY && !opts.quiet);
  const failures: string[] = [];
  let done = 0;
  const finish = async (i: number, outcome: ParseOutcome, key?: string) => {
    done++;
    progress.clear();
    if (outcome.ok) {
      try {
        await writeFileAtomic(join(outDir, names[i]), serialize(outcome.plan, opts));
        if (!opts.quiet) for (const d of outcome.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
        // A cache that cannot be written costs speed, not results.
        if (key) await cache!.set(key, { plan: outcome.plan, diagnostics: outcome.diagnostics }).catch(() => undefined);
      } catch (e) {
        failures.push(fileLine(join(opts.output!, names[i]), writeErrorReason(e)));
      }
    } else failures.push(fileLine(outcome.file, outcome.reason));
    progress.update(done, shownName(basename(groups[i].key)));
  };
  // Cache hits are written at once; the rest go to the workers.
  const found = await Promise.all(groups.map((g): ReturnType<ParseCache["lookup"]> => (cache ? cache.lookup(g.files) : Promise.resolve({}))));
  const keys = found.map((f) => f.key);
  const misses: number[] = [];
  for (const [i, { hit }] of found.entries()) {
    if (hit) await finish(i, { ok: true, ...hit });
    else misses.push(i);
  }
  const writes: Promise<void>[] = [];
  const threads = Number(opts.jobs) || defaultJobs();
  await parseAll(
    misses.map((i) => groups[i].files),
    threads,
    (j, outcome) => void writes.push(finish(misses[j], outcome, keys[misses[j]])),
    poolOptions(opts, io, limits),
  );
  await Promise.all(writes);
  progress.clear();
  for (const f of failures) io.stderr(f + "\n");
  const parsed = groups.length - failures.length;
  if (!opts.quiet) io.stderr(`plan: parsed ${parsed} of ${groups.length} plan(s) into ${shownName(opts.output)}${failures.length ? `; ${failures.length} failed (listed above)` : ""}\n`);
  if (!failures.length) return 0;
  return parsed ? 1 : 2;
}
