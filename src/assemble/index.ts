/**
 * assemble: source documents → one plan model (a body and an appendix may be
 * separate files), its diagnostics, and what the table debug view draws.
 * Runs tables and structure on each source, picks the body, gathers the
 * tasks, and validates the result against the schema.
 */
import { basename } from "node:path";
import { type Diagnostic, diag, InputError } from "../diagnostics.js";
import type { SourceDocument } from "../normalize/index.js";
import { adoptedDocument, structureBody, type StructureResult } from "../structure/index.js";
import { findAppendixReference } from "../structure/appendix-reference.js";
import { tasksFromBody, type BodyTasks } from "../structure/body-tasks.js";
import { splitTables, tasksFromTables } from "../tables/index.js";
import type { RowIds } from "../tables/tasks.js";
import { columnRole, HEADER_PIECE_BREAK } from "../lexicon/columns.js";
import { Plan, type PlanModel, SCHEMA_VERSION } from "../model/schema.js";
import { PARSER_NAME } from "../version.js";

export interface BuildResult {
  plan: PlanModel;
  diagnostics: Diagnostic[];
  /** Per PDF source: its pages and the task ids of each table row, for the table debug view. */
  tableDebug: TableDebug[];
}

export interface TableDebug {
  file: string;
  pages: NonNullable<SourceDocument["layout"]>;
  rows: RowIds[];
}

export function buildPlan(sources: SourceDocument[]): BuildResult {
  const diagnostics: Diagnostic[] = sources.flatMap((s) => s.warnings);
  const analysed = sources.map((s) => {
    const split = splitTables(s.blocks);
    const structure = structureBody(split.paragraphs, s.file);
    const tasks = tasksFromTables(split.taskTables, s.file);
    // A text dump of a table keeps its header words but not its geometry.
    const tableNotRebuilt = tasks.tasks.length === 0 && headerWordsIn(s);
    return { source: s, structure, tasks, paragraphs: split.paragraphs, tableNotRebuilt };
  });
  // The body is the source with the most recognised sections (an appendix has none or few).
  const score = (x: { structure: StructureResult }) =>
    x.structure.sections.length * 10 +
    x.structure.body.viewpoints.length +
    x.structure.body.objectives.specific.length +
    (x.structure.body.document.kind !== "other" ? 1 : 0);
  const body = [...analysed].sort((a, b) => score(b) - score(a))[0];
  const anyTasks = analysed.some((a) => a.tasks.tasks.length > 0);
  if (!anyTasks && body.structure.sections.length === 0) {
    const names = sources.map((s) => s.file).join(", ");
    throw new InputError(
      names,
      "found no plan structure (no numbered sections, no task table)",
      "not-a-plan",
    );
  }
  // An appendix on its own has no sections; that is not worth a warning.
  const bodyHasTasks = body.tasks.tasks.length > 0;
  diagnostics.push(
    ...body.structure.diagnostics.filter((d) => !(bodyHasTasks && d.ruleId === "no-sections")),
  );
  for (const a of analysed) {
    // Say so instead of returning no tasks silently.
    if (a.tableNotRebuilt) {
      diagnostics.push({
        severity: "warning",
        ruleId: "table-not-rebuilt",
        message:
          "the text names task-table columns (Thời hạn, Cơ quan chủ trì, ...) but the table could not be rebuilt from it: a text dump loses the column layout; parse the PDF or DOCX instead",
        file: a.source.file,
      });
    }
  }
  let taskGroups = analysed.flatMap((a) => a.tasks.taskGroups);
  let tasks = analysed.flatMap((a) => a.tasks.tasks);
  // No appendix table anywhere: the tasks may be written in the body's task sections. Of several ("NỘI DUNG",
  // "GIẢI PHÁP"), those whose items name who leads or when are the tasks; measures naming neither are prose.
  const taskSections = body.structure.sections.filter(
    (x) => x.role === "tasks" && x.number !== null,
  );
  // Not from a text dump of a table: its serialised header lines look like task headings.
  if (!tasks.length && taskSections.length && !body.tableNotRebuilt) {
    const found = taskSections
      .map((x) => tasksFromBody(body.paragraphs.slice(x.start + 1, x.end), body.source.file))
      .filter((r) => r.tasks.length);
    const assigned = found.filter((r) =>
      r.tasks.some((t) => t.lead.length || t.deadline.raw !== null),
    );
    const chosen = assigned.length ? assigned : found.slice(0, 1);
    if (chosen.length) {
      const fromBody = chosen.length === 1 ? chosen[0] : renumber(chosen);
      taskGroups = fromBody.taskGroups;
      tasks = fromBody.tasks;
      diagnostics.push(...fromBody.diagnostics);
    }
  }
  for (const a of analysed) diagnostics.push(...a.tasks.diagnostics);
  // A body parsed without the appendix it hands its tasks to: say so rather than return tasks: [] silently.
  const reference = tasks.length ? undefined : findAppendixReference(body.paragraphs);
  if (reference) {
    const quoted =
      reference.text.length > 80 ? `${reference.text.slice(0, 77)}...` : reference.text;
    diagnostics.push(
      diag(
        "warning",
        "appendix-missing",
        `the plan gives its tasks in an appendix ("${quoted}") that was not given: parse the body and its appendix together`,
        {
          file: body.source.file,
          ...(reference.page ? { page: reference.page } : {}),
        },
      ),
    );
  }
  // The act that adopts the plan, given as a file of its own: its kind, issuer, signer, number and date.
  const act = analysed.find((a) => a !== body && a.structure.adoptingAct)?.structure.adoptingAct;
  const document = act
    ? adoptedDocument(body.structure.body.document, act)
    : body.structure.body.document;
  const plan: PlanModel = {
    schemaVersion: SCHEMA_VERSION,
    ...body.structure.body,
    document,
    taskGroups,
    tasks,
    provenance: {
      files: sources.map((s) => ({
        path: basename(s.file),
        sha256: s.sha256,
        format: s.format,
        pages: s.pages,
        ...(s.ocr ? { ocr: s.ocr } : {}),
      })),
      parser: PARSER_NAME,
      warnings: diagnostics
        .filter((d) => d.severity !== "info")
        .map((d) => ({
          code: d.ruleId,
          message: d.message,
          ...(d.file ? { file: basename(d.file) } : {}),
          ...(d.page ? { page: d.page } : {}),
          ...(d.line ? { line: d.line } : {}),
          ...(d.rowId ? { rowId: d.rowId } : {}),
        })),
    },
  };
  // Reorder keys as the model lists them, so output diffs stay readable.
  const ordered: PlanModel = {
    schemaVersion: plan.schemaVersion,
    document: plan.document,
    sections: plan.sections,
    viewpoints: plan.viewpoints,
    objectives: plan.objectives,
    taskGroups: plan.taskGroups,
    tasks: plan.tasks,
    implementation: plan.implementation,
    provenance: plan.provenance,
  };
  const checked = Plan.safeParse(ordered);
  if (!checked.success) {
    // A parser bug, not bad input: say exactly what is wrong instead of emitting an invalid model.
    const first = checked.error.issues[0];
    throw new Error(
      `internal error: the parsed model does not satisfy the schema at /${first.path.join("/")}: ${first.message}`,
    );
  }
  const tableDebug = analysed.flatMap((a) =>
    a.source.layout ? [{ file: a.source.file, pages: a.source.layout, rows: a.tasks.rows }] : [],
  );
  return { plan: ordered, diagnostics, tableDebug };
}

