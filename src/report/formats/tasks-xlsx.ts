/**
 * The task table as an Excel workbook (exceljs): a frozen, filtered header
 * row, each group as a merged, shaded title row before its tasks, column
 * widths, wrapped text, deadlines as real dates (dd/mm/yyyy).
 */
import type { PlanModel } from "../../model/schema.js";
import { langOf } from "../diff-summary.js";
import { messages } from "../../messages/index.js";
import { taskTable } from "../task-table.js";
import type { FormatOptions } from "./options.js";

export default async function tasksXlsx(plan: PlanModel, opts: FormatOptions): Promise<Uint8Array> {
  const lang = langOf(opts);
  const table = taskTable(plan, lang);
  const sheetName = messages(lang).export.sheet;
  const title = plan.document.title;
  // Loaded here only: the rest of plan never pays for it.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "plan";
  if (title) wb.title = title;
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const n = table.columns.length;
  ws.columns = table.columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.eachCell(
    (cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE4EE" } }),
  );
  for (const row of table.rows) {
    if (row.kind === "group") {
      const r = ws.addRow([row.title]);
      ws.mergeCells(r.number, 1, r.number, n);
      r.font = { bold: true };
      r.alignment = { wrapText: true, vertical: "top" };
      r.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEF1F5" } };
      continue;
    }
    const r = ws.addRow(row.cells);
    r.alignment = { wrapText: true, vertical: "top" };
    table.columns.forEach((c, i) => {
      if (c.kind === "date") r.getCell(i + 1).numFmt = "dd/mm/yyyy";
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: n } };
  const last = ws
    .getRow(ws.rowCount)
    .getCell(n)
    .address.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
  wb.definedNames.add(`'${sheetName.replace(/'/g, "''")}'!$A$1:${last}`, FILTER_NAME);
  ws.pageSetup.printTitlesRow = "1:1";
  return localFilterName(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const FILTER_NAME = "_xlnm._FilterDatabase";

/**
 * Excel writes the filter's range as a hidden name local to its sheet, and
 * LibreOffice shows no filter buttons without that name; exceljs writes
 * names global only, so the one attribute is added here.
 */
async function localFilterName(xlsx: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(xlsx);
  const path = "xl/workbook.xml";
  const xml = await zip.file(path)!.async("string");
  zip.file(
    path,
    xml.replace(
      `<definedName name="${FILTER_NAME}">`,
      `<definedName name="${FILTER_NAME}" localSheetId="0" hidden="1">`,
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
