/**
 * What every `plan diff` format shares (src/report/formats/diff-*, coverage-*): counts, the order of findings by
 * weight, a finding's detail in words, labels for plans, and shortening.
 */
import { basename } from "node:path";
import {
  DIFF_SECTIONS,
  FINDING_KINDS,
  type DiffResult,
  type DiffSection,
  type DocumentSummary,
  type ElementStatus,
  type Finding,
} from "../diff/types.js";
import {
  findingWeight,
  formatDate,
  messages,
  REPORT_LANG_DEFAULT,
  type Catalogue,
  type Lang,
} from "../messages/index.js";

export const DIFF_FORMAT_VERSION = 1;

export function countByKind(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of FINDING_KINDS) out[k] = findings.filter((f) => f.kind === k).length;
  return out;
}

export function countByStatus(elements: DiffResult["elements"]): Record<ElementStatus, number> {
  const out: Record<ElementStatus, number> = { kept: 0, changed: 0, missing: 0, absent: 0 };
  for (const e of elements) out[e.status]++;
  return out;
}

/** Per section, in document order, the status counts of its reference elements. */
export function statusBySection(r: DiffResult): [DiffSection, Record<ElementStatus, number>][] {
  return DIFF_SECTIONS.map(
    (s) =>
      [s, countByStatus(r.elements.filter((e) => e.section === s))] as [
        DiffSection,
        Record<ElementStatus, number>,
      ],
  ).filter(([, c]) => c.kept + c.changed + c.missing + c.absent > 0);
}

/** The findings, heaviest first; equal weights keep the document's order. */
export function byWeight(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => findingWeight(a.f) - findingWeight(b.f) || a.i - b.i)
    .map((x) => x.f);
}

const SELF_DESCRIBED = new Set(["targetChanged", "reportingMoved", "dueLater", "dueEarlier"]);

/** A finding in plain lines: the phrases, or the reason and the values before and after. */
export function findingDetail(f: Finding, m: Catalogue): string {
  if (f.dropped.length) return f.dropped.map((p) => `− “${p}”`).join("\n");
  if (f.added.length) return f.added.map((p) => `+ “${p}”`).join("\n");
  const reason = m.reason(f.reason);
  if (f.from === undefined || SELF_DESCRIBED.has(f.reason.code)) return reason;
  return `${reason}\n${formatDate(f.from, m.lang)} → ${f.to ? formatDate(f.to, m.lang) : "—"}`;
}

/**
 * How a report names a document: its locality; a national or ministry one by
 * its number; else its issuer, else its file name.
 */
export function planLabel(d: DocumentSummary): string {
  if (d.locality) return d.locality;
  if ((d.level === "national" || d.level === "ministry") && d.number) return d.number;
  return d.issuer ?? basename(d.name).replace(/\.(ya?ml|json|pdf|docx|txt)$/i, "");
}

/** The marks of the coverage matrices: kept, changed, missing, not in the files given. */
export const STATUS_MARK: Record<ElementStatus, string> = {
  kept: "✓",
  changed: "≈",
  missing: "✗",
  absent: "–",
};

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The text a finding is about: the reference element's, else the plan's. */
export function findingText(f: Finding): string {
  return f.reference?.text ?? f.plan?.text ?? "";
}

/** "t-1.2 → t-1.3", "vp-6", or "— → rp-1" for an element only one side has. */
export function findingIds(f: Finding): string {
  if (!f.referenceId && !f.planId) return "";
  if (f.referenceId === f.planId) return f.referenceId!;
  return `${f.referenceId ?? "—"} → ${f.planId ?? "—"}`;
}

type FileMap = (file: string) => string;

/**
 * The result with the source file names of the reference's and the plan's
 * elements passed through a function each: a model records a file's name
 * only, and an HTML report links to it relative to where the report is.
 */
export function relinkFiles(r: DiffResult, reference: FileMap, plan: FileMap): DiffResult {
  const via =
    (f: FileMap) =>
    <T extends { file?: string } | null | undefined>(e: T): T =>
      e?.file ? { ...e, file: f(e.file) } : e;
  const [onRef, onPlan] = [via(reference), via(plan)];
  return {
    ...r,
    findings: r.findings.map((x) => ({
      ...x,
      reference: onRef(x.reference),
      plan: onPlan(x.plan),
    })),
    elements: r.elements.map((e) => ({ ...e, plan: onPlan(e.plan) })),
    taskPairs: r.taskPairs.map(onPlan),
  };
}

export function summaryLine(r: DiffResult, m: Catalogue): string {
  const s = countByStatus(r.elements);
  const counts = (["kept", "changed", "missing", "absent"] as ElementStatus[])
    .filter((k) => k !== "absent" || s.absent)
    .map((k) => `${s[k]} ${m.status[k].toLowerCase()}`);
  return `${m.report.title(planLabel(r.plan), planLabel(r.reference))}: ${counts.join(", ")}; ${m.report.findingsCount(r.findings.length)}`;
}

export function sectionsOf(findings: Finding[]): [DiffSection, Finding[]][] {
  return DIFF_SECTIONS.map(
    (s) => [s, byWeight(findings.filter((f) => f.section === s))] as [DiffSection, Finding[]],
  ).filter(([, fs]) => fs.length);
}

export function tableStyle(color: boolean) {
  return { head: color ? ["cyan"] : [], border: color ? ["grey"] : [] };
}

/** Lines of at most `width` characters, broken at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

export function statusLegend(m: Catalogue): string {
  return (Object.keys(STATUS_MARK) as ElementStatus[])
    .map((s) => `${STATUS_MARK[s]} ${m.status[s].toLowerCase()}`)
    .join(" · ");
}

/** The report language a formatter was asked for, Vietnamese by default. */
export const langOf = (opts: { lang?: Lang }): Lang => opts.lang ?? REPORT_LANG_DEFAULT;

/** Each finding with its message in the report's language (JSON formats). */
export const withMessage = (fs: Finding[], lang: Lang) =>
  fs.map((f) => ({ ...f, message: messages(lang).reason(f.reason) }));
