/**
 * A long PDF's pages read side by side: this thread and worker threads, each
 * with its own pdf.js document opened from the same bytes, take the next
 * unread page from one shared counter until none is left. Each page is read
 * by the same function as in the serial reader (readPdfPage), and the pages
 * are put back in page order, so the result is the serial result (checked on
 * the corpus in test/issue-17-parallel-pages.test.ts).
 *
 * A worker pays for its own start-up (loading pdf.js: ~0.3 s of CPU), so
 * this only pays above PARALLEL_FROM_PAGES pages; taking pages from a shared
 * counter lets a late worker simply take fewer.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError } from "../diagnostics.js";
import type { PdfPage } from "./pdf.js";

/**
 * From this many pages on, pages are read side by side: below it a worker's
 * start-up costs more than it saves (measured with `npm run bench`; README, Speed).
 */
export const PARALLEL_FROM_PAGES = 40;

/** What a page worker is given: the PDF's bytes, the shared page counter and the last page to read. */
export interface PageWorkerData {
  file: string;
  data: Uint8Array;
  counter: SharedArrayBuffer;
  limit: number;
}

export type PageWorkerMessage =
  | { kind: "page"; page: PdfPage }
  | { kind: "done" }
  | { kind: "error"; file: string; reason: string; ruleId: string };

/** The compiled worker: beside this module once built; under the test runner (src/), the built copy in dist/. */
function workerPath(): string | undefined {
  return ["./pdf-page-worker.js", "../../dist/read/pdf-page-worker.js"].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));
}

/** Claim the next unread page (1-based); past `limit` when none is left. */
export function claimPage(counter: Int32Array): number {
  return Atomics.add(counter, 0, 1) + 1;
}

export interface PageReader {
  read: (n: number) => Promise<PdfPage>;
  /** Called once the first `PROBE_PAGES` pages are all read (in order); throws to stop reading. */
  probe: (firstPages: PdfPage[]) => void;
  probePages: number;
}

export async function readPagesInParallel(file: string, bytes: Uint8Array, limit: number, threads: number, reader: PageReader): Promise<PdfPage[] | null> {
  const path = workerPath();
  if (!path) return null;
  const counter = new SharedArrayBuffer(4);
  const claims = new Int32Array(counter);
  const pages: (PdfPage | undefined)[] = new Array(limit);
  let failure: unknown;
  let probed = limit < reader.probePages;
  const stop = (e: unknown) => {
    failure ??= e;
    Atomics.store(claims, 0, limit + 1); // nobody claims another page
  };
  const got = (page: PdfPage) => {
    pages[page.number - 1] = page;
    if (!probed && pages.slice(0, reader.probePages).every(Boolean)) {
      probed = true;
      try {
        reader.probe(pages.slice(0, reader.probePages) as PdfPage[]);
      } catch (e) {
        stop(e);
      }
    }
  };
  const workers: Worker[] = [];
  const viaWorker = () =>
    new Promise<void>((resolve) => {
      // Each worker gets its own copy of the bytes: its pdf.js detaches them.
      const data: PageWorkerData = { file, data: new Uint8Array(bytes), counter, limit };
      const worker = new Worker(path, { workerData: data, transferList: [data.data.buffer as ArrayBuffer] });
      workers.push(worker);
      worker.on("message", (m: PageWorkerMessage) => {
        if (m.kind === "page") got(m.page);
        else if (m.kind === "error") stop(new InputError(m.file, m.reason, m.ruleId));
        if (m.kind !== "page") resolve();
      });
      worker.on("error", (e) => {
        stop(e);
        resolve();
      });
      worker.on("exit", () => resolve());
    });
  const inThisThread = async () => {
    for (let n = claimPage(claims); n <= limit; n = claimPage(claims)) {
      try {
        got(await reader.read(n));
      } catch (e) {
        stop(e);
      }
    }
  };
  try {
    await Promise.all([...Array.from({ length: threads - 1 }, viaWorker), inThisThread()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== undefined) throw failure;
  const missing = pages.findIndex((p) => !p);
  if (missing >= 0) throw new InputError(file, `cannot read the PDF: page ${missing + 1} was not read`, "input-corrupt");
  return pages as PdfPage[];
}
