/**
 * `plan diff` output for terminals (cli-table3), Markdown and JSON, for one
 * comparison and for the coverage matrix of many plans.
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Coverage } from "../diff/coverage.js";
import { FINDING_KINDS, SECTION_TITLES, type DiffResult, type DiffSection, type ElementStatus, type Finding } from "../diff/types.js";

export const DIFF_FORMAT_VERSION = 1;

export function countByKind(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of FINDING_KINDS) out[k] = findings.filter((f) => f.kind === k).length;
  return out;
}

export function countByStatus(r: DiffResult): Record<ElementStatus, number> {
  const out: Record<ElementStatus, number> = { kept: 0, changed: 0, missing: 0, absent: 0 };
  for (const e of r.elements) out[e.status]++;
  return out;
}

/** What a finding says, in one plain line: phrases, or the value change, or the message. */
export function findingDetail(f: Finding): string {
  if (f.dropped.length) return f.dropped.map((p) => `− “${p}”`).join("\n");
  if (f.added.length) return f.added.map((p) => `+ “${p}”`).join("\n");
  if (f.from !== undefined) return `${f.message}\n${f.from} → ${f.to}`;
  return f.message;
}

export function findingNote(f: Finding): string {
  const notes: string[] = [];
  if (f.weakened === true) notes.push("weakened");
  if (f.weakened === false) notes.push("strengthened");
  if (f.referenceBasis === "inferred") notes.push("reference inferred");
  if (f.confidence < 0.5) notes.push(`low confidence ${f.confidence}`);
  return notes.join(", ");
}

export function formatDiffJson(r: DiffResult): string {
  return (
    JSON.stringify(
      { formatVersion: DIFF_FORMAT_VERSION, reference: r.reference, plan: r.plan, summary: { findings: countByKind(r.findings), elements: countByStatus(r) }, findings: r.findings, elements: r.elements },
      null,
      2,
    ) + "\n"
  );
}

function summaryLine(r: DiffResult): string {
  const s = countByStatus(r);
  const kinds = Object.entries(countByKind(r.findings))
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  return `${r.plan.name} against ${r.reference.name}: ${s.kept} kept, ${s.changed} changed, ${s.missing} missing${s.absent ? `, ${s.absent} not in the files given` : ""}; ${r.findings.length} finding(s)${kinds ? `: ${kinds}` : ""}`;
}

function sections(findings: Finding[]): [DiffSection, Finding[]][] {
  return (Object.keys(SECTION_TITLES) as DiffSection[]).map((s) => [s, findings.filter((f) => f.section === s)] as [DiffSection, Finding[]]).filter(([, fs]) => fs.length);
}

export function formatDiffTable(r: DiffResult, opts: { color: boolean; width: number }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out = [c.bold(summaryLine(r)), ""];
  const detailWidth = Math.max(30, opts.width - 17 - 12 - 12 - 22 - 6);
  for (const [section, fs] of sections(r.findings)) {
    out.push(c.bold(SECTION_TITLES[section]));
    const table = new Table({
      head: ["finding", "reference", "plan", "detail", "note"],
      colWidths: [17, 12, 12, detailWidth, 22],
      wordWrap: true,
      wrapOnWordBoundary: true,
      style: { head: opts.color ? ["cyan"] : [], border: opts.color ? ["grey"] : [] },
    });
    for (const f of fs) {
      const kind = f.weakened || f.kind === "missing" || f.kind === "phraseDropped" ? c.red(f.kind) : f.kind === "ambiguousMatch" ? c.yellow(f.kind) : f.kind;
      table.push([kind, f.referenceId ?? "—", f.planId ?? "—", findingDetail(f), findingNote(f)]);
    }
    out.push(table.toString(), "");
  }
  return out.join("\n") + "\n";
}

const mdCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function formatDiffMarkdown(r: DiffResult): string {
  const out = [`# ${r.plan.name} against ${r.reference.name}`, "", summaryLine(r), ""];
  for (const [section, fs] of sections(r.findings)) {
    out.push(`## ${SECTION_TITLES[section]}`, "", "| finding | reference | plan | detail | note |", "|---|---|---|---|---|");
    for (const f of fs) out.push(`| ${f.kind} | ${f.referenceId ?? "—"} | ${f.planId ?? "—"} | ${mdCell(findingDetail(f))} | ${mdCell(findingNote(f))} |`);
    out.push("");
  }
  return out.join("\n");
}

const STATUS_MARK: Record<ElementStatus, string> = { kept: "kept", changed: "changed", missing: "MISSING", absent: "–" };

export function formatCoverageTable(cov: Coverage, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const paint = (s: ElementStatus) => (s === "missing" ? c.red(STATUS_MARK[s]) : s === "changed" ? c.yellow(STATUS_MARK[s]) : s === "kept" ? c.green(STATUS_MARK[s]) : STATUS_MARK[s]);
  const table = new Table({ head: [cov.reference, ...cov.plans], style: { head: opts.color ? ["cyan"] : [], border: opts.color ? ["grey"] : [] } });
  for (const row of cov.rows) table.push([`${row.referenceId} ${row.text.slice(0, 40)}${row.text.length > 40 ? "…" : ""}`, ...row.cells.map(paint)]);
  return `${table.toString()}\n– : that part of the plan was not in the files given\n`;
}

export function formatCoverageMarkdown(cov: Coverage): string {
  const out = [`| ${cov.reference} | ${cov.plans.join(" | ")} |`, `|---|${cov.plans.map(() => "---").join("|")}|`];
  for (const row of cov.rows) out.push(`| ${row.referenceId} ${mdCell(row.text.slice(0, 60))} | ${row.cells.map((s) => STATUS_MARK[s]).join(" | ")} |`);
  return out.join("\n") + "\n";
}

export function formatCoverageJson(cov: Coverage, results: DiffResult[]): string {
  return JSON.stringify({ formatVersion: DIFF_FORMAT_VERSION, ...cov, findings: results.map((r) => ({ plan: r.plan.name, findings: r.findings })) }, null, 2) + "\n";
}
