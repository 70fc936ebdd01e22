/**
 * Sections and their roles. Headings vary in wording and numbering (a
 * "BỐI CẢNH" section shifts every roman number), so roles come from what a
 * heading says, never from its position.
 */
import { labelKind } from "../lexicon/labels.js";
import {
  folded,
  headingPattern,
  INLINE_SUBHEADINGS,
  SECTION_HEADINGS,
} from "../lexicon/sections.js";
import { foldKey, isCapitals } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import type { SectionModel } from "../model/schema.js";

export type Role = SectionModel["role"];

/** Heading words on diacritic-folded, upper-cased heading text; first match wins. */
const ROLE_RULES: [Role, RegExp][] = SECTION_HEADINGS.map(([role, words]) => [
  role,
  headingPattern(words),
]);

export function roleOf(heading: string): Role {
  const k = foldKey(heading);
  for (const [role, re] of ROLE_RULES) if (re.test(k)) return role;
  return "other";
}

export interface SectionSpan extends SectionModel {
  /** Index of the heading paragraph, and one past the section's last paragraph. */
  start: number;
  end: number;
}

/** A top-level heading: roman-numbered ("II."), "Phần II", or an unnumbered all-caps line with a role word. */
export function isTopHeading(p: Paragraph): boolean {
  const short = p.text.length <= 120 && !/[.;]$/.test(p.text);
  if (labelKind(p.label) === "roman") return short;
  if (/^PHẦN\s+[IVX\d]+\b/iu.test(p.text) && short) return true;
  return !p.label && short && isCapitals(p.text) && roleOf(p.text) !== "other";
}

export function findSections(paras: Paragraph[], from: number): SectionSpan[] {
  const out: SectionSpan[] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i];
    if (!isTopHeading(p)) continue;
    // Unnumbered caps headings only count once numbered ones are absent: "MỤC TIÊU" inside a section is a sub-heading.
    if (!p.label && out.some((s) => s.number !== null)) continue;
    const number = labelKind(p.label) === "roman" ? p.label!.replace(/\.$/, "") : null;
    const heading = p.text.replace(/[:.]$/, "").trim();
    if (out.length) out[out.length - 1].end = i;
    out.push({ number, heading, role: roleOf(heading), start: i, end: paras.length });
  }
  return out;
}

/** Sub-heading words that may carry their content inline: "1. Mục tiêu chung: Kiên quyết ...". */
const INLINE_HEADING = new RegExp(`^(?:${folded(INLINE_SUBHEADINGS)})$`);

/** A sub-heading inside a section: "1. Mục tiêu tổng quát", "a) Kinh phí", a short bold line. */
export function isSubHeading(p: Paragraph): boolean {
  const kind = labelKind(p.label);
  const text = p.text.trim();
  const colon = text.indexOf(":");
  if (
    (kind === "number" || kind === "letter") &&
    colon > 0 &&
    colon <= 40 &&
    INLINE_HEADING.test(foldKey(text.slice(0, colon)))
  )
    return true;
  if (text.length > 100) return false;
  if (/[.;]$/.test(text)) return false;
  if (kind === "number" || kind === "letter") return text.length <= 80 || p.bold === true;
  return p.bold === true && !p.label;
}
