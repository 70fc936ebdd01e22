/**
 * A page worker of the parallel PDF reader (parallel.ts): opens its own
 * pdf.js document from the bytes it is given, reads the pages it claims from
 * the shared counter with the serial reader's readPdfPage, and posts each one
 * back; an unreadable PDF is posted as the InputError the serial reader
 * would throw.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../../diagnostics.js";
import { openPdf, readPdfPage } from "./index.js";
import { claimPage, type PageWorkerData, type PageWorkerMessage } from "./parallel.js";

const { file, data, counter, maxPages, maxPixels, maxOperators } = workerData as PageWorkerData;
const post = (m: PageWorkerMessage) => parentPort!.postMessage(m);
const claims = new Int32Array(counter);
try {
  const doc = await openPdf(file, data, maxPixels);
  const limit = Math.min(doc.numPages, maxPages ?? doc.numPages);
  try {
    for (let n = claimPage(claims); n <= limit; n = claimPage(claims))
      post({ kind: "page", page: await readPdfPage(file, doc, n, maxOperators) });
  } finally {
    await doc.destroy();
  }
  post({ kind: "done" });
} catch (e) {
  const err =
    e instanceof InputError
      ? e
      : new InputError(file, `cannot read the PDF: ${(e as Error).message}`, "input-corrupt");
  post({ kind: "error", file: err.file, reason: err.reason, ruleId: err.ruleId });
}
