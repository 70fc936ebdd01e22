/**
 * DOCX reader over the raw WordprocessingML. mammoth gets merged cells right
 * but drops list labels and cannot tell three numbering schemes apart, and
 * the table needs exact w:vMerge / w:gridSpan grids: so document.xml,
 * numbering.xml and styles.xml are read directly (jszip + fast-xml-parser).
 */
import JSZip from "jszip";
import { InputError, type SourceFile } from "../../diagnostics.js";
import { splitLabel } from "../../lexicon/labels.js";
import { normalizeText } from "../../lexicon/text.js";
import { DEFAULT_LIMITS, formatBytes } from "../../limits.js";
import { Numbering } from "./numbering.js";
import type { Block, Paragraph, Table, TableCell } from "../types.js";
import { attr, body, child, parseXml, tagOf, type XNode } from "./xml.js";

const MAX_ENTRIES = 5000;
const LEGACY_FONTS = /^(\.Vn|VNI[- ]|VNtimes|VN-)/i;

/**
 * Inflate one entry, counting the bytes as they come out: the sizes in a
 * zip's headers can lie, so a bomb is stopped by what it produces, not by
 * what it declares. `budget.left` is shared by all the entries read.
 */
function inflateCounted(
  file: string,
  name: string,
  entry: JSZip.JSZipObject,
  budget: { left: number; limit: number },
): Promise<string> {
  type Stream = JSZip.JSZipStreamHelper<Uint8Array>;
  const stream = (
    entry as unknown as { internalStream(type: "uint8array"): Stream }
  ).internalStream("uint8array");
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let stopped = false;
    stream
      .on("data", (chunk) => {
        if (stopped) return;
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stopped = true;
          stream.pause();
          reject(
            new InputError(
              file,
              `${name} inflates past the --max-bytes limit of ${formatBytes(budget.limit)} (a zip bomb?)`,
              "input-zip-bomb",
            ),
          );
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e) => {
        if (!stopped) reject(e);
        stopped = true;
      })
      .on("end", () => {
        if (!stopped) resolve(Buffer.concat(chunks).toString("utf8"));
      })
      .resume();
  });
}

export async function readDocx(
  file: SourceFile,
  data: Uint8Array,
  maxInflated = DEFAULT_LIMITS.maxInflatedBytes,
): Promise<Block[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch {
    throw new InputError(file.name, "not a DOCX file (not a valid zip archive)", "input-corrupt");
  }
  const entries = Object.values(zip.files);
  let total = 0;
  for (const e of entries) {
    const size =
      (e as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
  }
  // What the headers declare is a first, cheap refusal; inflateCounted enforces the limit on what comes out.
  if (entries.length > MAX_ENTRIES || total > maxInflated) {
    throw new InputError(
      file.name,
      `the archive would inflate to ${formatBytes(total)} in ${entries.length} entries, over the --max-bytes limit of ${formatBytes(maxInflated)} (zip bomb?)`,
      "input-zip-bomb",
    );
  }
  const budget = { left: maxInflated, limit: maxInflated };
  const docEntry = zip.file("word/document.xml");
  if (!docEntry)
    throw new InputError(file.name, "not a DOCX file (no word/document.xml)", "input-corrupt");
  // A damaged entry fails in jszip's inflate ("uncompressed data size mismatch") or in the XML parser: either way the file is corrupt.
  const read = async (name: string) => {
    const e = zip.file(name);
    try {
      return e ? parseXml(await inflateCounted(file.name, name, e, budget)) : undefined;
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(
        file.name,
        `cannot read ${name}: ${(err as Error).message.replace(/^Bug : /, "")}`,
        "input-corrupt",
      );
    }
  };
  const doc = (await read("word/document.xml"))!;
  const numbering = new Numbering(await read("word/numbering.xml"));
  const styles = new Styles(await read("word/styles.xml"));
  const ctx: Ctx = { numbering, styles, fonts: new Set() };
  const root = child(doc, "w:document");
  const bodyNode = root ? child(body(root), "w:body") : undefined;
  if (!bodyNode) throw new InputError(file.name, "word/document.xml has no body", "input-corrupt");
  const blocks = readBlocks(body(bodyNode), ctx);
  const legacy = [...ctx.fonts].filter((f) => LEGACY_FONTS.test(f));
  if (legacy.length) {
    file.warn(
      "legacy-encoding",
      `text uses legacy Vietnamese fonts (${legacy.join(", ")}); TCVN3/VNI text is not Unicode and will read as garbage`,
    );
  }
  return blocks;
}

interface Ctx {
  numbering: Numbering;
  styles: Styles;
  fonts: Set<string>;
}

/** Paragraph styles: numbering and bold inherited through w:basedOn. */
class Styles {
  private byId = new Map<
    string,
    { numId?: string; ilvl?: number; bold?: boolean; basedOn?: string }
  >();
  constructor(root: XNode[] | undefined) {
    const st = root ? child(root, "w:styles") : undefined;
    if (!st) return;
    for (const s of body(st)) {
      if (tagOf(s) !== "w:style") continue;
      const b = body(s);
      const pPr = child(b, "w:pPr");
      const numPr = pPr ? child(body(pPr), "w:numPr") : undefined;
      const rPr = child(b, "w:rPr");
      this.byId.set(attr(s, "w:styleId") ?? "", {
        numId: numPr ? attr(child(body(numPr), "w:numId"), "w:val") : undefined,
        ilvl: numPr ? Number(attr(child(body(numPr), "w:ilvl"), "w:val") ?? 0) : undefined,
        bold: rPr ? isOn(child(body(rPr), "w:b")) : undefined,
        basedOn: attr(child(b, "w:basedOn"), "w:val"),
      });
    }
  }
  resolve(id: string | undefined): { numId?: string; ilvl?: number; bold?: boolean } {
    const out: { numId?: string; ilvl?: number; bold?: boolean } = {};
    for (let depth = 0; id && depth < 10; depth++) {
      const s = this.byId.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
      out.bold ??= s.bold;
      id = s.basedOn;
    }
    return out;
  }
}

function isOn(n: XNode | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = attr(n, "w:val");
  return v === undefined || !["0", "false", "off"].includes(v);
}

function readBlocks(nodes: XNode[], ctx: Ctx): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") out.push(...readParagraph(n, ctx));
    else if (tag === "w:tbl") out.push(readTable(n, ctx));
    else if (tag === "w:sdt") {
      const content = child(body(n), "w:sdtContent");
      if (content) out.push(...readBlocks(body(content), ctx));
    } else if (tag === "w:customXml" || tag === "w:ins") out.push(...readBlocks(body(n), ctx));
  }
  return out;
}

