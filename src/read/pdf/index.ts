/**
 * PDF reader on pdf.js (pdfjs-dist 5.6.205, legacy build: the last release
 * that runs on Node 20). Text runs are joined into lines and paragraphs by
 * geometry; ruling lines become table grids; page furniture is dropped.
 */
import { availableParallelism } from "node:os";
import { InputError, type SourceFile } from "../../diagnostics.js";
import {
  declaredPageCount,
  PageWorkers,
  PARALLEL_FROM_PAGES,
  type PageReader,
} from "./parallel.js";
import { loadPdfJs } from "./pdfjs.js";
import { buildGrids, extractSegments, type Grid, type Ops, type Segment } from "./rulings.js";
import { ruledRowsGrid } from "./ruled-rows.js";
import { layoutParagraphs, rejoinRuns, type Run, runsToLines } from "./layout.js";
import { borderlessTable, findBorderlessHeader, type ColumnModel } from "./borderless.js";
import type { Block, Paragraph, Table, TableCell } from "../types.js";

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  grids: Grid[];
  /** Something is drawn on the page (an image, a path): a page with no text and nothing drawn is blank, not a scan. */
  painted?: boolean;
  /** Horizontal rules, for tables ruled between rows only (text-layer pages). */
  rules?: Segment[];
}

export interface PdfReadOptions {
  /** Stop after this many pages without plan structure (guards huge non-plan files). */
  maxPages?: number;
  /** Refuse a PDF with more pages (--max-pages). */
  pageLimit?: number;
  /** Images above this many pixels are not decoded (--max-pixels). */
  maxPixels?: number;
  /** Refuse a page with more drawing operators (--max-operators). */
  maxOperators?: number;
  /**
   * Called as pdf.js starts on each page (null when done). pdf.js reads a
   * page's drawing without yielding to timers, so a page of millions of
   * operators cannot be stopped from inside; a watcher on another thread
   * (batch/pool.ts) uses this to stop a worker stuck on one page.
   */
  onPage?: (page: number | null) => void;
  /** Threads to read a long PDF's pages with (default: the number of cores); 1 reads them here, in order. */
  threads?: number;
  /** Read pages side by side only from this many pages on (default PARALLEL_FROM_PAGES; for the tests and the bench). */
  parallelFromPages?: number;
}

/**
 * A long PDF must show some plan wording in its first pages, or reading stops
 * there: a 1000-page report that is not a plan fails in a second, not a minute.
 */
export const PROBE_PAGES = 30;
const PLAN_WORDING =
  /kế hoạch|quan điểm|mục tiêu|nhiệm vụ|giải pháp|chủ trì|phối hợp|thời hạn|phụ lục|nghị quyết|quyết định/iu;

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

