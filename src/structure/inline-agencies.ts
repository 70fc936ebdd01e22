/**
 * Agencies and dates written in a task's own sentence, for plans that give
 * their tasks in the body without a table: "UBND cấp xã chủ trì, phối hợp
 * với các Sở, ban ngành ... thực hiện ...", "(Sở X chủ trì, phối hợp với Y)",
 * "Ủy ban nhân dân cấp xã: đầu tư ...", "Sở Công Thương tham mưu ...",
 * "... hoàn thành trong quý IV năm 2026", "... khi có nhà đầu tư đề xuất".
 * The verbs and heads are in lexicon/agencies.ts.
 */
import {
  AGENCY_HEAD,
  TASK_ACTION_VERBS as ACTION,
  LIST_END_VERBS as LIST_END,
  SUBJECT_HEAD,
} from "../lexicon/agencies.js";

export interface InlineAgencies {
  lead: string[];
  coordinate: string[];
}

const isAgency = (s: string) => AGENCY_HEAD.test(`${s} `) || SUBJECT_HEAD.test(`${s} `);
const tidy = (s: string) => s.replace(/^[\s,;:]+|[\s,;:.]+$/g, "");

export function inlineAgencies(text: string): InlineAgencies {
  const out: InlineAgencies = { lead: [], coordinate: [] };
  // "(Sở X chủ trì, phối hợp với Y)": the parenthesis says it all.
  const paren = /\(([^()]+?)\s+chủ trì(?:\s*,\s*phối hợp với\s+([^()]+))?\)/u.exec(text);
  if (paren && isAgency(paren[1])) {
    out.lead = [tidy(paren[1])];
    if (paren[2]) out.coordinate = [tidy(paren[2])];
    return out;
  }
  // The subject: up to "chủ trì", a colon, or the first verb after the head.
  const colon = /^([^:;,.]{3,80}):\s/u.exec(text);
  if (colon && isAgency(colon[1])) out.lead = [tidy(colon[1])];
  else if (isAgency(text)) {
    const head = (AGENCY_HEAD.exec(`${text} `) ?? SUBJECT_HEAD.exec(`${text} `))![0].length;
    const verb = new RegExp(`\\s(?:${ACTION})(?=[\\s,.;]|$)`, "u").exec(text.slice(head));
    const subject = verb ? text.slice(0, head + verb.index) : "";
    if (subject && subject.split(/\s+/).length <= 16) out.lead = [tidy(subject)];
  }
  const coord = new RegExp(`phối hợp với\\s+(.+?)\\s+(?:${LIST_END})(?=[\\s,.;]|$)`, "u").exec(
    text,
  );
  if (out.lead.length && coord) out.coordinate = [tidy(coord[1])];
  return out;
}

/** A deadline said in a task's sentence: "hoàn thành trong quý IV năm 2026", "khi có nhà đầu tư đề xuất ...". */
export function inlineDeadline(text: string): string | null {
  const date =
    /\bhoàn thành(?:\s+[\p{L}\s]{0,30}?)?\s+(?:trong\s+|trước\s+)?(?:quý\s+[IV\d]+\s*(?:năm\s*|\/\s*)\d{4}|năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*năm\s*|\s*\/\s*)\d{4}|\d{1,2}\/\d{4}|ngày\s+\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(
      text,
    );
  if (date)
    return date[0].replace(/^hoàn thành\s+[\p{L}\s]*?(?=\s+(?:trong|trước)\s)/iu, "hoàn thành");
  const when = /\b(khi có\s+[^.;()]+)/u.exec(text);
  return when ? tidy(when[1]) : null;
}
