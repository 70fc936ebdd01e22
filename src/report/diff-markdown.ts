/** `plan diff -f markdown`: for notes and issues; element texts shortened, every cell escaped. */
import type { Coverage } from "../diff/coverage.js";
import { DIFF_SECTIONS, type DiffResult } from "../diff/types.js";
import {
  findingDetail,
  findingIds,
  findingText,
  planLabel,
  shorten,
  STATUS_MARK,
} from "./diff-common.js";
import { pairsMarkdown } from "./diff-tables.js";
import { sectionsOf, statusLegend, summaryLine } from "./diff-table.js";
import { escapeMarkdownCell } from "./escape.js";
import { findingNotes, messages, type Lang } from "./messages/index.js";

const TEXT_MAX = 90;
const cell = escapeMarkdownCell;

export function formatDiffMarkdown(r: DiffResult, lang: Lang, tables = false): string {
  const m = messages(lang);
  const out = [
    `# ${cell(m.report.title(planLabel(r.plan), planLabel(r.reference)))}`,
    "",
    cell(summaryLine(r, m)),
    "",
  ];
  const w = m.report;
  for (const [section, fs] of sectionsOf(r.findings)) {
    out.push(
      `## ${cell(m.section[section])}`,
      "",
      `| ${w.finding} | ${w.element} | ${w.detail} | ${w.note} |`,
      "|---|---|---|---|",
    );
    for (const f of fs) {
      const element = [findingIds(f), shorten(findingText(f), TEXT_MAX)].filter(Boolean).join("\n");
      out.push(
        `| ${cell(m.kind(f))} | ${cell(element)} | ${cell(findingDetail(f, m))} | ${cell(findingNotes(f, lang).join(", "))} |`,
      );
    }
    out.push("");
  }
  if (tables) out.push(pairsMarkdown(r.taskPairs, lang));
  return out.join("\n");
}

export function formatCoverageMarkdown(cov: Coverage, lang: Lang): string {
  const m = messages(lang);
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
