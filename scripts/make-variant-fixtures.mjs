// Builds the appendix-table variant fixtures from fixtures/variants/spec.json:
// DOCX files with the layouts real appendices use, their PDFs rendered by
// LibreOffice, a "Word borders" PDF whose rulings are thin filled rectangles,
// and expected.json (the model every variant must give).
//
//   node scripts/make-variant-fixtures.mjs      (needs soffice and qpdf; outputs are committed)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxPackage } from "./docx-package.mjs";

const DIR = new URL("../fixtures/variants/", import.meta.url).pathname;
const spec = JSON.parse(readFileSync(join(DIR, "spec.json"), "utf8"));

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
// The bench fixture may be set in DejaVu Serif: Debian's fonts-liberation 1.x has no Vietnamese
// glyphs, and LibreOffice's fallback then splits words across two fonts.
let FONT = "Liberation Serif";
const run = (text, { bold = false, size = 24 } = {}) =>
  `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>${bold ? "<w:b/>" : ""}<w:sz w:val="${size}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (text, opts = {}) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="60"/>${opts.center ? '<w:jc w:val="center"/>' : ""}</w:pPr>${text ? run(text, opts) : ""}</w:p>`;

function cell(width, paras, { span = 1, vMerge, bold = false, center = false } = {}) {
  const pr = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (span > 1) pr.push(`<w:gridSpan w:val="${span}"/>`);
  if (vMerge === "restart") pr.push('<w:vMerge w:val="restart"/>');
  else if (vMerge === "continue") pr.push("<w:vMerge/>");
  const body = (paras.length ? paras : [""]).map((t) => para(t, { bold, center })).join("");
  return `<w:tc><w:tcPr>${pr.join("")}</w:tcPr>${body}</w:tc>`;
}

const row = (cells, { header = false, cantSplit = false } = {}) =>
  `<w:tr>${header || cantSplit ? `<w:trPr>${header ? "<w:tblHeader/>" : ""}${cantSplit ? "<w:cantSplit/>" : ""}</w:trPr>` : ""}${cells.join("")}</w:tr>`;

function table(widths, rows, { borders = true } = {}) {
  const b = borders ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"' : 'w:val="nil"';
  const edges = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((e) => `<w:${e} ${b}/>`)
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, c) => a + c, 0)}" w:type="dxa"/><w:tblBorders>${edges}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

async function docx(file, bodyXml, { landscape }) {
  writeFileSync(join(DIR, file), await docxPackage(bodyXml, { landscape }));
}

const itemText = ([marker, text]) => (marker ? `${marker} ${text}` : text);
const leadParas = (r) => {
  if (!r.lead) return [];
  if (r.leadStyle === "semicolon" || r.lead.length === 1) return [r.lead.join("; ")];
  return r.lead.map((l) => `- ${l}`);
};

/** Rows with their merge state: lead and coordinating cells merged down over `leadSpan` rows. */
function flatRows() {
  const out = [];
  spec.groups.forEach((g, gi) => {
    let leadLeft = 0,
      coordLeft = 0;
    g.rows.forEach((r, ri) => {
      const leadMerge = leadLeft > 0 ? "continue" : r.leadSpan > 1 ? "restart" : undefined;
      const coordMerge = coordLeft > 0 ? "continue" : r.coordinateSpan > 1 ? "restart" : undefined;
      out.push({ g, gi, r, ri, leadMerge, coordMerge });
      leadLeft = leadLeft > 0 ? leadLeft - 1 : (r.leadSpan ?? 1) - 1;
      coordLeft = coordLeft > 0 ? coordLeft - 1 : (r.coordinateSpan ?? 1) - 1;
    });
  });
  return out;
}

/** Huế's layout: the group merged down the first column, landscape, repeated header. */
function mergedFirstColumn({ borders = true } = {}) {
  const W = [2300, 3900, 1700, 1900, 2000, 2900];
  const head = [
    "NHIỆM VỤ, GIẢI PHÁP",
    "HÀNH ĐỘNG CỤ THỂ",
    "THỜI HẠN",
    "KẾT QUẢ",
    "CƠ QUAN CHỦ TRÌ",
    "CƠ QUAN PHỐI HỢP",
  ];
  const rows = [
    row(
      head.map((h, i) => cell(W[i], [h], { bold: true, center: true })),
      { header: true },
    ),
  ];
  for (const { g, gi, r, ri, leadMerge, coordMerge } of flatRows()) {
    rows.push(
      row([
        cell(W[0], ri === 0 ? [`${gi + 1}. ${g.title}`] : [], {
          vMerge: ri === 0 ? "restart" : "continue",
        }),
        cell(W[1], r.items.map(itemText)),
        cell(W[2], [r.deadline]),
        cell(W[3], [r.output]),
        cell(W[4], leadMerge === "continue" ? [] : leadParas(r), { vMerge: leadMerge }),
        cell(W[5], coordMerge === "continue" ? [] : [r.coordinate].filter(Boolean), {
          vMerge: coordMerge,
        }),
      ]),
    );
  }
  return para(spec.title, { bold: true, center: true }) + table(W, rows, { borders });
}

