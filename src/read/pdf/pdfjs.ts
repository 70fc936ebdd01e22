/**
 * pdf.js, loaded once and on first use. The legacy build (the one that runs
 * on Node 20) carries core-js polyfills that replace Array.prototype.push,
 * JSON.parse and JSON.stringify for the whole process, to fix edge cases we
 * never meet (an array with a read-only length, JSON.parse's source text); the
 * replacement push alone is ~3.5x slower than V8's, in pdf.js and in our own
 * code alike. Both halves of pdf.js (its API and the worker code it runs in
 * this thread) are loaded here, then the native functions are put back.
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, "push")!;
    const { parse, stringify } = JSON;
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // Setting globalThis.pdfjsWorker: pdf.js then runs its worker code in this thread without a second import.
    // @ts-expect-error the worker module has no type declarations
    await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    Object.defineProperty(Array.prototype, "push", push);
    Object.assign(JSON, { parse, stringify });
    return pdfjs;
  })();
  return loading;
}
