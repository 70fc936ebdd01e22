/**
 * Parse many plans on all cores: the main thread and a small pool of worker
 * threads, each parsing one plan at a time (pdf.js is single-threaded, so one
 * plan per core is the unit of parallelism). One plan, or one core, runs in
 * the main thread alone.
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { InputError, type Diagnostic } from "../diagnostics.js";
import type { PlanModel } from "../model/schema.js";
import { builtModule } from "../package-files.js";
import { parsePlanFiles, type ParseOptions } from "../parse.js";
import type { InputFile } from "./group.js";

/** A plan parsed, or the input error that stopped it. */
export type PlanResult = { ok: true; plan: PlanModel; diagnostics: Diagnostic[] } | { ok: false; error: InputError };

/** What a worker sends back: data only (an error as its fields). */
export type WorkerReply = { id: number } & (
  | { ok: true; plan: PlanModel; diagnostics: Diagnostic[] }
  | { ok: false; file: string; reason: string; ruleId: string }
);

/** The compiled worker (under the test runner too: worker threads run JavaScript). */
function workerPath(): string | undefined {
  return builtModule("batch/worker.js");
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Parse each job (a plan's files); `onDone` is called as each finishes, in completion order. */
export async function parseAll(jobs: InputFile[][], threads: number, onDone: (index: number, result: PlanResult) => void, opts: ParseOptions = {}): Promise<void> {
  const path = workerPath();
  const n = Math.min(threads, jobs.length);
  if (n <= 1 || !path) {
    // One plan on several threads: its pages may be read side by side; one thread: in order.
    const alone = { ...opts, pageThreads: Math.min(opts.pageThreads ?? threads, threads) };
    for (const [i, files] of jobs.entries()) onDone(i, await parseInProcess(files, alone));
    return;
  }
  // Largest first, so that a long appendix does not start last and keep one core busy alone at the end.
  const size = (files: InputFile[]) => files.reduce((sum, f) => sum + (statSync(f.path, { throwIfNoEntry: false })?.size ?? 0), 0);
  const order = jobs.map((files, i) => ({ i, size: size(files) })).sort((a, b) => b.size - a.size).map((x) => x.i);
  // Plans side by side already use every core: one plan's pages are read in order, not by page workers too.
  const one = { ...opts, pageThreads: 1 };
  let next = 0;
  // The main thread parses too, beside n - 1 workers: one thread fewer to start, and it is idle otherwise.
  const inProcess = async () => {
    while (next < jobs.length) {
      const id = order[next++];
      onDone(id, await parseInProcess(jobs[id], one));
    }
  };
  const viaWorker = () => {
    const worker = new Worker(path);
    return new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = order[next++];
        // Only data crosses to a worker: the OCR cache folder, not the progress callback.
        worker.postMessage({ id, files: jobs[id], ocrCacheDir: opts.ocr?.cacheDir, ocrMode: opts.ocr?.mode });
      };
      worker.on("message", (reply: WorkerReply) => {
        onDone(reply.id, reply.ok ? reply : { ok: false, error: new InputError(reply.file, reply.reason, reply.ruleId) });
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  };
  await Promise.all([...Array.from({ length: n - 1 }, viaWorker), inProcess()]);
}

/** One plan in this thread; an input error is a result, anything else is thrown. */
export async function parseInProcess(files: InputFile[], opts: ParseOptions = {}): Promise<PlanResult> {
  try {
    const { plan, diagnostics } = await parsePlanFiles(files, opts);
    return { ok: true, plan, diagnostics };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: e };
    throw e;
  }
}
