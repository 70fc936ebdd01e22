/**
 * The task table as CSV (RFC 4180) in UTF-8 with a byte-order mark, which is
 * what makes Excel read the accents right. One row per task: group rows are
 * not repeated as rows (the group column carries them), so filters and
 * sorting work.
 */
import type { PlanModel } from "../../model/schema.js";
import { langOf } from "../diff-summary.js";
import { taskTable, type CellValue } from "../task-table.js";
import type { FormatOptions } from "./options.js";

const BOM = "\uFEFF";

function field(v: CellValue): string {
  if (v === null) return "";
  const s =
    v instanceof Date
      ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
      : String(v);
  // Formula injection: a text starting with = + - @ would run as a formula in a spreadsheet.
  const safe = typeof v === "string" && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export default function tasksCsv(plan: PlanModel, opts: FormatOptions): string {
  const table = taskTable(plan, langOf(opts));
  const lines = [table.columns.map((c) => field(c.header)).join(",")];
  for (const row of table.rows) if (row.kind === "task") lines.push(row.cells.map(field).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
