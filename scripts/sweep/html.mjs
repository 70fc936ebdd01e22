// A sweep layout as HTML, for Chromium's print-to-PDF: the same table as the
// DOCX, drawn by Skia with CSS borders (filled rectangles, not strokes).
import {
  CAPTION,
  FONTS,
  SUB_HEADERS,
  TITLE,
  TWO_LEVEL,
  groupTitleText,
  roman,
  rowsOf,
} from "./layouts.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function layoutHtml(layout) {
  const { dims, columns } = layout;
  const total = columns.reduce((a, c) => a + c.width, 0);
  const ps = (paras) =>
    paras
      .filter((p) => p !== "")
      .map((p) => `<p>${esc(p)}</p>`)
      .join("");
  const td = (paras, { span = 1, rows = 1, cls = "", tag = "td" } = {}) =>
    `<${tag}${span > 1 ? ` colspan="${span}"` : ""}${rows > 1 ? ` rowspan="${rows}"` : ""}${cls ? ` class="${cls}"` : ""}>${ps(paras)}</${tag}>`;
  const head = [];
  if (dims.twoLevel === "yes") {
    const top = [],
      bottom = [];
    columns.forEach((c) => {
      if (c.role === "coordinate") return;
      if (c.role === "lead") {
        top.push(td([TWO_LEVEL[dims.wording]], { span: 2, tag: "th" }));
        bottom.push(
          td([SUB_HEADERS.lead], { tag: "th" }),
          td([SUB_HEADERS.coordinate], { tag: "th" }),
        );
      } else top.push(td([c.header], { rows: 2, tag: "th" }));
    });
    head.push(`<tr>${top.join("")}</tr>`, `<tr>${bottom.join("")}</tr>`);
  } else head.push(`<tr>${columns.map((c) => td([c.header], { tag: "th" })).join("")}</tr>`);
  if (dims.numberRow === "yes")
    head.push(`<tr>${columns.map((_, k) => td([`(${k + 1})`], { cls: "c" })).join("")}</tr>`);
  const hasStt = columns.some((c) => c.role === "stt");
  const body = [];
  const rows = rowsOf(layout);
  for (const row of rows) {
    if (row.kind === "group") {
      const title = groupTitleText(dims, row.gi, row.title, hasStt);
      if (dims.groups === "full-width" && hasStt && columns[0].role === "stt") {
        body.push(
          `<tr class="g">${td([roman(row.gi + 1)], { cls: "c" })}${td([title], { span: columns.length - 1, cls: "l" })}</tr>`,
        );
      } else body.push(`<tr class="g">${td([title], { span: columns.length, cls: "l" })}</tr>`);
      continue;
    }
    const t = row.task;
    const cells = [];
    for (const c of columns) {
      switch (c.role) {
        case "group":
          if (row.first)
            cells.push(
              td([`${row.gi + 1}. ${layout.groups[row.gi].title}`], {
                rows: row.groupSize,
                cls: "l b",
              }),
            );
          break;
        case "stt":
          cells.push(td([row.stt], { cls: "c" }));
          break;
        case "task":
          cells.push(td([row.marker ? `${row.marker} ${t.text}` : t.text], { cls: "task" }));
          break;
        case "deadline":
          cells.push(td([t.deadline.raw ?? ""]));
          break;
        case "output":
          cells.push(td([t.output ?? ""]));
          break;
        case "lead":
        case "coordinate": {
          if (row[`${c.role}Covered`]) break;
          const list = t[c.role];
          const paras =
            dims.leadStyle === "lines" && list.length > 1
              ? list.map((a) => `- ${a}`)
              : [list.join("; ")];
          cells.push(td(paras, { rows: row[`${c.role}Span`] ?? 1 }));
          break;
        }
        case "funding":
          cells.push(td([t.funding]));
          break;
        case "note":
          cells.push(td([t.note]));
          break;
        case "extra":
          cells.push(td([t.extra]));
          break;
      }
    }
    body.push(`<tr>${cells.join("")}</tr>`);
  }
  const line = {
    full: "0.75pt solid #000",
    double: "2.25pt double #000",
    horizontals: "0.75pt solid #000",
    none: "none",
  }[dims.rulings];
  const vertical = dims.rulings === "horizontals" ? "none" : line;
  const align = { left: "left", center: "center", justify: "justify" }[dims.align];
  const css = `
@page { size: A4 ${dims.orientation}; margin: 2cm 1.5cm 2cm 2cm; }
body { font-family: "${FONTS[dims.font]}"; font-size: ${dims.size}pt; margin: 0; }
h1, h2 { font-size: ${dims.size}pt; text-align: center; margin: 0 0 4pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border-top: ${line}; border-bottom: ${line}; border-left: ${vertical}; border-right: ${vertical};
  padding: 1pt 3.5pt; vertical-align: ${dims.valign === "middle" ? "middle" : "top"}; text-align: ${align}; }
th { font-weight: bold; text-align: center; vertical-align: middle; }
td.task { text-align: ${align === "center" ? "left" : align}; }
td.c { text-align: center; } td.l { text-align: left; } tr.g td, td.b { font-weight: bold; }
p { margin: 0 0 2pt; }
thead { display: ${dims.headerRepeat === "yes" ? "table-header-group" : "table-row-group"}; }`;
  const colgroup = columns
    .map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`)
    .join("");
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${layout.id}</title><style>${css}</style></head><body><h1>${esc(TITLE)}</h1><h2>${esc(CAPTION)}</h2><table><colgroup>${colgroup}</colgroup><thead>${head.join("")}</thead><tbody>${body.join("")}</tbody></table></body></html>`;
}
