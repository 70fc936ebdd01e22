// One measured run in a fresh process: `plan` (the full parse) or `pdfjs`
// (raw text extraction of every page). Prints {ms, maxRssMB, pages} as JSON.
// PLAN_PAGE_THREADS and PLAN_PARALLEL_FROM set the parse's pageThreads and
// parallelFromPages, for the bench's in-order and side-by-side comparisons.
import { readFileSync } from "node:fs";

const [mode, file] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
let pages = 0;
if (mode === "plan") {
  const { parsePlanFiles } = await import("../dist/parse.js");
  const env = (name) => (process.env[name] ? Number(process.env[name]) : undefined);
  const opts = {
    pageThreads: env("PLAN_PAGE_THREADS"),
    parallelFromPages: env("PLAN_PARALLEL_FROM"),
  };
  const r = await parsePlanFiles([{ path: file, name: file }], opts);
  pages = r.plan.provenance.files[0].pages ?? 0;
} else {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  pages = doc.numPages;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await doc.destroy();
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, pages }));
