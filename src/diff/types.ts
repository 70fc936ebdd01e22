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

export const DIFF_SECTIONS = [
  "viewpoints",
  "general",
  "objectives",
  "taskGroups",
  "tasks",
  "reporting",
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export type Recurrence = "weekly" | "monthly" | "quarterly" | "semiannual" | "annual";

/**
 * Why a finding was made, as data: the reports word it in the reader's
 * language from the message catalogue (src/messages/), so that no
 * sentence is built in the diff stage. Dates are ISO; the reports format them.
 */
export type FindingReason =
  | { code: "noCounterpart" }
  | { code: "notInReference" }
  | { code: "narrowMatch"; rivals: string[] }
  | { code: "phrasesDropped"; count: number }
  | { code: "phrasesAdded"; count: number }
  | { code: "targetGone"; value: string; subject: string }
  | { code: "targetChanged"; from: string; to: string }
  | { code: "noDeadline" }
  | { code: "dueLater"; from: string; to: string }
  | { code: "dueEarlier"; from: string; to: string }
  | { code: "dueBecameText"; from: string }
  | { code: "standingBecameOneOff"; to: string }
  | { code: "recurrenceChanged"; from: Recurrence; to: Recurrence }
  | { code: "noReportingDate" }
  | { code: "reportingMoved"; from: string; to: string }
  | { code: "leadDropped" }
  | { code: "leadGeneralised"; missing: string[] }
  | { code: "leadUnmatched"; missing: string[] }
  | { code: "noTaskTable" }
  | { code: "referenceNoTaskTable"; groups: number; tasks: number };

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
  reason: FindingReason;
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
  /** Where the plan's counterpart is, for links to its page. */
  plan?: { file: string; page?: number };
}

export interface DocumentSummary {
  name: string;
  title: string | null;
  locality: string | null;
  issuer: string | null;
  level: "national" | "ministry" | "province" | "commune" | "unknown";
  number: string | null;
  /** ISO date of signature. */
  date: string | null;
  /** How many of the document's compared elements were found in a public source or inferred (a bundled reference); null for a parsed plan. */
  basis: { found: number; inferred: number } | null;
}

/** One cell of a matched task pair: both sides as written, and whether they differ in substance. */
export interface PairCell {
  reference: string;
  plan: string;
  changed: boolean;
}

/** A reference task and the plan task matched to it, cell by cell (`plan diff --tables`). */
export interface TaskPair {
  referenceId: string;
  planId: string;
  page?: number;
  file?: string;
  text: PairCell;
  deadline: PairCell;
  lead: PairCell;
  output: PairCell;
}

export interface DiffResult {
  reference: DocumentSummary;
  plan: DocumentSummary;
  findings: Finding[];
  /** Every reference element, in order, with what became of it. */
  elements: ElementResult[];
  /** The matched tasks side by side, in the reference's order. */
  taskPairs: TaskPair[];
}
