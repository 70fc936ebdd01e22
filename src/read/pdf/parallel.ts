/**
 * A long PDF's pages read side by side: this thread and worker threads, each
 * with its own pdf.js document opened from the same bytes, take the next
 * unread page from one shared counter until none is left. Each page is read
 * by the same function as in the serial reader (readPdfPage), and the pages
 * are put back in page order, so the result is the serial result (checked on
 * the corpus in test/issue-17-parallel-pages.test.ts).
 *
 * A worker pays for its own start-up (loading pdf.js, warming up), so this
 * only pays from PARALLEL_FROM_PAGES pages on. The workers are started from
 * the page count the file's page tree declares, before this thread has opened
 * the document, so that both load pdf.js at the same time; taking pages from
 * a shared counter lets a late worker simply take fewer.
 */
import { Worker } from "node:worker_threads";
import { InputError } from "../../diagnostics.js";
import { builtModule } from "../../package-files.js";

/**
 * From this many pages on, pages are read side by side: below it a worker's
 * start-up costs more than it saves (measured with `npm run bench`; README, Speed).
 */
export const PARALLEL_FROM_PAGES = 40;

/** The bounds a page worker reads under, the same as the serial reader's (--max-pixels, --max-operators). */
export interface PageLimits {
  maxPages?: number;
  maxPixels?: number;
  maxOperators?: number;
}

/** What a page worker is given: the PDF's bytes, the shared page counter and the limits. */
export interface PageWorkerData extends PageLimits {
  file: string;
  data: Uint8Array;
  counter: SharedArrayBuffer;
}

/** A page as read: any data with its 1-based number (the PdfPage of ./index.ts). */
export interface NumberedPage {
  number: number;
}

export type PageWorkerMessage<Page extends NumberedPage = NumberedPage> =
  | { kind: "page"; page: Page }
  | { kind: "done" }
  | { kind: "error"; file: string; reason: string; ruleId: string };

/** Claim the next unread page (1-based); past the last page when none is left. */
export function claimPage(counter: Int32Array): number {
  return Atomics.add(counter, 0, 1) + 1;
}

/**
 * The page count the PDF's page tree declares (the largest /Count), read from
 * the raw bytes without parsing: only a hint for starting workers early. A
 * page tree inside a compressed object stream is not seen (undefined).
 */
export function declaredPageCount(bytes: Uint8Array): number | undefined {
  let most: number | undefined;
  for (const m of Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .matchAll(/\/Count\s+(\d{1,7})\b/g)) {
    most = Math.max(most ?? 0, Number(m[1]));
  }
  return most;
}

export interface PageReader<Page extends NumberedPage> {
  read: (n: number) => Promise<Page>;
  /** Called once the first `probePages` pages are all read (in order); throws to stop reading. */
  probe: (firstPages: Page[]) => void;
  probePages: number;
}

/** Page workers, started before the document is opened here; `read` then shares the pages out. */
export class PageWorkers<Page extends NumberedPage> {
  private readonly claims: Int32Array;
  private readonly workers: Worker[] = [];
  private readonly finished: Promise<void>[] = [];
  private readonly arrived: Page[] = [];
  private onPage?: (page: Page) => void;
  private failure: unknown;
  private stopped = false;
  /** Pages the workers have read (the tests check that they took part). */
  fromWorkers = 0;

  /** Start `count` workers; null when the compiled worker is not there (then pages are read in order). */
  static start<Page extends NumberedPage>(
    file: string,
    bytes: Uint8Array,
    count: number,
    limits: PageLimits = {},
  ): PageWorkers<Page> | null {
    // The compiled worker, in dist/ also under the test runner.
    const path = builtModule("read/pdf/page-worker.js");
    return path && count > 0 ? new PageWorkers<Page>(path, file, bytes, count, limits) : null;
  }

  private constructor(
    path: string,
    file: string,
    bytes: Uint8Array,
    count: number,
    limits: PageLimits,
  ) {
    const counter = new SharedArrayBuffer(4);
    this.claims = new Int32Array(counter);
    for (let i = 0; i < count; i++) {
      // Each worker gets its own copy of the bytes: its pdf.js detaches them.
      const data: PageWorkerData = { ...limits, file, data: new Uint8Array(bytes), counter };
      const worker = new Worker(path, {
        workerData: data,
        transferList: [data.data.buffer as ArrayBuffer],
      });
      this.workers.push(worker);
      this.finished.push(
        new Promise<void>((resolve) => {
          worker.on("message", (m: PageWorkerMessage<Page>) => {
            if (m.kind === "page") {
              this.fromWorkers++;
              (this.onPage ?? ((p) => this.arrived.push(p)))(m.page);
            } else if (m.kind === "error") this.stop(new InputError(m.file, m.reason, m.ruleId));
            if (m.kind !== "page") resolve();
          });
          worker.on("error", (e) => {
            this.stop(e);
            resolve();
          });
          worker.on("exit", () => resolve());
        }),
      );
    }
  }

  private stop(e?: unknown): void {
    if (e !== undefined) this.failure ??= e;
    this.stopped = true;
    Atomics.store(this.claims, 0, 1 << 30); // nobody claims another page
  }

  /** Read pages 1..limit here and in the workers; the pages in order, or the first error. */
  async read(file: string, limit: number, reader: PageReader<Page>): Promise<Page[]> {
    const pages: (Page | undefined)[] = new Array(limit);
    let probed = limit < reader.probePages;
    const got = (page: Page) => {
      pages[page.number - 1] = page;
      if (probed || !pages.slice(0, reader.probePages).every(Boolean)) return;
      probed = true;
      try {
        reader.probe(pages.slice(0, reader.probePages) as Page[]);
      } catch (e) {
        this.stop(e);
      }
    };
    this.onPage = got;
    for (const p of this.arrived.splice(0)) got(p);
    try {
      for (
        let n = claimPage(this.claims);
        n <= limit && !this.stopped;
        n = claimPage(this.claims)
      ) {
        try {
          got(await reader.read(n));
        } catch (e) {
          this.stop(e);
        }
      }
      await Promise.all(this.finished);
    } finally {
      await this.close();
    }
    if (this.failure !== undefined) throw this.failure;
    const missing = pages.findIndex((p) => !p);
    if (missing >= 0)
      throw new InputError(
        file,
        `cannot read the PDF: page ${missing + 1} was not read`,
        "input-corrupt",
      );
    return pages as Page[];
  }

  /** Stop the workers (a short document after all, or an error opening it here). */
  async close(): Promise<void> {
    this.stop();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