/** Does one short line of the document name at least three task-table columns (a serialised header row)? */
function headerWordsIn(source: SourceDocument): boolean {
  for (const b of source.blocks) {
    if (b.kind !== "paragraph" || b.text.length > 200) continue;
    const roles = new Set<string>();
    for (const piece of b.text.split(HEADER_PIECE_BREAK)) {
      const role = columnRole(piece);
      if (role) roles.add(role);
    }
    if (roles.size >= 3) return true;
  }
  return false;
}

/** Tasks of several body sections as one list: the later sections' groups numbered on after the earlier ones. */
function renumber(parts: BodyTasks[]): BodyTasks {
  const out: BodyTasks = { taskGroups: [], tasks: [], diagnostics: [] };
  for (const part of parts) {
    const offset = out.taskGroups.length;
    const gid = (id: string | null) => (id === null ? null : `g-${Number(id.slice(2)) + offset}`);
    const tid = (id: string) => id.replace(/^t-(\d+)/, (_, n: string) => `t-${Number(n) + offset}`);
    out.taskGroups.push(
      ...part.taskGroups.map((g) => ({ ...g, id: gid(g.id)!, number: g.number + offset })),
    );
    out.tasks.push(
      ...part.tasks.map((t) => ({
        ...t,
        id: tid(t.id),
        group: gid(t.group),
        parent: t.parent && tid(t.parent),
      })),
    );
    out.diagnostics.push(...part.diagnostics);
  }
  return out;
}
