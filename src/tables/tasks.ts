/**
 * A stitched task table → task groups and tasks of the model. Each "- " item
 * in a task cell is a task with its row's cells; "+ " items are its
 * sub-tasks; merged cells belong to every row they span.
 */
import { basename } from "node:path";
import { diag, type Diagnostic } from "../diagnostics.js";
import { parseDeadline } from "../model/deadline.js";
import type { TaskGroupModel, TaskModel } from "../model/schema.js";
import { findTargets } from "../model/targets.js";
import { TaskIds } from "../model/task-ids.js";
import { labelKind, labelNumber } from "../lexicon/labels.js";
import { joinLines } from "../lexicon/text.js";
import type { Paragraph, TableCell } from "../read/types.js";
import { cellText, meanConf } from "../read/types.js";
import { splitAgencies } from "./agencies.js";

/** OCR rows read with less mean confidence than this are flagged for a person to check. */
const OCR_DOUBTFUL = 0.8;
import type { ColumnRole } from "../lexicon/columns.js";
import type { RowSlot, TaskTable } from "./stitch.js";

interface GroupState {
  group: TaskGroupModel;
  cell?: TableCell;
}

interface RowRecord {
  slot: RowSlot;
  group: GroupState | null;
  taskParas: Paragraph[];
}

/** Which task ids a table row produced, for the debug view. */
export interface RowIds {
  page?: number;
  gridRow: number;
  ids: string[];
}

export interface TasksResult {
  taskGroups: TaskGroupModel[];
  tasks: TaskModel[];
  diagnostics: Diagnostic[];
  rows: RowIds[];
}

const CARRIED: ColumnRole[] = ["deadline", "output", "lead", "coordinate", "funding", "note"];

function paragraphsOf(c: TableCell | undefined, extra: Map<TableCell, Paragraph[]>): Paragraph[] {
  return c ? [...c.paragraphs, ...(extra.get(c) ?? [])] : [];
}

function textOfParas(ps: Paragraph[]): string {
  return joinLines(ps.map((p) => (p.label ? `${p.label} ${p.text}` : p.text)));
}