export async function loadPdfPages(
  file: string,
  data: Uint8Array,
  opts: PdfReadOptions = {},
): Promise<{ pages: PdfPage[]; pageCount: number }> {
  const parallelFrom = opts.parallelFromPages ?? PARALLEL_FROM_PAGES;
  const threads = opts.threads ?? availableParallelism();
  // Page workers read under the same bounds as this thread.
  const limits = {
    maxPages: opts.maxPages,
    maxPixels: opts.maxPixels,
    maxOperators: opts.maxOperators,
  };
  // Started before the document is opened here, from the page count the file declares (see parallel.ts).
  const declared = Math.min(declaredPageCount(data) ?? 0, opts.maxPages ?? Infinity);
  const workers =
    threads > 1 && declared >= parallelFrom
      ? PageWorkers.start<PdfPage>(file, data, threads - 1, limits)
      : null;
  // Kept for workers started late: pdf.js takes ownership of (detaches) the buffer it is given.
  const bytes = workers ? null : new Uint8Array(data);
  let doc: PdfDocument;
  try {
    doc = await openPdf(file, data, opts.maxPixels);
  } catch (e) {
    await workers?.close();
    throw e;
  }
  if (opts.pageLimit && doc.numPages > opts.pageLimit) {
    await workers?.close();
    await doc.destroy();
    throw new InputError(
      file,
      `has ${doc.numPages} pages, over the --max-pages limit of ${opts.pageLimit}`,
      "input-too-large",
    );
  }
  const limit = Math.min(doc.numPages, opts.maxPages ?? doc.numPages);
  try {
    const reader = {
      read: (n: number) => {
        opts.onPage?.(n);
        return readPdfPage(file, doc, n, opts.maxOperators);
      },
      probe: (first: PdfPage[]) => probePlanWording(file, first, doc.numPages),
      probePages: PROBE_PAGES,
    };
    // A page tree the raw bytes did not show (a compressed object stream): the workers start late.
    const late =
      !workers && threads > 1 && limit >= parallelFrom
        ? PageWorkers.start<PdfPage>(file, bytes!, threads - 1, limits)
        : null;
    const pool = workers ?? late;
    if (pool && limit >= parallelFrom)
      return { pages: await pool.read(file, limit, reader), pageCount: doc.numPages };
    await pool?.close();
    return { pages: await readPagesInOrder(limit, reader), pageCount: doc.numPages };
  } finally {
    opts.onPage?.(null);
    await doc.destroy();
  }
}

/** Open a PDF with pdf.js; an unreadable one is an InputError saying why. */
export async function openPdf(
  file: string,
  data: Uint8Array,
  maxPixels?: number,
): Promise<PdfDocument> {
  // Loaded on first use: commands that read no PDF (diff of YAML files, a cached parse) start faster.
  const { getDocument } = await loadPdfJs();
  try {
    return await getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      // A 30000x30000 image would take gigabytes to decode; text and rulings never need it.
      ...(maxPixels ? { maxImageSize: maxPixels } : {}),
    }).promise;
  } catch (e) {
    throw pdfError(file, e);
  }
}

async function readPagesInOrder(limit: number, reader: PageReader<PdfPage>): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= limit; n++) {
    pages.push(await reader.read(n));
    if (n === reader.probePages) reader.probe(pages);
  }
  return pages;
}

/** After PROBE_PAGES pages (in page order) of a longer PDF: stop unless some page reads like a plan. */
export function probePlanWording(file: string, firstPages: PdfPage[], pageCount: number): void {
  if (
    pageCount <= PROBE_PAGES ||
    firstPages.some((p) => p.runs.some((r) => PLAN_WORDING.test(r.str.normalize("NFC"))))
  )
    return;
  throw new InputError(
    file,
    `found no plan structure in the first ${PROBE_PAGES} of ${pageCount} pages; stopped reading`,
    "not-a-plan",
  );
}

/** One page → its text runs and ruling grids: the unit of work of the serial and the parallel reader. */
export async function readPdfPage(
  file: string,
  doc: PdfDocument,
  n: number,
  maxOperators?: number,
): Promise<PdfPage> {
  const { OPS } = await loadPdfJs();
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const fontNames = new Map<string, string>();
    for (const key of Object.keys(text.styles)) {
      const font = page.commonObjs.has(key)
        ? (page.commonObjs.get(key) as { name?: string })
        : undefined;
      fontNames.set(key, font?.name ?? "");
    }
    const vt = viewport.transform as [number, number, number, number, number, number];
    const runs: Run[] = [];
    for (const item of text.items) {
      if (!("str" in item) || !item.str.trim()) continue; // whitespace items carry misleading widths
      const t = item.transform as number[];
      const [x, y] = viewport.convertToViewportPoint(t[4], t[5]) as [number, number];
      const size = Math.hypot(t[2], t[3]) || Math.hypot(t[0], t[1]);
      const font = fontNames.get(item.fontName) ?? "";
      // Rotated text (vertical stamps, rotated tables) is kept but flagged by its direction.
      const rotated = Math.abs(t[1]) > Math.abs(t[0]);
      runs.push({
        str: item.str,
        x0: x,
        x1: x + (rotated ? 0 : item.width),
        y,
        size,
        bold: /bold|black|heavy|semibold|demi/i.test(font),
        italic: /italic|oblique/i.test(font),
        rotated,
      });
    }
    if (maxOperators && ops.fnArray.length > maxOperators) {
      throw new InputError(
        file,
        `page ${n} has ${ops.fnArray.length} drawing operators, over the --max-operators limit of ${maxOperators}`,
        "input-too-large",
      );
    }
    const segments = extractSegments(ops.fnArray, ops.argsArray, OPS as unknown as Ops, vt);
    const painted = ops.fnArray.some((f) =>
      paintOps(OPS as unknown as Record<string, number>).has(f),
    );
    page.cleanup();
    return {
      number: n,
      width: viewport.width,
      height: viewport.height,
      runs: rejoinRuns(runs),
      grids: buildGrids(segments),
      rules: segments.filter((x) => x.dir === "h"),
      painted,
    };
  } catch (e) {
    throw pdfError(file, e);
  }
}

