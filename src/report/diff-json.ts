/** `plan diff -f json`: the data; each finding's message in the report language beside its reason. */
import type { Coverage } from "../diff/coverage.js";
import type { DiffResult, Finding } from "../diff/types.js";
import { countByKind, countByStatus, DIFF_FORMAT_VERSION } from "./diff-common.js";
import { messages, type Lang } from "./messages/index.js";

const withMessage = (fs: Finding[], lang: Lang) =>
  fs.map((f) => ({ ...f, message: messages(lang).reason(f.reason) }));

export function formatDiffJson(r: DiffResult, lang: Lang, tables = false): string {
  const summary = { findings: countByKind(r.findings), elements: countByStatus(r.elements) };
  const out = {
    formatVersion: DIFF_FORMAT_VERSION,
    reference: r.reference,
    plan: r.plan,
    summary,
    findings: withMessage(r.findings, lang),
    elements: r.elements,
    ...(tables ? { taskPairs: r.taskPairs } : {}),
  };
  return JSON.stringify(out, null, 2) + "\n";
}

export function formatCoverageJson(cov: Coverage, results: DiffResult[], lang: Lang): string {
  const findings = results.map((r) => ({
    plan: r.plan.name,
    findings: withMessage(r.findings, lang),
  }));
  return JSON.stringify({ formatVersion: DIFF_FORMAT_VERSION, ...cov, findings }, null, 2) + "\n";
}
