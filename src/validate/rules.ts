/**
 * Domain rules over a schema-valid plan: what a JSON Schema cannot say.
 * Each rule has a stable id; messages say what was expected and found.
 */
import { diag, type Diagnostic } from "../diagnostics.js";
import { pointer, type Place } from "./locate.js";

type Locate = (path: (string | number)[], atKey?: boolean) => Place;

function realDate(s: string): boolean {
  const m = /^(\d{4})?-?-?(\d{2})-(\d{2})$/.exec(s.replace(/^--/, "2000-"));
  if (!m) return true;
  const y = Number(m[1] ?? 2000),
    mo = Number(m[2]),
    d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function realMonth(s: string): boolean {
  const m = /^\d{4}-(\d{2})/.exec(s);
  return !m || (Number(m[1]) >= 1 && Number(m[1]) <= 12);
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown): string | null => (typeof x === "string" ? x : null);
/** A list's well-formed entries (mappings) with their indices: broken ones are the schema's to report. */
const entries = (x: unknown): [number, Obj][] =>
  Array.isArray(x) ? x.flatMap((e, i): [number, Obj][] => (isObj(e) ? [[i, e]] : [])) : [];
const at = (x: unknown, key: string): unknown => (isObj(x) ? x[key] : undefined);

/**
 * The rules run on whatever parts of the file are well-formed, so that one
 * pass reports schema and domain problems together: each check reads only
 * the fields it needs and skips an entry whose fields have the wrong type.
 */
export function domainRules(plan: unknown, at_: Locate, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (ruleId: string, message: string, path: (string | number)[], atKey = false) => {
    const p = at_(path, atKey);
    out.push(
      diag("error", ruleId, message, {
        file,
        line: p.line,
        column: p.column,
        endLine: p.endLine,
        endColumn: p.endColumn,
        pointer: pointer(path),
      }),
    );
  };

  const unique = (list: unknown, base: (string | number)[]) => {
    const seen = new Map<string, number>();
    for (const [i, x] of entries(list)) {
      const id = str(x.id);
      if (id === null) continue;
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, i);
        continue;
      }
      const place = at_([...base, first, "id"]);
      report(
        "duplicate-id",
        `duplicate id "${id}": first used at line ${place.line}, column ${place.column} (${pointer([...base, first, "id"])})`,
        [...base, i, "id"],
      );
    }
  };
  unique(at(plan, "viewpoints"), ["viewpoints"]);
  unique(at(at(plan, "objectives"), "specific"), ["objectives", "specific"]);
  unique(at(plan, "taskGroups"), ["taskGroups"]);
  unique(at(plan, "tasks"), ["tasks"]);

  const groupList = at(plan, "taskGroups");
  const groups = new Set(
    entries(groupList)
      .map(([, g]) => str(g.id))
      .filter((x) => x !== null),
  );
  const taskList = entries(at(plan, "tasks"));
  // The first task of an id wins, so that a duplicate does not also break its children's checks.
  const tasks = new Map<string, Obj>();
  for (const [, t] of taskList) {
    const id = str(t.id);
    if (id !== null && !tasks.has(id)) tasks.set(id, t);
  }
  const percentages = (targets: unknown, base: (string | number)[]) => {
    for (const [k, tg] of entries(targets))
      if (
        tg.unit === "%" &&
        typeof tg.value === "number" &&
        Number.isFinite(tg.value) &&
        tg.value > 100
      )
        report("target-range", `a percentage target must be at most 100, found ${tg.value}`, [
          ...base,
          k,
          "value",
        ]);
  };
  for (const [i, t] of taskList) {
    const group = str(t.group),
      parentId = str(t.parent),
      id = str(t.id);
    if (group !== null && Array.isArray(groupList) && !groups.has(group))
      report("dangling-group", `group "${group}" does not exist in taskGroups`, [
        "tasks",
        i,
        "group",
      ]);
    if (parentId !== null) {
      const parent = tasks.get(parentId);
      if (!parent)
        report("dangling-parent", `parent "${parentId}" does not exist in tasks`, [
          "tasks",
          i,
          "parent",
        ]);
      else if ("group" in t && "group" in parent && parent.group !== t.group)
        report(
          "group-mismatch",
          `a sub-task's group must be its parent's: expected "${str(parent.group)}", found "${group}"`,
          ["tasks", i, "group"],
        );
      else if (str(parent.parent) !== null)
        report(
          "nested-subtask",
          `parent "${parentId}" is itself a sub-task; only one level of sub-tasks exists`,
          ["tasks", i, "parent"],
        );
      if (parent && id !== null && !id.startsWith(`${parentId}.`))
        report(
          "id-parent-mismatch",
          `a sub-task's id extends its parent's: expected "${parentId}.N", found "${id}"`,
          ["tasks", i, "id"],
        );
    }
    const d = t.deadline;
    if (isObj(d)) {
      const kind = str(d.kind),
        due = str(d.due);
      if (kind === "due" && d.due === null)
        report("deadline-kind", `deadline kind "due" needs a due date, found null`, [
          "tasks",
          i,
          "deadline",
          "due",
        ]);
      if (due !== null && kind !== null && !["due", "conditional"].includes(kind))
        report(
          "deadline-kind",
          `a due date goes with kind "due" or "conditional", found kind "${kind}"`,
          ["tasks", i, "deadline", "kind"],
        );
      if (due !== null && (!realDate(due) || !realMonth(due)))
        report("invalid-date", `"${due}" is not a real date`, ["tasks", i, "deadline", "due"]);
    }
    percentages(t.targets, ["tasks", i, "targets"]);
  }
  for (const [i, o] of entries(at(at(plan, "objectives"), "specific")))
    percentages(o.targets, ["objectives", "specific", i, "targets"]);
  for (const [i, r] of entries(at(at(plan, "implementation"), "reporting"))) {
    const due = str(r.due);
    if (due !== null && !realDate(due))
      report("invalid-date", `"${due}" is not a real date`, [
        "implementation",
        "reporting",
        i,
        "due",
      ]);
    if (due?.startsWith("--") && r.recurrence !== "annual")
      report(
        "deadline-kind",
        `a yearly day (--MM-DD) goes with recurrence "annual", found ${JSON.stringify(r.recurrence ?? null)}`,
        ["implementation", "reporting", i, "recurrence"],
      );
  }
  const date = str(at(at(plan, "document"), "date"));
  if (date !== null && !realDate(date))
    report("invalid-date", `"${date}" is not a real date`, ["document", "date"]);
  return out;
}
