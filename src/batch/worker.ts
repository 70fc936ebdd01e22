/**
 * A parse worker: receives one plan's files at a time, answers with the
 * model and diagnostics, or with the input error that stopped it (the same
 * outcome parseInProcess gives in the main thread). Anything else is an
 * internal error, reported for that plan so that the others go on.
 */
import { parentPort } from "node:worker_threads";
import type { OcrMode } from "../read/scan/ocr.js";
import type { InputFile } from "./group.js";
import { parseInProcess, type WorkerReply } from "./pool.js";

parentPort!.on("message", async ({ id, files, ocrCacheDir, ocrMode }: { id: number; files: InputFile[]; ocrCacheDir?: string; ocrMode?: OcrMode }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ...(await parseInProcess(files, { ocr: { cacheDir: ocrCacheDir, mode: ocrMode } })) };
  } catch (e) {
    reply = { id, ok: false, file: files.map((f) => f.name).join(", "), reason: `internal error: ${(e as Error).message}`, ruleId: "internal-error" };
  }
  parentPort!.postMessage(reply);
});
