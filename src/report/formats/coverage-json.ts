/** `plan diff --against REF PLANS... -f json`: the coverage matrix and every plan's findings. */
import type { Coverage } from "../../diff/coverage.js";
import type { DiffResult } from "../../diff/types.js";
import { DIFF_FORMAT_VERSION, langOf, withMessage } from "../diff-summary.js";
import type { FormatOptions } from "./options.js";

export default function coverageJson(
  cov: Coverage,
  results: DiffResult[],
  opts: FormatOptions,
): string {
  const lang = langOf(opts);
  const findings = results.map((r) => ({
    plan: r.plan.name,
    findings: withMessage(r.findings, lang),
  }));
  return JSON.stringify({ formatVersion: DIFF_FORMAT_VERSION, ...cov, findings }, null, 2) + "\n";
}
