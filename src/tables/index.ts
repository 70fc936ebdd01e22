/**
 * tables: find the task tables among a document's blocks, stitch their page
 * fragments, and turn them into task groups and tasks. Tables that are not
 * task tables (header blocks, signature blocks) go back to the body as
 * paragraphs, cell by cell.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Block, Paragraph, Table } from "../read/types.js";
import { stitch, findHeader, type TaskTable } from "./stitch.js";
import { tableToTasks, type TasksResult } from "./tasks.js";

export interface SplitBlocks {
  paragraphs: Paragraph[];
  taskTables: TaskTable[];
}

/** Paragraphs allowed between two page fragments of one table (stray page furniture). */
const MAX_GAP_PARAGRAPHS = 2;

export function splitTables(blocks: Block[]): SplitBlocks {
  const paragraphs: Paragraph[] = [];
  const runs: Table[][] = [];
  const captions = new Map<Table[], string | undefined>();
  let run: Table[] | null = null;
  let gap: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      if (run) {
        gap.push(b);
        if (gap.length > MAX_GAP_PARAGRAPHS) {
          paragraphs.push(...gap);
          gap = [];
          run = null;
        }
      } else paragraphs.push(b);
      continue;
    }
    const header = findHeader(b);
    const last = run?.[run.length - 1];
    const nextPage = last?.page !== undefined && b.page !== undefined && b.page === last.page + 1;
    if (run && !header && nextPage) {
      run.push(b);
      paragraphs.push(...gap);
      gap = [];
      continue;
    }
    if (run && header && nextPage && sameRoles(run[0], b)) {
      run.push(b);
      paragraphs.push(...gap);
      gap = [];
      continue;
    }
    paragraphs.push(...gap);
    gap = [];
    if (header) {
      run = [b];
      runs.push(run);
      captions.set(run, captionBefore(paragraphs));
    } else {
      run = null;
      paragraphs.push(...flatten(b));
    }
  }
  paragraphs.push(...gap);
  const taskTables = runs
    .map((r) => stitch(r, captions.get(r)))
    .filter((t): t is TaskTable => t !== null);
  return { paragraphs, taskTables };
}

/**
 * The same header as the table's first page: the same columns, and every
 * column both name agrees. A column only one names still agrees: OCR may
 * have garbled its header on this page ("CƠ QUAN PHI HỢP").
 */
function sameRoles(a: Table, b: Table): boolean {
  const ha = findHeader(a),
    hb = findHeader(b);
  if (!ha || !hb) return false;
  if (ha.roles.filter(Boolean).join() === hb.roles.filter(Boolean).join()) return true;
  if (ha.roles.length !== hb.roles.length) return false;
  const both = ha.roles.map((r, i) => [r, hb.roles[i]]).filter(([x, y]) => x && y);
  return both.length >= 3 && both.every(([x, y]) => x === y);
}

/**
 * The table's caption: the paragraph right above it, when it reads as a
 * heading (short, no sentence end). A table with no group rows is titled by it.
 */
function captionBefore(paragraphs: Paragraph[]): string | undefined {
  const p = paragraphs[paragraphs.length - 1];
  if (!p || p.text.length > 200 || /[.;:]$/.test(p.text)) return undefined;
  return p.label ? `${p.label} ${p.text}` : p.text;
}

/** A layout table's cells in reading order: row by row, left to right. */
function flatten(t: Table): Paragraph[] {
  return [...t.cells].sort((a, b) => a.row - b.row || a.col - b.col).flatMap((c) => c.paragraphs);
}

export function tasksFromTables(tables: TaskTable[], file: string): TasksResult {
  const out: TasksResult = { taskGroups: [], tasks: [], diagnostics: [] as Diagnostic[], rows: [] };
  for (const t of tables) {
    const r = tableToTasks(t, file, out.taskGroups.length);
    out.taskGroups.push(...r.taskGroups);
    out.tasks.push(...r.tasks);
    out.diagnostics.push(...r.diagnostics);
    out.rows.push(...r.rows);
  }
  return out;
}
