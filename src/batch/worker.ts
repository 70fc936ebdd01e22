/**
 * A parse worker: receives one plan's files at a time, answers with the
 * model and diagnostics, or with the input error that stopped it.
 */
import { parentPort } from "node:worker_threads";
import { InputError } from "../diagnostics.js";
import { parsePlanFiles } from "../parse.js";
import type { InputFile } from "./group.js";
import type { WorkerReply } from "./pool.js";

parentPort!.on("message", async ({ id, files, ocrCacheDir }: { id: number; files: InputFile[]; ocrCacheDir?: string }) => {
  let reply: WorkerReply;
  try {
    const { plan, diagnostics } = await parsePlanFiles(files, { ocr: { cacheDir: ocrCacheDir } });
    reply = { id, ok: true, plan, diagnostics };
  } catch (e) {
    reply =
      e instanceof InputError
        ? { id, ok: false, file: e.file, reason: e.reason, ruleId: e.ruleId }
        : { id, ok: false, file: files.map((f) => f.name).join(", "), reason: `internal error: ${(e as Error).message}`, ruleId: "internal-error" };
  }
  parentPort!.postMessage(reply);
});
