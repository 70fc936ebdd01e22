/**
 * A parse worker: receives one plan's files at a time, answers with the
 * model and diagnostics, or with the fields of the input error that stopped
 * it (the pool makes it an InputError again). Anything else is an internal
 * error, reported for that plan so that the others go on. Plans run side by
 * side here, so a plan's pages are read in order (pageThreads 1).
 */
import { parentPort } from "node:worker_threads";
import type { OcrMode } from "../read/scan/ocr.js";
import type { InputFile } from "./group.js";
import { parseInProcess, type WorkerReply } from "./pool.js";

parentPort!.on("message", async ({ id, files, ocrCacheDir, ocrMode }: { id: number; files: InputFile[]; ocrCacheDir?: string; ocrMode?: OcrMode }) => {
  let reply: WorkerReply;
  try {
    const result = await parseInProcess(files, {
      ocr: { cacheDir: ocrCacheDir, mode: ocrMode },
      pageThreads: 1,
    });
    if (result.ok) reply = { id, ...result };
    else {
      // An Error does not cross to the main thread whole: send its fields.
      const { file, reason, ruleId } = result.error;
      reply = { id, ok: false, file, reason, ruleId };
    }
  } catch (e) {
    reply = { id, ok: false, file: files.map((f) => f.name).join(", "), reason: `internal error: ${(e as Error).message}`, ruleId: "internal-error" };
  }
  parentPort!.postMessage(reply);
});
