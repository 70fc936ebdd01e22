/**
 * PDF reader on pdf.js (pdfjs-dist 5.6.205, legacy build: the last release
 * that runs on Node 20). Text runs are joined into lines and paragraphs by
 * geometry; ruling lines become table grids; page furniture is dropped.
 */
import { InputError, type SourceFile } from "../../diagnostics.js";
import { buildGrids, extractSegments, type Grid, type Ops } from "./rulings.js";
import { layoutParagraphs, type Run, runsToLines } from "./layout.js";
import { borderlessTable, findBorderlessHeader, type ColumnModel } from "./borderless.js";
import type { Block, Paragraph, Table, TableCell } from "../types.js";

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  grids: Grid[];
}

export interface PdfReadOptions {
  /** Stop after this many pages without plan structure (guards huge non-plan files). */
  maxPages?: number;
}

/**
 * A long PDF must show some plan wording in its first pages, or reading stops
 * there: a 1000-page report that is not a plan fails in a second, not a minute.
 */
export const PROBE_PAGES = 30;
const PLAN_WORDING = /kế hoạch|quan điểm|mục tiêu|nhiệm vụ|giải pháp|chủ trì|phối hợp|thời hạn|phụ lục|nghị quyết|quyết định/iu;

export async function loadPdfPages(file: string, data: Uint8Array, opts: PdfReadOptions = {}): Promise<{ pages: PdfPage[]; pageCount: number }> {
  // Loaded on first use: commands that read no PDF (diff of YAML files, a cached parse) start faster.
  const { getDocument, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    doc = await getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    }).promise;
  } catch (e) {
    throw pdfError(file, e);
  }
  const pages: PdfPage[] = [];
  const limit = Math.min(doc.numPages, opts.maxPages ?? doc.numPages);
  try {
    for (let n = 1; n <= limit; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      const fontNames = new Map<string, string>();
      for (const key of Object.keys(text.styles)) {
        const font = page.commonObjs.has(key) ? (page.commonObjs.get(key) as { name?: string }) : undefined;
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
      const segments = extractSegments(ops.fnArray, ops.argsArray, OPS as unknown as Ops, vt);
      pages.push({ number: n, width: viewport.width, height: viewport.height, runs, grids: buildGrids(segments) });
      page.cleanup();
      if (n === PROBE_PAGES && doc.numPages > PROBE_PAGES && !pages.some((p) => p.runs.some((r) => PLAN_WORDING.test(r.str.normalize("NFC"))))) {
        throw new InputError(file, `found no plan structure in the first ${PROBE_PAGES} of ${doc.numPages} pages; stopped reading`, "not-a-plan");
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw pdfError(file, e);
  } finally {
    await doc.destroy();
  }
  return { pages, pageCount: doc.numPages };
}

function pdfError(file: string, e: unknown): InputError {
  const name = (e as { name?: string })?.name ?? "";
  const msg = (e as Error)?.message ?? String(e);
  if (name === "PasswordException") return new InputError(file, "the PDF is encrypted with a password", "input-encrypted");
  if (name === "InvalidPDFException") return new InputError(file, "not a valid PDF (corrupt or truncated)", "input-corrupt");
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
const isFurniture = (r: Run, page: PdfPage) => /^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$/.test(r.str) && (r.y < page.height * 0.08 || r.y > page.height * 0.92);

/** A page → blocks: tables where ruling grids are, paragraphs elsewhere, in reading order. */
export function pageBlocks(page: PdfPage, file: SourceFile, carried?: ColumnModel): PageBlocks {
  const grids = page.grids.filter((g) => g.cells.length >= MIN_GRID_CELLS);
  if (!grids.length) {
    const borderless = borderlessBlocks(page, carried);
    if (borderless) return borderless;
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
    items.push({ y: p.top, block: { ...p.paragraph, page: page.number }, atMargin: p.startsAtMargin });
  }
  grids.forEach((g, gi) => {
    const table = gridToTable(g, gridRuns[gi], page.number, file);
    if (table) items.push({ y: g.box.y0, block: table });
  });
  items.sort((a, b) => a.y - b.y);
  return { blocks: items.map((i) => i.block), firstStartsAtMargin: items[0]?.atMargin === true };
}

function gridToTable(g: Grid, runs: Run[], page: number, file: SourceFile): Table | null {
  const cellRuns = g.cells.map(() => [] as Run[]);
  for (const r of runs) {
    const cx = r.x0 + Math.min(2, (r.x1 - r.x0) / 2);
    const cy = r.y - r.size * 0.3;
    const idx = g.cells.findIndex((c) => cx >= c.box.x0 - 0.5 && cx <= c.box.x1 + 0.5 && cy >= c.box.y0 - 0.5 && cy <= c.box.y1 + 0.5);
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
  const table = borderlessTable(runs.filter((r) => r.y >= top), model, page.number, found);
  if (!table) return null;
  const blocks: Block[] = layoutParagraphs(runsToLines(above), page).map((p) => ({ ...p.paragraph, page: page.number }));
  blocks.push(table);
  return { blocks, firstStartsAtMargin: false, columns: model };
}
