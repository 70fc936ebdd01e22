/**
 * Quantified targets in objective bullets and task texts: "100% đội ngũ cán
 * bộ ... có ...", "đạt trên 90%". The subject of a leading percentage runs
 * from the number to the predicate that follows it; for a trailing one
 * ("tỷ lệ ... đạt 100%") it is the clause before it.
 */
import type { TargetModel } from "./schema.js";

const PERCENT = /(?<qual>trên|hơn|dưới|ít nhất|tối thiểu|không dưới|không thấp hơn|tối đa|không quá|>=|<=|>|<)?\s*(?<value>\d{1,3}(?:[.,]\d+)?)\s*%/giu;
/** Where the subject of "100% X ..." ends: the predicate. */
const PREDICATE = /\s(?:có|được|ký|phải|đạt|đều|tham gia|sử dụng|áp dụng|hoàn thành|bảo đảm|đảm bảo|thực hiện đầy đủ)\s|[;:.!?](?:\s|$)/u;

function op(qual: string | undefined): TargetModel["op"] | undefined {
  if (!qual) return undefined;
  const q = qual.toLowerCase();
  if (q === "trên" || q === "hơn" || q === ">") return ">";
  if (q === "dưới" || q === "<") return "<";
  if (q === "tối đa" || q === "không quá" || q === "<=") return "<=";
  return ">=";
}

export function findTargets(text: string): TargetModel[] {
  const out: TargetModel[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const g = m.groups!;
    const value = Number(g.value.replace(",", "."));
    if (!Number.isFinite(value) || value > 100) continue;
    const after = text.slice(m.index! + m[0].length);
    let subject: string;
    if (/^\s*\p{L}/u.test(after) && !/^\s*(?:trở lên|trở xuống)/u.test(after)) {
      const stop = PREDICATE.exec(after);
      subject = (stop ? after.slice(0, stop.index) : after).trim();
    } else {
      // "tỷ lệ thụ lý ... đạt 100%": the subject is the clause before the number.
      const before = text.slice(0, m.index).replace(/\s*(?:đạt|là|ở mức|bằng)\s*$/u, "");
      const clause = before.split(/[.;:!?]\s/u).pop() ?? before;
      subject = clause.trim();
    }
    const target: TargetModel = { value, unit: "%", subject: subject.replace(/[,;:.]+$/, "").trim() };
    const o = op(g.qual);
    if (o) target.op = o;
    out.push(target);
  }
  return out;
}