/** `file`: the source as diagnostics name it; tasks cite its base name. */
export function tableToTasks(table: TaskTable, file: string, startGroup = 0): TasksResult {
  const sourceName = basename(file);
  const diagnostics: Diagnostic[] = [];
  const extra = new Map<TableCell, Paragraph[]>();
  const groups: TaskGroupModel[] = [];
  const records: RowRecord[] = [];
  let cur: GroupState | null = null;
  let prev: RowRecord | null = null;

  const newGroup = (
    title: string,
    label: string | undefined,
    cell: TableCell | undefined,
  ): GroupState => {
    const n = labelNumber(label) ?? groups.length + startGroup + 1;
    const number = groups.some((g) => g.number === n) ? groups.length + startGroup + 1 : n;
    const group: TaskGroupModel = { id: `g-${number}`, number, title };
    groups.push(group);
    return { group, cell };
  };

  fillEmptyMergedFromNextPage(table);
  let lastWasGroupRow = false;
  for (const slot of table.rows) {
    if (slot.groupRow) {
      const ps = slot.groupRow.paragraphs;
      // A group title cut by the page break: its rest heads the next page, with no number.
      const cut = slot.pageTop && lastWasGroupRow && cur && !labelNumber(ps[0]?.label);
      if (cut) appendGroupTitle(cur!, slot.groupRow);
      else cur = newGroup(joinLines(ps.map((p) => p.text)), ps[0]?.label, slot.groupRow);
      prev = null;
      lastWasGroupRow = true;
      continue;
    }
    lastWasGroupRow = false;
    if (slot.continues && prev) {
      // The rest of a row cut by the page break: every cell's text joins the row above.
      for (const [role, cell] of Object.entries(slot.cells) as [ColumnRole, TableCell][]) {
        const before = prev.slot.cells[role];
        if (!cellText(cell) && before && cell !== before && cell.rowSpan > 1) {
          // An empty merged cell under the cut row goes on with the cell above the break.
          for (const later of table.rows)
            if (later.cells[role] === cell) later.cells[role] = before;
        }
        if (!cellText(cell) || cell === before) continue;
        if (role === "task") prev.taskParas.push(...cell.paragraphs);
        else if (role === "group" && cur) appendGroupTitle(cur, cell);
        else if (before) extra.set(before, [...(extra.get(before) ?? []), ...cell.paragraphs]);
        else prev.slot.cells[role] = cell;
      }
      for (const [name, cell] of Object.entries(slot.extras)) {
        const before = prev.slot.extras[name];
        if (!cellText(cell) || cell === before) continue;
        if (before) extra.set(before, [...(extra.get(before) ?? []), ...cell.paragraphs]);
        else prev.slot.extras[name] = cell;
      }
      continue;
    }
    const gcell = slot.cells.group;
    if (gcell && gcell !== cur?.cell) {
      const text = cellText(gcell);
      const label = gcell.paragraphs[0]?.label;
      const numbered = ["number", "roman", "letter"].includes(labelKind(label) ?? "");
      if (text && (numbered || !cur || !slot.pageTop)) {
        cur = newGroup(
          joinLines(gcell.paragraphs.map((p) => p.text)),
          numbered ? label : undefined,
          gcell,
        );
      } else if (cur) {
        // The group's merged cell goes on from the previous page.
        if (text) appendGroupTitle(cur, gcell);
        cur.cell = gcell;
      }
    }
    if (slot.pageTop && prev) {
      for (const role of CARRIED) {
        const cell = slot.cells[role];
        const before = prev.slot.cells[role];
        // A merged cell is open across the break if either part spans rows: the part above
        // may cover only the page's last row, the part below is then an empty merged cell.
        if (!before || cell === before || (before.rowSpan < 2 && (cell?.rowSpan ?? 1) < 2))
          continue;
        const text = cellText(cell);
        if (!text) {
          slot.cells[role] = before;
          // The rest of the empty part, on this page, is the same cell too.
          for (const later of table.rows)
            if (cell && later.cells[role] === cell) later.cells[role] = before;
          diagnostics.push(
            diag(
              "warning",
              "merged-across-page",
              `the ${role} cell is empty at the top of the page; read as the merged cell above the page break continuing`,
              { file, page: slot.page },
            ),
          );
        } else if (/^\p{Ll}/u.test(text) && cell) {
          extra.set(before, [...(extra.get(before) ?? []), ...cell.paragraphs]);
          slot.cells[role] = before;
        }
      }
    }
    const rec: RowRecord = {
      slot,
      group: cur,
      taskParas: [...(slot.cells.task?.paragraphs ?? [])],
    };
    records.push(rec);
    prev = rec;
  }

  if (!groups.length && records.length) {
    // No group rows at all: one group for the whole table, titled by its caption.
    const title = table.caption ?? "Nhiệm vụ";
    const only = newGroup(title, undefined, undefined);
    for (const rec of records) rec.group = only;
  }
  const tasks: TaskModel[] = [];
  const rows: RowIds[] = [];
  const ids = new TaskIds();
  for (const rec of records) {
    const items = splitItems(rec.taskParas);
    if (!items.length) {
      if (CARRIED.some((r) => cellText(rec.slot.cells[r]))) {
        diagnostics.push(
          diag("warning", "row-without-task", "a table row has cells but no task text", {
            file,
            page: rec.slot.page,
          }),
        );
      }
      continue;
    }
    const gid = rec.group?.group.id ?? null;
    const deadlineText = textOfParas(paragraphsOf(rec.slot.cells.deadline, extra));
    const output = textOfParas(paragraphsOf(rec.slot.cells.output, extra));
    const lead = splitAgencies(paragraphsOf(rec.slot.cells.lead, extra));
    const coordinate = splitAgencies(paragraphsOf(rec.slot.cells.coordinate, extra));
    const more = otherColumns(table, rec.slot, extra);
    const rowIds: RowIds = { page: rec.slot.page, gridRow: rec.slot.gridRow, ids: [] };
    // Read by OCR: the row's confidence is the mean over its cells' paragraphs.
    const rowParas = [
      ...rec.taskParas,
      ...CARRIED.flatMap((r) => paragraphsOf(rec.slot.cells[r], extra)),
    ];
    const ocr = meanConf(rowParas.map((p) => p.ocrConfidence));
    rows.push(rowIds);
    for (const item of items) {
      const { id, parent } = ids.next(rec.group?.group ?? null, item.sub);
      const deadline = parseDeadline(deadlineText || null);
      const task: TaskModel = {
        id,
        group: gid,
        parent,
        text: item.text,
        deadline,
        output: output || null,
        lead,
        coordinate,
      };
      const targets = findTargets(item.text);
      if (targets.length) task.targets = targets;
      Object.assign(task, more);
      task.source = {
        file: sourceName,
        ...(rec.slot.page ? { page: rec.slot.page } : {}),
        ...(ocr !== undefined ? { ocr: { confidence: Math.round(ocr * 100) / 100 } } : {}),
      };
      if (ocr !== undefined && ocr < OCR_DOUBTFUL) {
        diagnostics.push(
          diag(
            "warning",
            "ocr-low-confidence",
            `task ${id} was read by OCR with confidence ${ocr.toFixed(2)}: check it against the scan`,
            { file, page: rec.slot.page, rowId: id },
          ),
        );
      }
      if (!lead.length)
        diagnostics.push(
          diag("warning", "lead-empty", `task ${id} has no lead agency`, {
            file,
            page: rec.slot.page,
            rowId: id,
          }),
        );
      if (deadline.raw && deadline.kind === "unspecified") {
        diagnostics.push(
          diag(
            "warning",
            "deadline-unparsed",
            `task ${id}: cannot read the deadline "${deadline.raw}"`,
            { file, page: rec.slot.page, rowId: id, actual: deadline.raw },
          ),
        );
      }
      tasks.push(task);
      rowIds.ids.push(id);
    }
  }
  for (const g of groups) {
    // A group cell with only its number ("3."): the model needs a title, and inventing one would mislead.
    if (!g.title.trim()) {
      g.title = String(g.number);
      diagnostics.push(
        diag("warning", "group-untitled", `group ${g.number} has a number but no title`, {
          file,
          rowId: g.id,
        }),
      );
    }
  }
  return { taskGroups: groups, tasks, diagnostics, rows };
}

