/** `plan diff --against REF PLANS... -f markdown`: the coverage matrix, by section with totals. */
import type { Coverage } from "../../diff/coverage.js";
import { DIFF_SECTIONS } from "../../diff/types.js";
import { langOf, planLabel, shorten, STATUS_MARK, statusLegend } from "../diff-summary.js";
import { escapeMarkdownCell } from "../escape.js";
import { messages } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

const cell = escapeMarkdownCell;

export default function coverageMarkdown(
  cov: Coverage,
  _results: unknown,
  opts: FormatOptions,
): string {
  const m = messages(langOf(opts));
  const labels = cov.documents.map((d) => cell(planLabel(d)));
  const out = [
    `| ${cell(cov.reference)} | ${labels.join(" | ")} |`,
    `|---|${labels.map(() => "---").join("|")}|`,
  ];
  for (const section of DIFF_SECTIONS) {
    const rows = cov.rows.filter((row) => row.section === section);
    if (!rows.length) continue;
    const covered = cov.plans.map(
      (_, i) => rows.filter((row) => row.cells[i] === "kept" || row.cells[i] === "changed").length,
    );
    out.push(
      `| **${cell(m.section[section])}** | ${covered.map((n) => `**${n}/${rows.length}**`).join(" | ")} |`,
    );
    for (const row of rows)
      out.push(
        `| ${cell(shorten(`${row.referenceId} ${row.text}`, 70))} | ${row.cells.map((s) => STATUS_MARK[s]).join(" | ")} |`,
      );
  }
  return out.join("\n") + `\n\n${cell(statusLegend(m))}\n`;
}