/** Another wording and order, an STT column, groups as full-width rows, portrait, no repeated header. */
function sttFullWidth({ borders = true } = {}) {
  const W = [600, 3300, 1500, 1500, 1400, 1400];
  const head = [
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
  ];
  const rows = [row(head.map((h, i) => cell(W[i], [h], { bold: true, center: true })))];
  const roman = ["I", "II", "III", "IV", "V"];
  let n = 0;
  for (const { g, gi, r, ri, leadMerge, coordMerge } of flatRows()) {
    if (ri === 0)
      rows.push(
        row([
          cell(W[0], [roman[gi]], { bold: true }),
          cell(
            W.slice(1).reduce((a, b) => a + b),
            [`${gi + 1}. ${g.title}`],
            { span: 5, bold: true },
          ),
        ]),
      );
    rows.push(
      row([
        cell(W[0], [String(++n)]),
        cell(W[1], r.items.map(itemText)),
        cell(W[2], leadMerge === "continue" ? [] : [r.lead ? r.lead.join("; ") : ""], {
          vMerge: leadMerge,
        }),
        cell(W[3], coordMerge === "continue" ? [] : [r.coordinate].filter(Boolean), {
          vMerge: coordMerge,
        }),
        cell(W[4], [r.deadline]),
        cell(W[5], [r.output]),
      ]),
    );
  }
  return para(spec.title, { bold: true, center: true }) + table(W, rows, { borders });
}

/** A two-level header: "Cơ quan thực hiện" over "Chủ trì" and "Phối hợp". */
function twoLevelHeader() {
  const W = [600, 3500, 1600, 1600, 1400, 1400];
  const rows = [
    row(
      [
        cell(W[0], ["TT"], { vMerge: "restart", bold: true }),
        cell(W[1], ["Nhiệm vụ"], { vMerge: "restart", bold: true }),
        cell(W[2] + W[3], ["Cơ quan thực hiện"], { span: 2, bold: true }),
        cell(W[4], ["Thời hạn"], { vMerge: "restart", bold: true }),
        cell(W[5], ["Kết quả"], { vMerge: "restart", bold: true }),
      ],
      { header: true },
    ),
    row(
      [
        cell(W[0], [], { vMerge: "continue" }),
        cell(W[1], [], { vMerge: "continue" }),
        cell(W[2], ["Chủ trì"], { bold: true }),
        cell(W[3], ["Phối hợp"], { bold: true }),
        cell(W[4], [], { vMerge: "continue" }),
        cell(W[5], [], { vMerge: "continue" }),
      ],
      { header: true },
    ),
  ];
  let n = 0;
  for (const { g, gi, r, ri, leadMerge, coordMerge } of flatRows()) {
    if (ri === 0)
      rows.push(
        row([
          cell(
            W.reduce((a, b) => a + b),
            [`${gi + 1}. ${g.title}`],
            { span: 6, bold: true },
          ),
        ]),
      );
    rows.push(
      row([
        cell(W[0], [`${gi + 1}.${++n}`]),
        cell(W[1], r.items.map(itemText)),
        cell(W[2], leadMerge === "continue" ? [] : leadParas(r), { vMerge: leadMerge }),
        cell(W[3], coordMerge === "continue" ? [] : [r.coordinate].filter(Boolean), {
          vMerge: coordMerge,
        }),
        cell(W[4], [r.deadline]),
        cell(W[5], [r.output]),
      ]),
    );
  }
  return para(spec.title, { bold: true, center: true }) + table(W, rows);
}