interface RunText {
  text: string;
  bold: boolean;
  italic: boolean;
}

function readParagraph(p: XNode, ctx: Ctx): Paragraph[] {
  const nodes = body(p);
  const pPr = child(nodes, "w:pPr");
  const pPrBody = pPr ? body(pPr) : [];
  const style = ctx.styles.resolve(attr(child(pPrBody, "w:pStyle"), "w:val"));
  const numPr = child(pPrBody, "w:numPr");
  const numId = numPr ? attr(child(body(numPr), "w:numId"), "w:val") : style.numId;
  const ilvl = numPr ? Number(attr(child(body(numPr), "w:ilvl"), "w:val") ?? 0) : (style.ilvl ?? 0);
  const jc = attr(child(pPrBody, "w:jc"), "w:val");
  const runs: RunText[] = [];
  collectRuns(nodes, ctx, runs, style.bold ?? false);
  const raw = runs.map((r) => r.text).join("");
  const label = numId ? ctx.numbering.next(numId, ilvl) : undefined;
  // A manual line break followed by a list marker is a new item; any other break is a space.
  const pieces = raw.split("\n");
  const texts: string[] = [];
  for (const piece of pieces) {
    if (texts.length && !splitLabel(piece.trim()).label) texts[texts.length - 1] += " " + piece;
    else texts.push(piece);
  }
  const textRuns = runs.filter((r) => r.text.trim());
  const bold = textRuns.length > 0 && textRuns.every((r) => r.bold);
  const italic = textRuns.length > 0 && textRuns.every((r) => r.italic);
  const align =
    jc === "center"
      ? "center"
      : jc === "right" || jc === "end"
        ? "right"
        : jc === "both" || jc === "distribute"
          ? "justify"
          : "left";
  const out: Paragraph[] = [];
  texts.forEach((t, i) => {
    const norm = normalizeText(t);
    if (!norm) return;
    const para: Paragraph = { kind: "paragraph", text: norm, align };
    if (i === 0 && label) para.label = label;
    else {
      const split = splitLabel(norm);
      if (split.label) {
        para.label = split.label;
        para.text = split.text;
      }
    }
    if (bold) para.bold = true;
    if (italic) para.italic = true;
    out.push(para);
  });
  return out;
}

