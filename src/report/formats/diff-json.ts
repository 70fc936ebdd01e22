/** `plan diff -f json`: the data; each finding's message in the report language beside its reason. */
import type { DiffResult } from "../../diff/types.js";
import {
  countByKind,
  countByStatus,
  DIFF_FORMAT_VERSION,
  langOf,
  withMessage,
} from "../diff-summary.js";
import type { FormatOptions } from "./options.js";

export default function diffJson(r: DiffResult, opts: FormatOptions): string {
  const lang = langOf(opts);
  const summary = { findings: countByKind(r.findings), elements: countByStatus(r.elements) };
  const out = {
    formatVersion: DIFF_FORMAT_VERSION,
    reference: r.reference,
    plan: r.plan,
    summary,
    findings: withMessage(r.findings, lang),
    elements: r.elements,
    ...(opts.tables ? { taskPairs: r.taskPairs } : {}),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
