/** `plan diff --against REF PLANS... -f json`: the coverage matrix and every plan's findings. */
import type { Coverage } from "../../diff/coverage.js";
import type { DiffResult } from "../../diff/types.js";
import { DIFF_FORMAT_VERSION } from "../diff-summary.js";

export default function coverageJson(cov: Coverage, results: DiffResult[]): string {
  return JSON.stringify({ formatVersion: DIFF_FORMAT_VERSION, ...cov, findings: results.map((r) => ({ plan: r.plan.name, findings: r.findings })) }, null, 2) + "\n";
}
