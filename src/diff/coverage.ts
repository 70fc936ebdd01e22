/**
 * The coverage matrix: reference elements down, plans across, each cell what
 * became of the element in that plan (kept, changed, missing, absent).
 */
import type { DiffResult, DiffSection, DocumentSummary, ElementStatus } from "./types.js";

export interface CoverageRow {
  section: DiffSection;
  referenceId: string;
  text: string;
  cells: ElementStatus[];
}

export interface Coverage {
  reference: string;
  plans: string[];
  /** The plans' metadata, in the order of `plans`. */
  documents: DocumentSummary[];
  rows: CoverageRow[];
}

export function coverage(results: DiffResult[]): Coverage {
  const rows = new Map<string, CoverageRow>();
  results.forEach((r, col) => {
    for (const e of r.elements) {
      const key = `${e.section}:${e.referenceId}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          section: e.section,
          referenceId: e.referenceId,
          text: e.text,
          cells: results.map(() => "absent"),
        };
        rows.set(key, row);
      }
      row.cells[col] = e.status;
    }
  });
  return {
    reference: results[0]?.reference.name ?? "",
    plans: results.map((r) => r.plan.name),
    documents: results.map((r) => r.plan),
    rows: [...rows.values()],
  };
}