const PAINT_OP_NAMES = [
  "paintImageXObject",
  "paintInlineImageXObject",
  "paintImageMaskXObject",
  "paintImageXObjectRepeat",
  "paintSolidColorImageMask",
  "paintInlineImageXObjectGroup",
  "paintImageMaskXObjectGroup",
  "paintImageMaskXObjectRepeat",
  "fill",
  "eoFill",
  "stroke",
  "fillStroke",
  "eoFillStroke",
  "closeStroke",
  "closeFillStroke",
  "closeEOFillStroke",
  "shadingFill",
  "constructPath",
];
let PAINT_OPS: Set<number> | undefined;

/** pdf.js operators that put ink on the page (numbers from pdf.js's OPS table). */
function paintOps(ops: Record<string, number>): Set<number> {
  PAINT_OPS ??= new Set(PAINT_OP_NAMES.map((k) => ops[k]).filter((v) => v !== undefined));
  return PAINT_OPS;
}

export function pdfError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const name = (e as { name?: string })?.name ?? "";
  const msg = (e as Error)?.message ?? String(e);
  if (name === "PasswordException")
    return new InputError(file, "the PDF is encrypted with a password", "input-encrypted");
  if (name === "InvalidPDFException")
    return new InputError(file, "not a valid PDF (corrupt or truncated)", "input-corrupt");
  return new InputError(file, `cannot read the PDF: ${msg}`, "input-corrupt");
}

/** Minimum share of a cell's area a table must have to count as a table rather than a frame. */
const MIN_GRID_CELLS = 2;

export interface PageBlocks {
  blocks: Block[];
  /** The page's first block is a paragraph whose first line starts at the left margin. */
  firstStartsAtMargin: boolean;
  /** Columns of a borderless table that may continue on the next page. */
  columns?: ColumnModel;
}

/**
 * A page number as a single run. Narrower than the page-number filter in
 * pdf-layout's layoutParagraphs on purpose: that one sees whole body lines,
 * this one sees runs, and on a borderless table an STT number near the top
 * of the page is a lone run inside a 10% band.
 */
const isFurniture = (r: Run, page: PdfPage) =>
  /^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$/.test(r.str) &&
  (r.y < page.height * 0.08 || r.y > page.height * 0.92);

