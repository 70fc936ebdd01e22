/**
 * A parse worker: receives one plan's files at a time, answers with the
 * model and diagnostics, or with the input error that stopped it (the same
 * outcome parseInProcess gives in the main thread). Anything else is an
 * internal error, reported for that plan so that the others go on. It says
 * which file it is reading, so that a plan stopped at the time limit is
 * named by its file.
 */
import { parentPort } from "node:worker_threads";
import { fingerprint } from "./fingerprint.js";
import { parseInProcess, type WorkerJob, type WorkerReply } from "./pool.js";

parentPort!.on(
  "message",
  async ({ id, kind, files, ocrCacheDir, ocrMode, pageThreads, tmpDir, limits }: WorkerJob) => {
    if (kind === "fingerprint") {
      const print = await fingerprint(files[0], limits);
      parentPort!.postMessage(
        print
          ? { id, ok: true, bytes: print.bytes, shingles: [...print.shingles] }
          : { id, ok: false },
      );
      return;
    }
    const result = await parseInProcess(files, {
      pageThreads,
      ocr: {
        cacheDir: ocrCacheDir,
        mode: ocrMode,
        tmpDir,
        onPage: (done, total) => parentPort!.postMessage({ id, page: [done, total] }),
      },
      limits,
      onFile: (name) => parentPort!.postMessage({ id, reading: name }),
      onPdfPage: (page) => parentPort!.postMessage({ id, pdfPage: page }),
    });
    // An Error does not cross to the main thread whole: send its fields.
    const { file, reason, ruleId } = result.ok ? ({} as never) : result.error;
    const reply: WorkerReply = result.ok
      ? { id, ...result }
      : { id, ok: false, file, reason, ruleId };
    parentPort!.postMessage(reply);
  },
);
