/**
 * Section contents: viewpoints, objectives (general and specific, with
 * targets), funding and reporting duties.
 */
import { findDue, findRecurrence } from "../model/deadline.js";
import type { PlanModel, ReportingDutyModel } from "../model/schema.js";
import { findTargets } from "../model/targets.js";
import { labelKind, labelNumber } from "../lexicon/labels.js";
import { foldKey, isCapitals } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import { isSubHeading } from "./sections.js";

export interface Item {
  label?: string;
  text: string;
}

/**
 * Paragraphs → list items. Labelled paragraphs start items; an unlabelled
 * paragraph continues the previous item, unless the list has no labels at all.
 */
export function items(paras: Paragraph[]): Item[] {
  const anyLabel = paras.some((p) => p.label);
  const out: Item[] = [];
  for (const p of paras) {
    if (!anyLabel || p.label || !out.length) out.push({ label: p.label, text: p.text });
    else out[out.length - 1].text += ` ${p.text}`;
  }
  return out;
}

/** Split a region at its sub-headings: [heading, paragraphs under it]. */
export function subsections(paras: Paragraph[]): { heading: Paragraph | null; body: Paragraph[] }[] {
  const out: { heading: Paragraph | null; body: Paragraph[] }[] = [{ heading: null, body: [] }];
  for (const p of paras) {
    if (isSubHeading(p)) out.push({ heading: p, body: [] });
    else out[out.length - 1].body.push(p);
  }
  return out.filter((s) => s.heading || s.body.length);
}

export function viewpointsFrom(paras: Paragraph[]): PlanModel["viewpoints"] {
  const list = items(paras.filter((p) => !isSubHeading(p)));
  return list.map((it, i) => {
    const n = labelKind(it.label) === "number" ? labelNumber(it.label) : undefined;
    const number = n ?? i + 1;
    return { id: `vp-${i + 1}`, number, text: it.text };
  });
}

/** Heading text that names a sub-part, possibly followed inline by content ("Mục tiêu chung: ..."). */
function headingMatches(p: Paragraph, re: RegExp): boolean {
  return re.test(foldKey(p.text.split(":")[0]));
}

export function objectivesFrom(paras: Paragraph[]): PlanModel["objectives"] {
  const parts = subsections(paras);
  let general: string | null = null;
  const specificParas: Paragraph[] = [];
  for (const part of parts) {
    const h = part.heading;
    if (h && headingMatches(h, /MUC TIEU (TONG QUAT|CHUNG)/)) {
      const inline = h.text.includes(":") ? h.text.slice(h.text.indexOf(":") + 1).trim() : "";
      general = [inline, ...part.body.map((p) => p.text)].filter(Boolean).join(" ") || null;
    } else if (h && headingMatches(h, /MUC TIEU CU THE|CHI TIEU/)) {
      specificParas.push(...part.body);
    } else if (!h && parts.length === 1) {
      // No sub-headings: an unlabelled lead paragraph is the general objective, the list the specific ones.
      const lead = part.body.filter((p) => !p.label);
      const list = part.body.filter((p) => p.label);
      if (list.length && lead.length) general = lead.map((p) => p.text).join(" ");
      specificParas.push(...(list.length ? list : part.body));
    }
  }
  const specific = items(specificParas).map((it, i) => ({ id: `ob-${i + 1}`, text: it.text, targets: findTargets(it.text) }));
  return { general, specific };
}

export function fundingFrom(paras: Paragraph[]): string | null {
  for (const part of subsections(paras)) {
    if (part.heading && headingMatches(part.heading, /KINH PHI|NGUON VON|TAI CHINH/)) {
      const inline = part.heading.text.includes(":") ? part.heading.text.slice(part.heading.text.indexOf(":") + 1).trim() : "";
      // The funding text ends at the next numbered point or a capitals line (the signature block).
      const end = part.body.findIndex((p) => labelKind(p.label) === "number" || isCapitals(p.text));
      const body = end >= 0 ? part.body.slice(0, end) : part.body;
      const text = [inline, ...body.map((p) => p.text)].filter(Boolean).join(" ");
      if (text) return text;
    }
  }
  const inPara = paras.find((p) => /^KINH PHI\b/.test(foldKey(p.text)) && p.text.includes(":"));
  return inPara ? inPara.text.slice(inPara.text.indexOf(":") + 1).trim() : null;
}

const REPORT_VERB = /\b(BAO CAO|GUI|TRINH|TONG HOP)\b/;
const DATED = /(?:trước|chậm nhất|trong|hạn)\s*(?:ngày)?\s*\d{1,2}\s*(?:\/|tháng)\s*\d{1,2}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}/iu;

/** "gửi ... về X", "về X (Sở Công Thương)": who receives the report. */
export function recipient(text: string): string | null {
  const m = /(?:gửi(?:\s+báo\s+cáo)?(?:[^,;]*?)\s+về|gửi\s+về|gửi|về|trình)\s+((?:Sở|Ban|Văn phòng|Văn Phòng|Cơ quan|cơ quan|Ủy ban|UBND|Chủ tịch|Bộ|Công an|Chi cục|Phòng|Trung tâm)[^,;.]*?)(?=\s*(?:\(|,|;|\.|\s+trước|\s+chậm|\s+để|\s+ký|\s+trong|$))(\s*\(([^)]*)\))?/u.exec(text);
  if (!m) return null;
  const inParens = m[3]?.trim();
  // "cơ quan Thường trực 389 thành phố (Sở Công Thương)": the body in parentheses is the addressee.
  if (inParens && /^(Sở|Chi cục|Văn phòng|Ban)\s/u.test(inParens) && inParens.length < 60) return inParens;
  return m[1].trim();
}

export function reportingFrom(paras: Paragraph[]): ReportingDutyModel[] {
  const out: ReportingDutyModel[] = [];
  let inheritedTo: string | null = null;
  for (const p of paras) {
    const text = p.text;
    const k = foldKey(text);
    const to = recipient(text);
    if (to && !DATED.test(text)) inheritedTo = to;
    if (!DATED.test(text) || !REPORT_VERB.test(k)) continue;
    const recurrence = findRecurrence(text);
    const dueExpr = DATED.exec(text)![0];
    const full = findDue(text.slice(text.indexOf(dueExpr)));
    const dm = /(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})/u.exec(dueExpr.replace(/ngày\s*/u, ""));
    let due: string | null = null;
    if (full && /^\d{4}-\d{2}-\d{2}$/.test(full)) due = full;
    else if (dm && recurrence === "annual") due = `--${dm[2].padStart(2, "0")}-${dm[1].padStart(2, "0")}`;
    else if (dm && recurrence === null && /\bHANG NAM|HANG NAM\b/.test(k)) due = `--${dm[2].padStart(2, "0")}-${dm[1].padStart(2, "0")}`;
    out.push({ text, due, recurrence: due?.startsWith("--") ? "annual" : recurrence, to: to ?? inheritedTo });
  }
  return out;
}
