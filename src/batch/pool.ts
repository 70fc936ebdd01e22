/**
 * Parse plans in worker threads, one plan per worker at a time (pdf.js is
 * single-threaded, so one plan per core is the unit of parallelism), with
 * each plan bounded in time and memory: a worker that passes the time limit
 * is terminated, one that runs out of its heap dies alone, and either way the
 * plan is reported as failed by its file while the others go on. Each job
 * gets its own temporary folder (OCR page images), removed by this thread
 * whatever became of the worker.
 */
import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { PID_HEX, sweep, track } from "../cleanup.js";
import { InputError, type Diagnostic } from "../diagnostics.js";
import { DEFAULT_LIMITS, WORKER_HEAP_MB, type Limits } from "../limits.js";
import type { PlanModel } from "../model/schema.js";
import type { OcrMode } from "../read/scan/ocr.js";
import { builtModule } from "../package-files.js";
import { parsePlanFiles, type ParseOptions } from "../parse.js";
import { fingerprint, type Fingerprint } from "./fingerprint.js";
import type { InputFile } from "./group.js";

/** A plan parsed, or the input error that stopped it. */
export type PlanResult =
  | { ok: true; plan: PlanModel; diagnostics: Diagnostic[] }
  | { ok: false; error: InputError };

/** What a worker sends back: data only (an error as its fields). */
export type WorkerReply = { id: number } & (
  | { ok: true; plan: PlanModel; diagnostics: Diagnostic[] }
  | { ok: false; file: string; reason: string; ruleId: string }
);

/** One job for a worker (batch/worker.ts). */
export interface WorkerJob {
  id: number;
  /** Parse a plan's files, or take one file's text fingerprint. */
  kind: "parse" | "fingerprint";
  files: InputFile[];
  ocrCacheDir?: string;
  ocrMode?: OcrMode;
  /** Threads for this plan's PDF pages (read/pdf/parallel.ts). */
  pageThreads: number;
  /** A folder of this job's own, removed by the main thread whatever happens to the worker. */
  tmpDir: string;
  limits: Limits;
}

export interface PoolOptions {
  ocr?: { cacheDir?: string; mode?: OcrMode; onPage?: (done: number, total: number) => void };
  limits?: Limits;
  /** Threads for one plan's PDF pages inside its worker (1 in a batch, where plans already run side by side). */
  pageThreads?: number;
}

/** The compiled worker (under the test runner too: worker threads run JavaScript). */
function workerPath(): string | undefined {
  return builtModule("batch/worker.js");
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** More threads than cores only adds memory (each worker loads pdf.js) and contention. */
export function clampJobs(requested: number): number {
  return Math.max(1, Math.min(Math.floor(requested) || 1, availableParallelism()));
}

/** Job folders: `plan-job-<pid hex>-XXXXXX` in the system's temp folder. */
const JOB_DIR = /^plan-job-([0-9a-f]{8})-/;

/**
 * Parse each job (a plan's files) in worker threads; `onDone` is called as
 * each finishes, in completion order. Never rejects for one plan's sake.
 */
export async function parseAll(
  jobs: InputFile[][],
  threads: number,
  onDone: (index: number, outcome: PlanResult) => void,
  opts: PoolOptions = {},
): Promise<void> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  if (!workerPath()) {
    for (const [i, files] of jobs.entries())
      onDone(i, await parseInProcess(files, { ...opts, limits }));
    return;
  }
  await runPool(jobs, threads, "parse", onDone as (i: number, r: unknown) => void, opts);
}

/** Text fingerprints of files (batch/fingerprint.ts), read in bounded workers: a hostile file cannot hang this thread. */
export async function fingerprintAll(
  files: InputFile[],
  threads: number,
  limits: Limits = DEFAULT_LIMITS,
): Promise<(Fingerprint | undefined)[]> {
  const out: (Fingerprint | undefined)[] = files.map(() => undefined);
  if (!workerPath()) {
    for (const [i, f] of files.entries()) out[i] = await fingerprint(f, limits);
    return out;
  }
  await runPool(
    files.map((f) => [f]),
    threads,
    "fingerprint",
    (i, reply) => {
      const r = reply as { ok: boolean; bytes?: string; shingles?: string[] };
      out[i] =
        r.ok && r.bytes !== undefined
          ? { bytes: r.bytes, shingles: new Set(r.shingles) }
          : undefined;
    },
    { limits },
  );
  return out;
}

async function runPool(
  jobs: InputFile[][],
  threads: number,
  kind: WorkerJob["kind"],
  onDone: (index: number, reply: unknown) => void,
  opts: PoolOptions,
): Promise<void> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const path = workerPath()!;
  sweep(tmpdir(), JOB_DIR); // folders of runs that were killed
  const n = Math.min(clampJobs(threads), jobs.length);
  // Largest first, so that a long appendix does not start last and keep one core busy alone at the end.
  const size = (files: InputFile[]) =>
    files.reduce((sum, f) => sum + (statSync(f.path, { throwIfNoEntry: false })?.size ?? 0), 0);
  const order = jobs
    .map((files, i) => ({ i, size: size(files) }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.i);
  let next = 0;
  const slot = async () => {
    let worker: Worker | undefined;
    while (next < jobs.length) {
      const id = order[next++];
      worker ??= new Worker(path, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const { outcome, healthy } = await runJob(worker, id, jobs[id], kind, opts, limits);
      if (!healthy) {
        await worker.terminate();
        worker = undefined;
      }
      onDone(id, outcome);
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: n }, slot));
}

