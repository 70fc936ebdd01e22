// A sweep layout as WordprocessingML: the DOCX producer, and LibreOffice's input.
import { docxPackage } from "../docx-package.mjs";
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
const JC = { left: "left", center: "center", justify: "both" };

export async function layoutDocx(layout) {
  const { dims, columns } = layout;
  const font = FONTS[dims.font];
  const size = Number(dims.size) * 2;
  const run = (text, bold) =>
    `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/>${bold ? "<w:b/>" : ""}<w:sz w:val="${size}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const para = (text, { bold = false, jc = "left" } = {}) =>
    `<w:p><w:pPr><w:spacing w:before="0" w:after="40"/><w:jc w:val="${jc}"/></w:pPr>${text ? run(text, bold) : ""}</w:p>`;
  const landscape = dims.orientation === "landscape";
  const pageW = landscape ? 16838 : 11906;
  const usable = pageW - 1134 - 850;
  const total = columns.reduce((a, c) => a + c.width, 0);
  const W = columns.map((c) => Math.round((c.width / total) * usable));
  const sum = (a, b) => W.slice(a, b).reduce((x, y) => x + y, 0);
  const bodyJc = JC[dims.align];
  const cell = (k, paras, { span = 1, vMerge, bold = false, jc = bodyJc, width } = {}) => {
    const pr = [`<w:tcW w:w="${width ?? sum(k, k + span)}" w:type="dxa"/>`];
    if (span > 1) pr.push(`<w:gridSpan w:val="${span}"/>`);
    if (vMerge === "restart") pr.push('<w:vMerge w:val="restart"/>');
    else if (vMerge === "continue") pr.push("<w:vMerge/>");
    if (dims.valign === "middle") pr.push('<w:vAlign w:val="center"/>');
    const body = (paras.length ? paras : [""]).map((t) => para(t, { bold, jc })).join("");
    return `<w:tc><w:tcPr>${pr.join("")}</w:tcPr>${body}</w:tc>`;
  };
  const repeat = dims.headerRepeat === "yes";
  const tr = (cells, header = false) =>
    `<w:tr>${header && repeat ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells.join("")}</w:tr>`;
  const head = { bold: true, jc: "center" };
  const rows = [];
  const two = dims.twoLevel === "yes";
  const leadAt = columns.findIndex((c) => c.role === "lead");
  if (two) {
    const top = [],
      bottom = [];
    columns.forEach((c, k) => {
      if (c.role === "coordinate") return;
      if (c.role === "lead") {
        top.push(cell(k, [TWO_LEVEL[dims.wording]], { ...head, span: 2 }));
        bottom.push(cell(k, [SUB_HEADERS.lead], head), cell(k + 1, [SUB_HEADERS.coordinate], head));
      } else {
        top.push(cell(k, [c.header], { ...head, vMerge: "restart" }));
        bottom.push(cell(k, [], { ...head, vMerge: "continue" }));
      }
    });
    // The bottom row follows the grid order: the lead and coordinate pair sits at leadAt.
    rows.push(tr(top, true), tr(bottom, true));
  } else
    rows.push(
      tr(
        columns.map((c, k) => cell(k, [c.header], head)),
        true,
      ),
    );
  if (dims.numberRow === "yes")
    rows.push(
      tr(
        columns.map((_, k) => cell(k, [`(${k + 1})`], { jc: "center" })),
        true,
      ),
    );
  void leadAt;
  const hasStt = columns.some((c) => c.role === "stt");
  for (const row of rowsOf(layout)) {
    if (row.kind === "group") {
      const title = groupTitleText(dims, row.gi, row.title, hasStt);
      if (dims.groups === "full-width" && hasStt && columns[0].role === "stt") {
        rows.push(
          tr([
            cell(0, [roman(row.gi + 1)], { bold: true, jc: "center" }),
            cell(1, [title], { span: columns.length - 1, bold: true, jc: "left" }),
          ]),
        );
      } else rows.push(tr([cell(0, [title], { span: columns.length, bold: true, jc: "left" })]));
      continue;
    }
    const t = row.task;
    rows.push(
      tr(
        columns.map((c, k) => {
          switch (c.role) {
            case "group":
              return row.first
                ? cell(k, [`${row.gi + 1}. ${row.title ?? layout.groups[row.gi].title}`], {
                    vMerge: "restart",
                    bold: true,
                    jc: "left",
                  })
                : cell(k, [], { vMerge: "continue" });
            case "stt":
              return cell(k, [row.stt], { jc: "center" });
            case "task":
              return cell(k, [row.marker ? `${row.marker} ${t.text}` : t.text], {
                jc: dims.align === "center" ? "left" : bodyJc,
              });
            case "deadline":
              return cell(k, [t.deadline.raw ?? ""]);
            case "output":
              return cell(k, [t.output ?? ""]);
            case "lead":
            case "coordinate": {
              if (row[`${c.role}Covered`]) return cell(k, [], { vMerge: "continue" });
              const list = t[c.role];
              const paras =
                dims.leadStyle === "lines" && list.length > 1
                  ? list.map((a) => `- ${a}`)
                  : [list.join("; ")];
              return cell(k, paras, { vMerge: row[`${c.role}Span`] > 1 ? "restart" : undefined });
            }
            case "funding":
              return cell(k, [t.funding]);
            case "note":
              return cell(k, [t.note]);
            case "extra":
              return cell(k, [t.extra]);
            default:
              throw new Error(`no cell for column role ${c.role}`);
          }
        }),
      ),
    );
  }
  const b = (v) => `w:val="${v}" w:sz="${v === "double" ? 4 : 4}" w:space="0" w:color="000000"`;
  const edge = {
    full: { outer: "single", insideH: "single", insideV: "single" },
    double: { outer: "double", insideH: "double", insideV: "double" },
    horizontals: { outer: "single", insideH: "single", insideV: "nil", sides: "nil" },
    none: { outer: "nil", insideH: "nil", insideV: "nil" },
  }[dims.rulings];
  const borders = [
    `<w:top ${edge.outer === "nil" ? 'w:val="nil"' : b(edge.outer)}/>`,
    `<w:left ${(edge.sides ?? edge.outer) === "nil" ? 'w:val="nil"' : b(edge.outer)}/>`,
    `<w:bottom ${edge.outer === "nil" ? 'w:val="nil"' : b(edge.outer)}/>`,
    `<w:right ${(edge.sides ?? edge.outer) === "nil" ? 'w:val="nil"' : b(edge.outer)}/>`,
    `<w:insideH ${edge.insideH === "nil" ? 'w:val="nil"' : b(edge.insideH)}/>`,
    `<w:insideV ${edge.insideV === "nil" ? 'w:val="nil"' : b(edge.insideV)}/>`,
  ].join("");
  const tbl = `<w:tbl><w:tblPr><w:tblW w:w="${usable}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
  const body =
    para(TITLE, { bold: true, jc: "center" }) + para(CAPTION, { bold: true, jc: "center" }) + tbl;
  return docxPackage(body, { landscape });
}
