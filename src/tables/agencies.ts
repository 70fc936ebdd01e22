/**
 * Lead and coordinating cells → agency lists. Several agencies come as "- "
 * lines or separated by ";"; a comma splits only when every piece is itself
 * an agency name ("Sở Tư pháp; Công an thành phố, Sở Công Thương"), so that
 * "Sở Văn hóa, Thể thao" and descriptive cells stay whole.
 */
import { AGENCY_HEAD } from "../lexicon/agencies.js";
import type { Paragraph } from "../read/types.js";

function tidy(s: string): string {
  return s.replace(/^[\s,;]+|[\s,;]+$/g, "").replace(/\s+/g, " ");
}

function splitCommas(part: string): string[] {
  const pieces = part.split(/,\s*/).map(tidy).filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => AGENCY_HEAD.test(`${p} `) && !/^Các\s/u.test(p)))
    return pieces;
  return [tidy(part)];
}

export function splitAgencies(paras: Paragraph[]): string[] {
  const parts: string[] = [];
  for (const p of paras) {
    const text = tidy(p.text);
    if (!text) continue;
    // Continuation lines of a "- " item without their own marker belong to it.
    // and so does text that starts in lower case: the rest of a cell cut by a page break.
    if (!p.label && parts.length && (paras.some((q) => q.label) || /^\p{Ll}/u.test(text))) {
      parts[parts.length - 1] += ` ${text}`;
      continue;
    }
    parts.push(text);
  }
  const out: string[] = [];
  for (const part of parts) {
    const semis = part.split(/;\s*/).map(tidy).filter(Boolean);
    // A long sentence with a ";" is one description, not a list.
    const list = semis.length > 1 && semis.every((t) => t.length <= 100) ? semis : [tidy(part)];
    for (const t of list) out.push(...(list.length > 1 || t.length <= 100 ? splitCommas(t) : [t]));
  }
  return out;
}
