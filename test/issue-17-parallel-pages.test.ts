/**
 * #17: a PDF's pages read side by side (this thread and a worker thread, each
 * with its own pdf.js document) come out exactly as the serial reader reads
 * them, on the corpus PDFs and on the long benchmark appendix.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource } from "../src/read/index.js";
import { openPdf, PROBE_PAGES, probePlanWording, readPdfPage, type PdfPage } from "../src/read/pdf.js";
import { readPagesInParallel } from "../src/read/pdf-parallel.js";
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

async function parallelPages(file: string): Promise<PdfPage[] | null> {
  const bytes = new Uint8Array(readFileSync(`${ROOT}${file}`));
  const doc = await openPdf(file, new Uint8Array(bytes));
  const reader = { read: (n: number) => readPdfPage(file, doc, n), probe: (p: PdfPage[]) => probePlanWording(file, p, doc.numPages), probePages: PROBE_PAGES };
  try {
    return await readPagesInParallel(file, bytes, doc.numPages, 2, reader);
  } finally {
    await doc.destroy();
  }
}

describe("#17 pages in parallel", () => {
  it.each(PDFS)("%s: the same pages as the serial reader", async (file) => {
    const parallel = await parallelPages(file);
    expect(parallel, "the page worker (dist/read/pdf-page-worker.js) was not found: run npm run build").not.toBeNull();
    expect(parallel).toEqual(await serialPages(file));
  });

  it("the 122-page benchmark appendix: the same source document, byte for byte", async () => {
    const path = `${ROOT}fixtures/bench/long-appendix.pdf`;
    const serial = await readSource(path, { name: "long-appendix.pdf", pageThreads: 1 });
    const parallel = await readSource(path, { name: "long-appendix.pdf", pageThreads: 2 });
    expect(serial.pages).toBe(122);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it("a long PDF that is not a plan still stops after the probe pages", async () => {
    const bytes = new Uint8Array(readFileSync(`${ROOT}fixtures/bench/long-appendix.pdf`));
    const file = "long-appendix.pdf";
    const doc = await openPdf(file, new Uint8Array(bytes));
    let read = 0;
    const reader = {
      read: async (n: number) => (read++, { ...(await readPdfPage(file, doc, n)), runs: [] }),
      probe: (p: PdfPage[]) => probePlanWording(file, p, doc.numPages),
      probePages: PROBE_PAGES,
    };
    await expect(readPagesInParallel(file, bytes, doc.numPages, 2, reader)).rejects.toThrow(/found no plan structure in the first 30 of 122 pages/);
    await doc.destroy();
    expect(read).toBeLessThan(100);
  });
});
