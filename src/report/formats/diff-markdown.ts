/** `plan diff -f markdown`: for notes and issues; element texts shortened, every cell escaped. */
import type { DiffResult } from "../../diff/types.js";
import {
  findingDetail,
  findingIds,
  findingText,
  langOf,
  planLabel,
  sectionsOf,
  shorten,
  summaryLine,
} from "../diff-summary.js";
import { pairsMarkdown } from "../diff-tables.js";
import { escapeMarkdownCell } from "../escape.js";
import { findingNotes, messages } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

const TEXT_MAX = 90;
const cell = escapeMarkdownCell;

export default function diffMarkdown(r: DiffResult, opts: FormatOptions): string {
  const lang = langOf(opts);
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
  if (opts.tables) out.push(pairsMarkdown(r.taskPairs, lang));
  return out.join("\n");
}