/** A page → blocks: tables where ruling grids are, paragraphs elsewhere, in reading order. */
export function pageBlocks(page: PdfPage, file: SourceFile, carried?: ColumnModel): PageBlocks {
  let grids = page.grids.filter((g) => g.cells.length >= MIN_GRID_CELLS);
  let columns: ColumnModel | undefined;
  if (!grids.length) {
    const ruled = page.rules
      ? ruledRowsGrid(
          page.rules,
          page.runs.filter((r) => !isFurniture(r, page)),
          carried,
        )
      : null;
    if (ruled) {
      grids = [ruled.grid];
      columns = ruled.model;
    } else {
      const borderless = borderlessBlocks(page, carried);
      if (borderless) return borderless;
    }
  }
  const inGrid = (r: Run, g: Grid) => {
    const cx = r.x0 + Math.min(2, (r.x1 - r.x0) / 2);
    const cy = r.y - r.size * 0.3;
    return cx >= g.box.x0 && cx <= g.box.x1 && cy >= g.box.y0 && cy <= g.box.y1;
  };
  const bodyRuns: Run[] = [];
  const gridRuns = grids.map(() => [] as Run[]);
  for (const r of page.runs) {
    const gi = grids.findIndex((g) => inGrid(r, g));
    if (gi >= 0) gridRuns[gi].push(r);
    else bodyRuns.push(r);
  }
  const items: { y: number; block: Block; atMargin?: boolean }[] = [];
  for (const p of layoutParagraphs(runsToLines(bodyRuns), page)) {
    items.push({
      y: p.top,
      block: { ...p.paragraph, page: page.number },
      atMargin: p.startsAtMargin,
    });
  }
  grids.forEach((g, gi) => {
    const table = gridToTable(g, gridRuns[gi], page.number, file);
    if (table) items.push({ y: g.box.y0, block: table });
  });
  items.sort((a, b) => a.y - b.y);
  return {
    blocks: items.map((i) => i.block),
    firstStartsAtMargin: items[0]?.atMargin === true,
    ...(columns ? { columns } : {}),
  };
}

function gridToTable(g: Grid, runs: Run[], page: number, file: SourceFile): Table | null {
  const cellRuns = g.cells.map(() => [] as Run[]);
  for (const r of runs) {
    const cx = r.x0 + Math.min(2, (r.x1 - r.x0) / 2);
    const cy = r.y - r.size * 0.3;
    const idx = g.cells.findIndex(
      (c) =>
        cx >= c.box.x0 - 0.5 &&
        cx <= c.box.x1 + 0.5 &&
        cy >= c.box.y0 - 0.5 &&
        cy <= c.box.y1 + 0.5,
    );
    if (idx >= 0) cellRuns[idx].push(r);
    else file.warn("unplaced-text", `text "${r.str}" lies in no table cell`, { page });
  }
  const cells: TableCell[] = g.cells.map((c, i) => ({
    row: c.row,
    col: c.col,
    rowSpan: c.rowSpan,
    colSpan: c.colSpan,
    page,
    box: c.box,
    paragraphs: cellParagraphs(cellRuns[i], page),
  }));
  if (cells.every((c) => c.paragraphs.length === 0)) return null;
  return {
    kind: "table",
    rowCount: g.ys.length - 1,
    colCount: g.xs.length - 1,
    cells,
    page,
    rowEdges: g.ys,
    colEdges: g.xs,
  };
}

/** Inside a cell a new paragraph starts at a list marker or after a clear vertical gap. */
function cellParagraphs(runs: Run[], page: number): Paragraph[] {
  return layoutParagraphs(runsToLines(runs), null).map((p) => ({ ...p.paragraph, page }));
}

/**
 * A page without rulings: a task table found by its header words, or the
 * continuation of the previous page's borderless table.
 */
function borderlessBlocks(page: PdfPage, carried: ColumnModel | undefined): PageBlocks | null {
  const runs = page.runs.filter((r) => !isFurniture(r, page));
  const found = findBorderlessHeader(runs);
  const model = found?.model ?? carried;
  if (!model) return null;
  const top = found ? found.headerTop : -Infinity;
  const above = runs.filter((r) => r.y < top);
  const table = borderlessTable(
    runs.filter((r) => r.y >= top),
    model,
    page.number,
    found,
  );
  if (!table) return null;
  const blocks: Block[] = layoutParagraphs(runsToLines(above), page).map((p) => ({
    ...p.paragraph,
    page: page.number,
  }));
  blocks.push(table);
  return { blocks, firstStartsAtMargin: false, columns: model };
}
