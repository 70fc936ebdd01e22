/**
 * Section contents: viewpoints, objectives (general and specific, with
 * targets) and funding; reporting duties are in reporting.ts.
 */
import type { PlanModel } from "../model/schema.js";
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
export function subsections(
  paras: Paragraph[],
): { heading: Paragraph | null; body: Paragraph[] }[] {
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
  // Neither "tổng quát" nor "cụ thể" named: the items under the sub-headings are the objectives.
  if (general === null && !specificParas.length && parts.some((x) => x.heading)) {
    specificParas.push(...parts.flatMap((x) => x.body));
  }
  const specific = items(specificParas).map((it, i) => ({
    id: `ob-${i + 1}`,
    text: it.text,
    targets: findTargets(it.text),
  }));
  return { general, specific };
}

export function fundingFrom(paras: Paragraph[]): string | null {
  for (const part of subsections(paras)) {
    if (
      part.heading &&
      headingMatches(part.heading, /^(KINH PHI|NGUON VON|NGUON KINH PHI|TAI CHINH)\b/)
    ) {
      const inline = part.heading.text.includes(":")
        ? part.heading.text.slice(part.heading.text.indexOf(":") + 1).trim()
        : "";
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
