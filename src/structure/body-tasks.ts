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

/** A task's field line ("Cơ quan chủ trì: ..."): the common column wordings of the fields, capitalised as a line begins. */
const FIELD_WORDINGS = commonWordings(["lead", "coordinate", "deadline", "output"]).map((w) => w[0].toLocaleUpperCase("vi") + w.slice(1));
const FIELD = new RegExp(`^(${FIELD_WORDINGS.join("|")})\\s*:\\s*(.+)$`, "iu");

export interface BodyTasks {
  taskGroups: TaskGroupModel[];
  tasks: TaskModel[];
  diagnostics: Diagnostic[];
}

/** Inside a paragraph only the full names cut it: a wording another one contains ("Chủ trì" in "Cơ quan chủ trì") is too short. */
const FIELD_NAMES = FIELD_WORDINGS.filter((w) => !FIELD_WORDINGS.some((o) => o !== w && o.toLowerCase().includes(w.toLowerCase()))).join("|");
const EMBEDDED_FIELD = new RegExp(`\\s(?=(?:${FIELD_NAMES})\\s*:)`, "u");

/** "- Task text. Cơ quan chủ trì: X Thời gian thực hiện: Y" as one paragraph → the task and its field lines. */
function splitFields(paras: Paragraph[]): Paragraph[] {
  return paras.flatMap((p) => {
    const parts = p.text.split(EMBEDDED_FIELD);
    if (parts.length === 1) return [p];
    return parts.map((text, i) => (i === 0 ? { ...p, text: text.trim() } : { kind: "paragraph" as const, text: text.trim(), page: p.page }));
  });
}

/** `file`: the source as diagnostics name it; tasks cite its base name. */
export function tasksFromBody(paragraphs: Paragraph[], file: string): BodyTasks {
  const sourceName = basename(file);
  const region = splitFields(paragraphs);
  const taskGroups: TaskGroupModel[] = [];
  const tasks: TaskModel[] = [];
  const diagnostics: Diagnostic[] = [];
  let group: TaskGroupModel | null = null;
  const ids = new TaskIds();
  for (const p of region) {
    const kind = labelKind(p.label);
    const field = FIELD.exec(p.text);
    const current = tasks[tasks.length - 1];
    if (field && current && !p.label) {
      const [, name, value] = field;
      const role = columnRole(name);
      if (role === "lead") current.lead = splitAgencies([{ kind: "paragraph", text: value }]);
      else if (role === "coordinate") current.coordinate = splitAgencies([{ kind: "paragraph", text: value }]);
      else if (role === "output") current.output = value.replace(/[.;]$/, "");
      else current.deadline = parseDeadline(value.replace(/[.;]$/, ""));
      continue;
    }
    if (kind === "number") {
      const n = labelNumber(p.label) ?? taskGroups.length + 1;
      group = { id: `g-${n}`, number: n, title: p.text };
      if (!taskGroups.some((g) => g.id === group!.id)) taskGroups.push(group);
      continue;
    }
    if (!group || !(kind === "bullet" || kind === "plus" || kind === "letter")) continue;
    const { id, parent } = ids.next(group, kind === "plus");
    const task: TaskModel = {
      id,
      group: group.id,
      parent,
      text: p.text,
      deadline: parseDeadline(null),
      output: null,
      lead: [],
      coordinate: [],
      ...(p.page ? { source: { file: sourceName, page: p.page } } : { source: { file: sourceName } }),
    };
    const targets = findTargets(p.text);
    if (targets.length) task.targets = targets;
    tasks.push(task);
  }
  for (const t of tasks) {
    if (!t.lead.length) diagnostics.push(diag("info", "lead-empty", `task ${t.id} (in the body) names no lead agency`, { file, page: t.source?.page, rowId: t.id }));
  }
  return { taskGroups, tasks, diagnostics };
}