function collectRuns(nodes: XNode[], ctx: Ctx, out: RunText[], styleBold: boolean): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:r") {
      const rb = body(n);
      const rPr = child(rb, "w:rPr");
      const rPrBody = rPr ? body(rPr) : [];
      const bold = isOn(child(rPrBody, "w:b")) ?? styleBold;
      const italic = isOn(child(rPrBody, "w:i")) ?? false;
      const fonts = child(rPrBody, "w:rFonts");
      const font = attr(fonts, "w:ascii") ?? attr(fonts, "w:hAnsi");
      if (font) ctx.fonts.add(font);
      let text = "";
      for (const r of rb) {
        const t = tagOf(r);
        if (t === "w:t")
          text += body(r)
            .map((x) => String(x["#text"] ?? ""))
            .join("");
        else if (t === "w:tab" || t === "w:ptab") text += " ";
        else if (t === "w:br" || t === "w:cr") text += "\n";
        else if (t === "w:noBreakHyphen") text += "-";
      }
      if (text) out.push({ text, bold, italic });
    } else if (
      tag === "w:hyperlink" ||
      tag === "w:smartTag" ||
      tag === "w:ins" ||
      tag === "w:fldSimple" ||
      tag === "w:customXml"
    ) {
      collectRuns(body(n), ctx, out, styleBold);
    } else if (tag === "w:sdt") {
      const content = child(body(n), "w:sdtContent");
      if (content) collectRuns(body(content), ctx, out, styleBold);
    }
    // w:del (tracked deletions) and w:instrText (field codes) are not text of the document.
  }
}

/**
 * A row's cells tile w:tblGrid columns left to right from w:gridBefore, each
 * covering w:gridSpan columns; a vertical merge starts at w:vMerge="restart"
 * and continues through cells whose w:vMerge has no value.
 */
function readTable(tbl: XNode, ctx: Ctx): Table {
  const nodes = body(tbl);
  const grid = child(nodes, "w:tblGrid");
  let colCount = grid ? body(grid).filter((g) => tagOf(g) === "w:gridCol").length : 0;
  const cells: TableCell[] = [];
  const headerRows: number[] = [];
  /** The origin cell currently open for vertical merging, per grid column. */
  const open = new Map<number, TableCell>();
  let r = 0;
  for (const tr of rowsOf(nodes)) {
    const trBody = body(tr);
    const trPr = child(trBody, "w:trPr");
    const trPrBody = trPr ? body(trPr) : [];
    if (isOn(child(trPrBody, "w:tblHeader"))) headerRows.push(r);
    let c = Number(attr(child(trPrBody, "w:gridBefore"), "w:val") ?? 0);
    for (const tc of cellsOf(trBody)) {
      const tcBody = body(tc);
      const tcPr = child(tcBody, "w:tcPr");
      const tcPrBody = tcPr ? body(tcPr) : [];
      const span = Number(attr(child(tcPrBody, "w:gridSpan"), "w:val") ?? 1) || 1;
      const vMergeNode = child(tcPrBody, "w:vMerge");
      const vMerge = vMergeNode ? (attr(vMergeNode, "w:val") ?? "continue") : undefined;
      const paragraphs = readBlocks(tcBody, ctx).flatMap((b) =>
        b.kind === "paragraph" ? [b] : nestedParagraphs(b),
      );
      const origin = open.get(c);
      if (vMerge === "continue" && origin && origin.col === c) {
        origin.rowSpan = r - origin.row + 1;
        // Text in a continuation cell is rare but real: keep it rather than lose it.
        origin.paragraphs.push(...paragraphs);
      } else {
        const cell: TableCell = { row: r, col: c, rowSpan: 1, colSpan: span, paragraphs };
        cells.push(cell);
        for (let k = c; k < c + span; k++) open.delete(k);
        if (vMerge === "restart") open.set(c, cell);
      }
      c += span;
    }
    colCount = Math.max(colCount, c);
    r++;
  }
  return { kind: "table", rowCount: r, colCount, cells, headerRows };
}

function rowsOf(nodes: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === "w:tr") out.push(n);
    else if (t === "w:sdt" || t === "w:customXml" || t === "w:ins") {
      const content = t === "w:sdt" ? child(body(n), "w:sdtContent") : n;
      if (content) out.push(...rowsOf(body(content)));
    }
  }
  return out;
}

function cellsOf(nodes: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === "w:tc") out.push(n);
    else if (t === "w:sdt" || t === "w:customXml") {
      const content = t === "w:sdt" ? child(body(n), "w:sdtContent") : n;
      if (content) out.push(...cellsOf(body(content)));
    }
  }
  return out;
}

function nestedParagraphs(t: Table): Paragraph[] {
  return [...t.cells].sort((a, b) => a.row - b.row || a.col - b.col).flatMap((c) => c.paragraphs);
}
