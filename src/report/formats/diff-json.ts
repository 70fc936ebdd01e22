/** `plan diff -f json`: one comparison as `{ formatVersion, reference, plan, summary, findings, elements }`. */
import type { DiffResult } from "../../diff/types.js";
import { countByKind, countByStatus, DIFF_FORMAT_VERSION } from "../diff-summary.js";

export default function diffJson(r: DiffResult): string {
  return (
    JSON.stringify(
      { formatVersion: DIFF_FORMAT_VERSION, reference: r.reference, plan: r.plan, summary: { findings: countByKind(r.findings), elements: countByStatus(r) }, findings: r.findings, elements: r.elements },
      null,
      2,
    ) + "\n"
  );
}
