/**
 * Domain rules over a schema-valid plan: what a JSON Schema cannot say.
 * Each rule has a stable id; messages say what was expected and found.
 */
import { diag, type Diagnostic } from "../diagnostics.js";
import type { PlanModel } from "../model/schema.js";
import { pointer, type Place } from "./locate.js";

type Locate = (path: (string | number)[], atKey?: boolean) => Place;

function realDate(s: string): boolean {
  const m = /^(\d{4})?-?-?(\d{2})-(\d{2})$/.exec(s.replace(/^--/, "2000-"));
  if (!m) return true;
  const y = Number(m[1] ?? 2000), mo = Number(m[2]), d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function realMonth(s: string): boolean {
  const m = /^\d{4}-(\d{2})/.exec(s);
  return !m || (Number(m[1]) >= 1 && Number(m[1]) <= 12);
}

export function domainRules(plan: PlanModel, at: Locate, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (ruleId: string, message: string, path: (string | number)[], atKey = false) => {
    const p = at(path, atKey);
    out.push(diag("error", ruleId, message, { file, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, pointer: pointer(path) }));
  };

  const unique = (list: { id: string }[], base: (string | number)[]) => {
    const seen = new Map<string, number>();
    list.forEach((x, i) => {
      const first = seen.get(x.id);
      if (first !== undefined) report("duplicate-id", `duplicate id "${x.id}" (first used at ${pointer([...base, first, "id"])})`, [...base, i, "id"]);
      else seen.set(x.id, i);
    });
  };
  unique(plan.viewpoints, ["viewpoints"]);
  unique(plan.objectives.specific, ["objectives", "specific"]);
  unique(plan.taskGroups, ["taskGroups"]);
  unique(plan.tasks, ["tasks"]);

  const groups = new Set(plan.taskGroups.map((g) => g.id));
  // The first task of an id wins, so that a duplicate does not also break its children's checks.
  const tasks = new Map<string, (typeof plan.tasks)[number]>();
  for (const t of plan.tasks) if (!tasks.has(t.id)) tasks.set(t.id, t);
  plan.tasks.forEach((t, i) => {
    if (t.group !== null && !groups.has(t.group)) report("dangling-group", `group "${t.group}" does not exist in taskGroups`, ["tasks", i, "group"]);
    if (t.parent !== null) {
      const parent = tasks.get(t.parent);
      if (!parent) report("dangling-parent", `parent "${t.parent}" does not exist in tasks`, ["tasks", i, "parent"]);
      else if (parent.group !== t.group) report("group-mismatch", `a sub-task's group must be its parent's: expected "${parent.group}", found "${t.group}"`, ["tasks", i, "group"]);
      else if (parent.parent !== null) report("nested-subtask", `parent "${t.parent}" is itself a sub-task; only one level of sub-tasks exists`, ["tasks", i, "parent"]);
      if (parent && !t.id.startsWith(`${t.parent}.`)) report("id-parent-mismatch", `a sub-task's id extends its parent's: expected "${t.parent}.N", found "${t.id}"`, ["tasks", i, "id"]);
    }
    const d = t.deadline;
    if (d.kind === "due" && d.due === null) {
      report("deadline-kind", `deadline kind "due" needs a due date, found null`, ["tasks", i, "deadline", "due"]);
    }
    if (d.due !== null && !["due", "conditional"].includes(d.kind)) {
      report("deadline-kind", `a due date goes with kind "due" or "conditional", found kind "${d.kind}"`, ["tasks", i, "deadline", "kind"]);
    }
    if (d.due !== null && (!realDate(d.due) || !realMonth(d.due))) report("invalid-date", `"${d.due}" is not a real date`, ["tasks", i, "deadline", "due"]);
    (t.targets ?? []).forEach((tg, k) => {
      if (tg.unit === "%" && tg.value > 100) report("target-range", `a percentage target must be at most 100, found ${tg.value}`, ["tasks", i, "targets", k, "value"]);
    });
  });
  plan.objectives.specific.forEach((o, i) => {
    o.targets.forEach((tg, k) => {
      if (tg.unit === "%" && tg.value > 100) report("target-range", `a percentage target must be at most 100, found ${tg.value}`, ["objectives", "specific", i, "targets", k, "value"]);
    });
  });
  plan.implementation.reporting.forEach((r, i) => {
    if (r.due !== null && !realDate(r.due)) report("invalid-date", `"${r.due}" is not a real date`, ["implementation", "reporting", i, "due"]);
    if (r.due?.startsWith("--") && r.recurrence !== "annual") report("deadline-kind", `a yearly day (--MM-DD) goes with recurrence "annual", found ${JSON.stringify(r.recurrence)}`, ["implementation", "reporting", i, "recurrence"]);
  });
  if (plan.document.date !== null && !realDate(plan.document.date)) report("invalid-date", `"${plan.document.date}" is not a real date`, ["document", "date"]);
  return out;
}
