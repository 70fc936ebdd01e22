/** `plan diff --against REF PLANS... -f markdown`: the coverage matrix as a Markdown table. */
import type { Coverage } from "../../diff/coverage.js";
import { mdCell, STATUS_MARK } from "../diff-summary.js";

export default function coverageMarkdown(cov: Coverage): string {
  const out = [`| ${cov.reference} | ${cov.plans.join(" | ")} |`, `|---|${cov.plans.map(() => "---").join("|")}|`];
  for (const row of cov.rows) out.push(`| ${row.referenceId} ${mdCell(row.text.slice(0, 60))} | ${row.cells.map((s) => STATUS_MARK[s]).join(" | ")} |`);
  return out.join("\n") + "\n";
}
