/** `plan diff -f markdown`: one comparison as notes, a table per section. */
import { SECTION_TITLES, type DiffResult } from "../../diff/types.js";
import { findingDetail, findingNote, mdCell, sections, summaryLine } from "../diff-summary.js";

export default function diffMarkdown(r: DiffResult): string {
  const out = [`# ${r.plan.name} against ${r.reference.name}`, "", summaryLine(r), ""];
  for (const [section, fs] of sections(r.findings)) {
    out.push(`## ${SECTION_TITLES[section]}`, "", "| finding | reference | plan | detail | note |", "|---|---|---|---|---|");
    for (const f of fs) out.push(`| ${f.kind} | ${f.referenceId ?? "—"} | ${f.planId ?? "—"} | ${mdCell(findingDetail(f))} | ${mdCell(findingNote(f))} |`);
    out.push("");
  }
  return out.join("\n");
}
