/**
 * Tasks written in the body rather than an appendix table: section III with
 * numbered solutions ("1. Hoàn thiện thể chế ...") and "- " items under
 * them, sometimes followed by "Cơ quan chủ trì: ...", "Thời gian: ...".
 */
import { basename } from "node:path";
import { diag, type Diagnostic } from "../diagnostics.js";
import { parseDeadline } from "../model/deadline.js";
import type { TaskGroupModel, TaskModel } from "../model/schema.js";
import { findTargets } from "../model/targets.js";
import { TaskIds } from "../model/task-ids.js";
import { labelKind, labelNumber } from "../lexicon/labels.js";
import { columnRole, commonWordings } from "../lexicon/columns.js";
import type { Paragraph } from "../read/types.js";
import { splitAgencies } from "../tables/agencies.js";
import { inlineAgencies, inlineDeadline } from "./inline-agencies.js";

/** A task's field line ("Cơ quan chủ trì: ..."): the common column wordings of the fields, capitalised as a line begins. */
const FIELD_WORDINGS = commonWordings(["lead", "coordinate", "deadline", "output"]).map(
  (w) => w[0].toLocaleUpperCase("vi") + w.slice(1),
);
const FIELD = new RegExp(`^(${FIELD_WORDINGS.join("|")})\\s*:\\s*(.+)$`, "iu");

export interface BodyTasks {
  taskGroups: TaskGroupModel[];
  tasks: TaskModel[];
  diagnostics: Diagnostic[];
}

/** Inside a paragraph only the full names cut it: a wording another one contains ("Chủ trì" in "Cơ quan chủ trì") is too short. */
const FIELD_NAMES = FIELD_WORDINGS.filter(
  (w) => !FIELD_WORDINGS.some((o) => o !== w && o.toLowerCase().includes(w.toLowerCase())),
).join("|");
const EMBEDDED_FIELD = new RegExp(`\\s(?=(?:${FIELD_NAMES})\\s*:)`, "u");

/** "- Task text. Cơ quan chủ trì: X Thời gian thực hiện: Y" as one paragraph → the task and its field lines. */
function splitFields(paras: Paragraph[]): Paragraph[] {
  return paras.flatMap((p) => {
    const parts = p.text.split(EMBEDDED_FIELD);
    if (parts.length === 1) return [p];
    return parts.map((text, i) =>
      i === 0
        ? { ...p, text: text.trim() }
        : { kind: "paragraph" as const, text: text.trim(), page: p.page },
    );
  });
}

/** A line "Name: value" with a short name: a field of the tasks above, modelled or not ("Lãnh đạo phụ trách: ..."). */
const OTHER_FIELD = /^([\p{Lu}][\p{Ll}]*(?:\s+[\p{Ll}]+){0,4})\s*:\s*\S/u;

/** `file`: the source as diagnostics name it; tasks cite its base name. */
export function tasksFromBody(paragraphs: Paragraph[], file: string): BodyTasks {
  const sourceName = basename(file);
  const region = splitFields(paragraphs);
  const taskGroups: TaskGroupModel[] = [];
  const tasks: TaskModel[] = [];
  const diagnostics: Diagnostic[] = [];
  let group: TaskGroupModel | null = null;
  const ids = new TaskIds();
  // Field lines govern the run of tasks above them that came after the previous field lines:
  // one task ("- X. Cơ quan chủ trì: Y"), or every item of a group ("Đơn vị chủ trì: ..." after the group).
  let runStart = 0;
  let fieldSeen = false;
  const unplaced = (p: Paragraph, what: string) =>
    diagnostics.push(
      diag(
        "warning",
        "unplaced-text",
        `${what} has no place in the model: "${p.text.slice(0, 80)}"`,
        { file, page: p.page, line: p.line },
      ),
    );
  const addTask = (p: Paragraph, parent: boolean) => {
    if (fieldSeen) {
      runStart = tasks.length;
      fieldSeen = false;
    }
    const { id, parent: parentId } = ids.next(group!, parent);
    const task: TaskModel = {
      id,
      group: group!.id,
      parent: parentId,
      text: p.text,
      deadline: parseDeadline(null),
      output: null,
      lead: [],
      coordinate: [],
      ...(p.page
        ? { source: { file: sourceName, page: p.page } }
        : { source: { file: sourceName } }),
    };
    const targets = findTargets(p.text);
    if (targets.length) task.targets = targets;
    tasks.push(task);
  };
  for (const p of region) {
    const kind = labelKind(p.label);
    const field = FIELD.exec(p.text);
    if (field && tasks.length > runStart && !p.label) {
      const [, name, raw] = field;
      const value = raw.replace(/[.;]+$/, "").trim();
      const role = columnRole(name);
      for (const t of tasks.slice(runStart)) {
        if (role === "lead") t.lead = splitAgencies([{ kind: "paragraph", text: value }]);
        else if (role === "coordinate")
          t.coordinate = splitAgencies([{ kind: "paragraph", text: value }]);
        else if (role === "output") t.output = value;
        else t.deadline = parseDeadline(value);
      }
      fieldSeen = true;
      continue;
    }
    if (kind === "number") {
      const n = labelNumber(p.label) ?? taskGroups.length + 1;
      // "2. Thành lập mới ... công nghiệp:" introduces its items: the colon is not part of the title.
      group = { id: `g-${n}`, number: n, title: p.text.replace(/\s*:$/, "") };
      if (!taskGroups.some((g) => g.id === group!.id)) taskGroups.push(group);
      runStart = tasks.length;
      fieldSeen = false;
      continue;
    }
    if (!group) continue;
    if (kind === "bullet" || kind === "plus" || kind === "letter") {
      addTask(p, kind === "plus");
      continue;
    }
    if (p.label) continue;
    if (/^\(.*\)$/.test(p.text)) unplaced(p, "a note between the tasks");
    else if (OTHER_FIELD.test(p.text) && tasks.length > runStart)
      unplaced(p, `"${p.text.split(":")[0]}"`);
    // A group with no items: its paragraph is the group's one task.
    else if (!tasks.some((t) => t.group === group!.id)) addTask(p, false);
    else unplaced(p, "a paragraph after the tasks of a group");
  }
  for (const t of tasks) {
    if (!t.lead.length && !t.coordinate.length) {
      const inline = inlineAgencies(t.text);
      t.lead = inline.lead;
      t.coordinate = inline.coordinate;
    }
    if (t.deadline.raw === null) {
      const raw = inlineDeadline(t.text);
      if (raw) t.deadline = parseDeadline(raw);
    }
    if (!t.lead.length)
      diagnostics.push(
        diag("info", "lead-empty", `task ${t.id} (in the body) names no lead agency`, {
          file,
          page: t.source?.page,
          rowId: t.id,
        }),
      );
  }
  return { taskGroups, tasks, diagnostics };
}