/** The model every variant must give, derived from the spec independently of the parser. */
function expected() {
  const taskGroups = spec.groups.map((g, i) => ({
    id: `g-${i + 1}`,
    number: i + 1,
    title: g.title,
  }));
  const tasks = [];
  spec.groups.forEach((g, gi) => {
    let pos = 0,
      last = null,
      sub = 0,
      lead = [],
      coordinate = [],
      leadLeft = 0,
      coordLeft = 0;
    g.rows.forEach((r) => {
      if (leadLeft > 0) leadLeft--;
      else {
        lead = r.lead ?? [];
        leadLeft = (r.leadSpan ?? 1) - 1;
      }
      if (coordLeft > 0) coordLeft--;
      else {
        coordinate = r.coordinate ? r.coordinate.split("; ") : [];
        coordLeft = (r.coordinateSpan ?? 1) - 1;
      }
      for (const [marker, text] of r.items) {
        let id,
          parent = null;
        if (marker === "+" && last) {
          parent = last;
          id = `${last}.${++sub}`;
        } else {
          id = `t-${gi + 1}.${++pos}`;
          last = id;
          sub = 0;
        }
        tasks.push({
          id,
          group: `g-${gi + 1}`,
          parent,
          text,
          deadlineRaw: r.deadline,
          output: r.output,
          lead,
          coordinate,
          mergedLead: leadLeft >= 0 && !r.lead,
        });
      }
    });
  });
  return { taskGroups, tasks };
}

function soffice(docxFile, outDir) {
  execFileSync(
    "soffice",
    ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, join(DIR, docxFile)],
    { stdio: "ignore" },
  );
}

/** Redraw every stroked ruling as a thin filled rectangle, as Word's PDF export does. */
function wordBorders(pdfIn, pdfOut) {
  const tmp = mkdtempSync(join(tmpdir(), "qdf-"));
  const qdf = join(tmp, "in.qdf.pdf");
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", pdfIn, qdf]);
  let s = readFileSync(qdf, "latin1");
  let count = 0;
  s = s.replace(/([\d.]+) ([\d.]+) m\s+([\d.]+) ([\d.]+) l\s+S/g, (_, x1, y1, x2, y2) => {
    count++;
    const [a, b, c, d] = [+x1, +y1, +x2, +y2];
    const t = 0.6;
    if (Math.abs(b - d) < 0.01)
      return `${Math.min(a, c).toFixed(2)} ${(b - t / 2).toFixed(2)} ${Math.abs(c - a).toFixed(2)} ${t} re f`;
    return `${(a - t / 2).toFixed(2)} ${Math.min(b, d).toFixed(2)} ${t} ${Math.abs(d - b).toFixed(2)} re f`;
  });
  if (!count) throw new Error("no stroked rulings found to convert");
  const fixed = join(tmp, "fixed.pdf");
  writeFileSync(join(tmp, "edited.qdf.pdf"), s, "latin1");
  // fix-qdf repairs the stream lengths and xref table after the edit.
  writeFileSync(fixed, execFileSync("fix-qdf", [join(tmp, "edited.qdf.pdf")]));
  execFileSync("qpdf", [fixed, pdfOut]);
  return count;
}

/** A long appendix for the benchmark: the spec's groups repeated until the table runs past 120 pages (122). */
async function longAppendix() {
  const groups = spec.groups;
  const copies = 166;
  spec.groups = Array.from({ length: copies }, (_, i) => groups[i % groups.length]);
  FONT = "DejaVu Serif";
  await docx("../bench/long-appendix.docx", mergedFirstColumn(), { landscape: true });
  FONT = "Liberation Serif";
  spec.groups = groups;
  soffice("../bench/long-appendix.docx", join(DIR, "../bench"));
}

if (process.argv.includes("--bench")) {
  // Only the benchmark fixture: the variants stay as committed.
  await longAppendix();
  console.log("fixtures/bench/long-appendix.pdf written");
  process.exit(0);
}
await docx("merged-first-column.docx", mergedFirstColumn(), { landscape: true });
await docx("stt-fullwidth-portrait.docx", sttFullWidth(), { landscape: false });
await docx("two-level-header.docx", twoLevelHeader(), { landscape: false });
await docx("borderless.docx", sttFullWidth({ borders: false }), { landscape: false });
for (const f of ["merged-first-column", "stt-fullwidth-portrait", "two-level-header", "borderless"])
  soffice(`${f}.docx`, DIR);
const n = wordBorders(join(DIR, "merged-first-column.pdf"), join(DIR, "word-borders.pdf"));
writeFileSync(join(DIR, "expected.json"), JSON.stringify(expected(), null, 2) + "\n");
console.log(`variants written to ${DIR} (${n} rulings redrawn as filled rectangles)`);
