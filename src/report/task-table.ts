/**
 * The appendix as a table for a spreadsheet: one row per task with its group,
 * ids, text, deadline as written and as a date, output, agencies, funding,
 * note, every extra column the source table had, and its page. Group title
 * rows come before their tasks. Pure data; export-xlsx.ts and export-csv.ts
 * write it.
 */
import type { PlanModel, TaskModel } from "../model/schema.js";
import { lastDayOf, messages, type Lang } from "../messages/index.js";

/** Task fields that plans parsed by newer versions carry (funding, note, extra: issue #12). */
type ExportTask = TaskModel & {
  funding?: string | null;
  note?: string | null;
  extra?: Record<string, string>;
};

export interface TableColumn {
  key: string;
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  kind: "text" | "date" | "number";
}

export type CellValue = string | number | Date | null;

export type TableRow = { kind: "group"; title: string } | { kind: "task"; cells: CellValue[] };

export interface TaskTable {
  columns: TableColumn[];
  rows: TableRow[];
}

export function taskTable(plan: PlanModel, lang: Lang): TaskTable {
  const h = messages(lang).export.headers;
  const tasks = plan.tasks as ExportTask[];
  const extraKeys = [...new Set(tasks.flatMap((t) => Object.keys(t.extra ?? {})))];
  const has = (f: (t: ExportTask) => unknown) =>
    tasks.some((t) => f(t) !== undefined && f(t) !== null);
  const columns: (TableColumn & { value: (t: ExportTask) => CellValue })[] = [
    {
      key: "group",
      header: h.group,
      width: 28,
      kind: "text",
      value: (t) => groupTitle(plan, t.group),
    },
    { key: "id", header: h.id, width: 10, kind: "text", value: (t) => t.id },
    { key: "parent", header: h.parent, width: 10, kind: "text", value: (t) => t.parent },
    { key: "text", header: h.text, width: 60, kind: "text", value: (t) => t.text },
    { key: "deadline", header: h.deadline, width: 22, kind: "text", value: (t) => t.deadline.raw },
    {
      key: "due",
      header: h.due,
      width: 13,
      kind: "date",
      value: (t) => (t.deadline.due ? lastDayOf(t.deadline.due) : null),
    },
    { key: "output", header: h.output, width: 30, kind: "text", value: (t) => t.output },
    {
      key: "lead",
      header: h.lead,
      width: 26,
      kind: "text",
      value: (t) => t.lead.join("; ") || null,
    },
    {
      key: "coordinate",
      header: h.coordinate,
      width: 32,
      kind: "text",
      value: (t) => t.coordinate.join("; ") || null,
    },
    ...(has((t) => t.funding)
      ? [
          {
            key: "funding",
            header: h.funding,
            width: 20,
            kind: "text" as const,
            value: (t: ExportTask) => t.funding ?? null,
          },
        ]
      : []),
    ...(has((t) => t.note)
      ? [
          {
            key: "note",
            header: h.note,
            width: 20,
            kind: "text" as const,
            value: (t: ExportTask) => t.note ?? null,
          },
        ]
      : []),
    ...extraKeys.map((k) => ({
      key: `extra:${k}`,
      header: k,
      width: 20,
      kind: "text" as const,
      value: (t: ExportTask) => t.extra?.[k] ?? null,
    })),
    { key: "page", header: h.page, width: 7, kind: "number", value: (t) => t.source?.page ?? null },
  ];
  const rows: TableRow[] = [];
  let group: string | null | undefined;
  for (const t of tasks) {
    if (t.group !== group && t.group)
      rows.push({ kind: "group", title: groupTitle(plan, t.group) ?? t.group });
    group = t.group;
    rows.push({ kind: "task", cells: columns.map((c) => c.value(t)) });
  }
  return { columns: columns.map(({ value: _value, ...c }) => c), rows };
}

function groupTitle(plan: PlanModel, id: string | null): string | null {
  const g = plan.taskGroups.find((x) => x.id === id);
  return g ? `${g.number}. ${g.title}` : id;
}
