/**
 * #17: a PDF's pages read side by side (this thread and a worker thread, each
 * with its own pdf.js document) come out exactly as the serial reader reads
 * them, on the corpus PDFs and on the long benchmark appendix.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/normalize/index.js";
import {
  openPdf,
  PROBE_PAGES,
  probePlanWording,
  readPdfPage,
  type PdfPage,
} from "../src/read/pdf/index.js";
import { declaredPageCount, PageWorkers } from "../src/read/pdf/parallel.js";
import { ROOT } from "./helpers/run.js";

const PDFS = [
  "fixtures/hue/hue-body.pdf",
  "fixtures/hue/hue-appendix.pdf",
  "fixtures/cantho/cantho-body.pdf",
  "fixtures/hungyen/hungyen-body.pdf",
  "fixtures/variants/word-borders.pdf",
  "fixtures/variants/borderless.pdf",
];

async function serialPages(file: string): Promise<PdfPage[]> {
  const doc = await openPdf(file, new Uint8Array(readFileSync(`${ROOT}${file}`)));
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) pages.push(await readPdfPage(file, doc, n));
  await doc.destroy();
  return pages;
}

/**
 * This thread and one page worker, whatever the page count. This thread waits
 * for the worker's first page before reading its own, so that both take part.
 */
async function parallelPages(
  file: string,
): Promise<{ pages: PdfPage[]; fromWorker: number; here: number } | null> {
  const bytes = new Uint8Array(readFileSync(`${ROOT}${file}`));
  const workers = PageWorkers.start<PdfPage>(file, bytes, 1);
  if (!workers) return null;
  const doc = await openPdf(file, new Uint8Array(bytes));
  let here = 0;
  const deadline = Date.now() + 30_000;
  const read = async (n: number) => {
    while (workers.fromWorkers === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    here++;
    return readPdfPage(file, doc, n);
  };
  const reader = {
    read,
    probe: (p: PdfPage[]) => probePlanWording(file, p, doc.numPages),
    probePages: PROBE_PAGES,
  };
  try {
    const pages = await workers.read(file, doc.numPages, reader);
    return { pages, fromWorker: workers.fromWorkers, here };
  } finally {
    await doc.destroy();
  }
}

describe("#17 pages in parallel", () => {
  it.each(PDFS)("%s: the same pages as the serial reader", async (file) => {
    const parallel = await parallelPages(file);
    expect(
      parallel,
      "the page worker (dist/read/pdf/page-worker.js) was not found: run npm run build",
    ).not.toBeNull();
    expect(parallel!.fromWorker).toBeGreaterThan(0);
    expect(parallel!.here).toBeGreaterThan(0);
    expect(parallel!.pages).toEqual(await serialPages(file));
  });

  it("the 122-page benchmark appendix: the same source document, byte for byte", async () => {
    const path = `${ROOT}fixtures/bench/long-appendix.pdf`;
    const serial = await readSource(path, { name: "long-appendix.pdf", pageThreads: 1 });
    const parallel = await readSource(path, { name: "long-appendix.pdf", pageThreads: 2 });
    expect(serial.pages).toBe(122);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it("the page count a PDF declares starts the workers early", () => {
    expect(declaredPageCount(readFileSync(`${ROOT}fixtures/bench/long-appendix.pdf`))).toBe(122);
    expect(declaredPageCount(readFileSync(`${ROOT}fixtures/hue/hue-appendix.pdf`))).toBe(16);
    expect(declaredPageCount(new TextEncoder().encode("%PDF-1.7 no page tree"))).toBeUndefined();
  });

  it("a long PDF that is not a plan still stops after the probe pages", async () => {
    const bytes = new Uint8Array(readFileSync(`${ROOT}fixtures/bench/long-appendix.pdf`));
    const file = "long-appendix.pdf";
    const workers = PageWorkers.start<PdfPage>(file, bytes, 1)!;
    const doc = await openPdf(file, new Uint8Array(bytes));
    let read = 0;
    const reader = {
      read: async (n: number) => {
        read++;
        return { ...(await readPdfPage(file, doc, n)), runs: [] };
      },
      probe: (p: PdfPage[]) => probePlanWording(file, p, doc.numPages),
      probePages: PROBE_PAGES,
    };
    await expect(workers.read(file, doc.numPages, reader)).rejects.toThrow(
      /found no plan structure in the first 30 of 122 pages/,
    );
    await doc.destroy();
    expect(read).toBeLessThan(100);
  });
});

describe("#14 page workers keep the budgets", () => {
  it("a page worker refuses a page over --max-operators as the serial reader does", async () => {
    const file = "hue-appendix.pdf";
    const bytes = new Uint8Array(readFileSync(`${ROOT}fixtures/hue/hue-appendix.pdf`));
    const workers = PageWorkers.start<PdfPage>(file, bytes, 1, { maxOperators: 10 })!;
    // This thread reads nothing itself (slowly), so the refusal can only come from the worker.
    const reader = {
      read: async (n: number) => {
        await new Promise((r) => setTimeout(r, 500));
        return { number: n } as PdfPage;
      },
      probe: () => {},
      probePages: PROBE_PAGES,
    };
    await expect(workers.read(file, 16, reader)).rejects.toThrow(
      /drawing operators, over the --max-operators limit of 10/,
    );
  });
});