/** Parse one plan alone, in a worker bounded like a batch's (in this thread when no built worker exists). */
export async function parseIsolated(
  files: InputFile[],
  opts: PoolOptions = {},
): Promise<PlanResult> {
  let result: PlanResult | undefined;
  await parseAll(
    [files],
    1,
    (_, outcome) => {
      result = outcome;
    },
    opts,
  );
  return result!;
}

async function runJob(
  worker: Worker,
  id: number,
  files: InputFile[],
  kind: WorkerJob["kind"],
  opts: PoolOptions,
  limits: Limits,
): Promise<{ outcome: PlanResult; healthy: boolean }> {
  const tmpDir = await mkdtemp(join(tmpdir(), `plan-job-${PID_HEX}-`));
  const release = track(tmpDir);
  let reading = files[0]?.name ?? "";
  const fail = (reason: string, ruleId: string): PlanResult => ({
    ok: false,
    error: new InputError(reading, reason, ruleId),
  });
  try {
    return await new Promise((resolve) => {
      const done = (outcome: PlanResult, healthy: boolean) => {
        clearInterval(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        resolve({ outcome, healthy });
      };
      const started = Date.now();
      let pdfPage: { page: number; since: number } | undefined;
      // pdf.js reads a page without yielding, so the worker cannot time itself out: this thread watches.
      const timer = setInterval(
        () => {
          const now = Date.now();
          const over = now - started >= limits.timeoutMs;
          const where = pdfPage
            ? `page ${pdfPage.page} takes longer than ${Math.min(limits.pageTimeoutMs, limits.timeoutMs) / 1000} s to read (millions of drawing operators?)`
            : "";
          if (pdfPage && (over || now - pdfPage.since >= limits.pageTimeoutMs))
            done(fail(`${where}; stopped (--timeout)`, "input-timeout"), false);
          else if (over)
            done(
              fail(
                `took longer than the --timeout limit of ${limits.timeoutMs / 1000} s; stopped`,
                "input-timeout",
              ),
              false,
            );
        },
        Math.min(250, limits.pageTimeoutMs),
      );
      type Progress =
        | { id: number; reading: string }
        | { id: number; page: [number, number] }
        | { id: number; pdfPage: number | null };
      const onMessage = (msg: WorkerReply | Progress) => {
        if (msg.id !== id) return;
        if ("reading" in msg) reading = msg.reading;
        else if ("pdfPage" in msg)
          pdfPage = msg.pdfPage === null ? undefined : { page: msg.pdfPage, since: Date.now() };
        else if ("page" in msg) opts.ocr?.onPage?.(...msg.page);
        // A fingerprint's reply goes to its caller as sent (fingerprintAll reads it).
        else if (kind === "fingerprint") done(msg as unknown as PlanResult, true);
        else
          done(
            msg.ok
              ? { ok: true, plan: msg.plan, diagnostics: msg.diagnostics }
              : { ok: false, error: new InputError(msg.file, msg.reason, msg.ruleId) },
            true,
          );
      };
      const onError = (e: Error & { code?: string }) =>
        done(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? fail(
                `needs more than the ${WORKER_HEAP_MB} MB of memory a plan may use; stopped`,
                "input-too-large",
              )
            : fail(`internal error: ${e.message}`, "internal-error"),
          false,
        );
      const onExit = (code: number) =>
        done(
          fail(`internal error: the parser stopped (exit code ${code})`, "internal-error"),
          false,
        );
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      const job: WorkerJob = {
        id,
        kind,
        files,
        ocrCacheDir: opts.ocr?.cacheDir,
        ocrMode: opts.ocr?.mode,
        pageThreads: opts.pageThreads ?? 1,
        tmpDir,
        limits,
      };
      worker.postMessage(job);
    });
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
    release();
  }
}

/** Parse in this thread: an input error or an internal error becomes the plan's failed outcome, never a rejection. */
export async function parseInProcess(
  files: InputFile[],
  opts: ParseOptions = {},
): Promise<PlanResult> {
  let reading = files[0]?.name ?? "";
  try {
    const { plan, diagnostics } = await parsePlanFiles(files, {
      ...opts,
      onFile: (name) => {
        reading = name;
        opts.onFile?.(name);
      },
    });
    return { ok: true, plan, diagnostics };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: e };
    // A parser bug in one plan is that plan's failure: the batch goes on and names it.
    return {
      ok: false,
      error: new InputError(
        reading,
        `internal error: ${(e as Error)?.message ?? String(e)}`,
        "internal-error",
      ),
    };
  }
}
