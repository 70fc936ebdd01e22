/**
 * What every `plan diff` format says the same way: counts by kind and by
 * status, the summary line, a finding's detail and note, the sections.
 */
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

export function summaryLine(r: DiffResult): string {
  const s = countByStatus(r);
  const kinds = Object.entries(countByKind(r.findings))
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  return `${r.plan.name} against ${r.reference.name}: ${s.kept} kept, ${s.changed} changed, ${s.missing} missing${s.absent ? `, ${s.absent} not in the files given` : ""}; ${r.findings.length} finding(s)${kinds ? `: ${kinds}` : ""}`;
}

export function sections(findings: Finding[]): [DiffSection, Finding[]][] {
  return (Object.keys(SECTION_TITLES) as DiffSection[]).map((s) => [s, findings.filter((f) => f.section === s)] as [DiffSection, Finding[]]).filter(([, fs]) => fs.length);
}

export const mdCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export const STATUS_MARK: Record<ElementStatus, string> = { kept: "kept", changed: "changed", missing: "MISSING", absent: "–" };
