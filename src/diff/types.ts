/** The data `plan diff` returns: typed findings and the status of every reference element. */

export const FINDING_KINDS = [
  "missing",
  "added",
  "phraseDropped",
  "phraseAdded",
  "targetChanged",
  "deadlineChanged",
  "leadChanged",
  "ambiguousMatch",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type DiffSection = "viewpoints" | "general" | "objectives" | "taskGroups" | "tasks" | "reporting";
export const SECTION_TITLES: Record<DiffSection, string> = {
  viewpoints: "Viewpoints (Quan điểm)",
  general: "General objective (Mục tiêu tổng quát)",
  objectives: "Specific objectives (Mục tiêu cụ thể)",
  taskGroups: "Task groups (Nhiệm vụ, giải pháp)",
  tasks: "Tasks (Hành động cụ thể)",
  reporting: "Reporting duties (Chế độ báo cáo)",
};

/** One element as a finding cites it. */
export interface ElementRef {
  id: string;
  text: string;
  file?: string;
  page?: number;
}

export interface Finding {
  kind: FindingKind;
  section: DiffSection;
  referenceId: string | null;
  planId: string | null;
  /** Reference phrases the plan left out (phraseDropped). */
  dropped: string[];
  /** Plan phrases the reference does not have (phraseAdded). */
  added: string[];
  reference: ElementRef | null;
  plan: ElementRef | null;
  /** How sure the finding is, 0..1: the match's similarity, or for missing/added how far the best candidate was. */
  confidence: number;
  /** targetChanged, deadlineChanged, leadChanged: whether the plan asks less than the reference. */
  weakened?: boolean;
  /** The changed value, before (reference) and after (plan). */
  from?: string;
  to?: string;
  /** Whether the reference element's wording was found in a public source or inferred (bundled 397 only). */
  referenceBasis?: "found" | "inferred";
  message: string;
}

/** kept: matched with no finding; changed: matched with findings; missing: no counterpart; absent: the plan has no such part at all (e.g. its appendix was not given). */
export type ElementStatus = "kept" | "changed" | "missing" | "absent";

export interface ElementResult {
  section: DiffSection;
  referenceId: string;
  /** The reference element's text, for reports that list elements. */
  text: string;
  planId: string | null;
  status: ElementStatus;
  score: number | null;
}

export interface DocumentSummary {
  name: string;
  title: string | null;
  locality: string | null;
}

export interface DiffResult {
  reference: DocumentSummary;
  plan: DocumentSummary;
  findings: Finding[];
  /** Every reference element, in order, with what became of it. */
  elements: ElementResult[];
}
