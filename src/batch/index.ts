/**
 * batch: plans → parsed plans, owning the parse cache, the worker pool and
 * input errors. Takes each plan's files; returns its model and diagnostics,
 * or the InputError that stopped it. One plan throws its error; many plans
 * report each as a result, so that one bad file does not stop the others.
 */
import type { Limits } from "../limits.js";
import type { ParseOptions } from "../parse.js";
import { ParseCache, type CachedParse } from "./cache.js";
import type { InputFile } from "./group.js";
import { defaultJobs, parseAll, parseIsolated, type PlanResult } from "./pool.js";

export { groupByPlan, planKey, type InputFile, type PlanGroup } from "./group.js";
export { defaultJobs, parseIsolated, type PlanResult } from "./pool.js";

export interface PlansOptions extends ParseOptions {
  /** Keep each result in this folder, keyed by the files' contents and the parser's code. */
  cacheDir?: string;
  /** Threads for many plans, or for one long PDF's pages (default: the number of cores; at most that). */
  threads?: number;
  /** Budgets per file (README "Limits"); the defaults when absent. */
  limits?: Limits;
}

/** One plan; an unusable input throws its InputError. */
export async function parsePlan(files: InputFile[], opts: PlansOptions = {}): Promise<CachedParse> {
  const cache = opts.cacheDir
    ? new ParseCache(opts.cacheDir, `ocr=${opts.ocr?.mode ?? "auto"}`)
    : undefined;
  const { key, hit } = cache ? await cache.lookup(files) : {};
  if (hit) return hit;
  // In a worker bounded in time and memory, like a batch's plans; -j bounds the threads one long PDF's pages are read with.
  const result = await parseIsolated(files, {
    ...opts,
    pageThreads: opts.pageThreads ?? opts.threads,
  });
  if (!result.ok) throw result.error;
  const { plan, diagnostics } = result;
  if (key) await cache!.set(key, { plan, diagnostics }).catch(() => undefined);
  return { plan, diagnostics };
}

/**
 * Many plans, on all cores: cached results first, in order, then the rest as
 * they finish. `onDone` may be async; parsePlans waits for all of them. An
 * error other than an InputError (a parser bug) in this thread is thrown.
 */
export async function parsePlans(
  jobs: InputFile[][],
  opts: PlansOptions,
  onDone: (index: number, result: PlanResult) => void | Promise<void>,
): Promise<void> {
  const cache = opts.cacheDir
    ? new ParseCache(opts.cacheDir, `ocr=${opts.ocr?.mode ?? "auto"}`)
    : undefined;
  const found = await Promise.all(
    jobs.map((files) =>
      cache ? cache.lookup(files) : Promise.resolve({ key: undefined, hit: undefined }),
    ),
  );
  const misses: number[] = [];
  for (const [i, { hit }] of found.entries()) {
    if (hit) await onDone(i, { ok: true, ...hit });
    else misses.push(i);
  }
  const pending: Promise<void>[] = [];
  const finish = async (i: number, result: PlanResult) => {
    await onDone(i, result);
    const key = found[i].key;
    // A cache that cannot be written costs speed, not results.
    if (key && result.ok)
      await cache!
        .set(key, { plan: result.plan, diagnostics: result.diagnostics })
        .catch(() => undefined);
  };
  const threads = opts.threads || defaultJobs();
  await parseAll(
    misses.map((i) => jobs[i]),
    threads,
    (j, result) => void pending.push(finish(misses[j], result)),
    opts,
  );
  await Promise.all(pending);
}