/**
 * A merged cell cut by a page break whose text sits on a later page (text
 * centred vertically over the whole span): the empty part above the break
 * is the same cell as the part below it. Walked from the last page back so
 * that a cell spanning three pages joins up.
 */
function fillEmptyMergedFromNextPage(table: TaskTable): void {
  const rows = table.rows;
  for (let i = rows.length - 1; i > 0; i--) {
    const slot = rows[i],
      prev = rows[i - 1];
    if (!slot.pageTop || slot.groupRow || prev.groupRow) continue;
    for (const role of CARRIED) {
      const before = prev.cells[role],
        cell = slot.cells[role];
      if (
        !before ||
        !cell ||
        before === cell ||
        cellText(before) ||
        before.rowSpan < 2 ||
        !cellText(cell)
      )
        continue;
      for (let j = i - 1; j >= 0; j--)
        if (rows[j].cells[role] === before) rows[j].cells[role] = cell;
    }
  }
}

/**
 * The cells the model has no dedicated field for, present only when the
 * table has such columns: a table without them gives the same model as before.
 */
function otherColumns(
  table: TaskTable,
  slot: RowSlot,
  extra: Map<TableCell, Paragraph[]>,
): Pick<TaskModel, "funding" | "note" | "extra"> {
  const out: Pick<TaskModel, "funding" | "note" | "extra"> = {};
  for (const role of ["funding", "note"] as const) {
    if (table.roles.includes(role))
      out[role] = textOfParas(paragraphsOf(slot.cells[role], extra)) || null;
  }
  if (table.extraHeaders.length) {
    out.extra = {};
    for (const name of table.extraHeaders) {
      const text = textOfParas(paragraphsOf(slot.extras[name], extra));
      if (text) out.extra[name] = text;
    }
  }
  return out;
}

function appendGroupTitle(state: GroupState, cell: TableCell): void {
  const more = joinLines(cell.paragraphs.map((p) => (p.label ? `${p.label} ${p.text}` : p.text)));
  // A stray marker at a break ("chống buôn lậu, - gian lận") is an artefact, not a list.
  state.group.title = joinLines([state.group.title, more.replace(/^[-+]\s+/, "")]);
  state.cell = cell;
}

interface Item {
  text: string;
  sub: boolean;
}

/** Task cell paragraphs → items: "- " starts a task, "+ " a sub-task, unmarked text continues the item. */
export function splitItems(paras: Paragraph[]): Item[] {
  const items: Item[] = [];
  for (const p of paras) {
    const kind = labelKind(p.label);
    if (kind === "plus" || kind === "letter") items.push({ text: p.text, sub: true });
    else if (kind) items.push({ text: p.text, sub: false });
    else if (items.length)
      items[items.length - 1].text = joinLines([items[items.length - 1].text, p.text]);
    else items.push({ text: p.text, sub: false });
  }
  return items.filter((i) => i.text.trim());
}
