/**
 * Quantified targets in objective bullets and task texts. A target is a
 * number with its unit: a measure ("12%/năm", "2.000 ha", "1,2 lần") or the
 * noun it counts ("05 Khu công nghiệp", "trên 400 hộ dân"); a bound before
 * it ("trên" >, "ít nhất" >=) or after it ("trở lên" >=) is its op; a range
 * "7,5% - 8,0%" is two targets, >= the low end and <= the high end.
 *
 * The subject is what is measured. A percentage leading its phrase ("100%
 * X có ...") measures X, up to the predicate. A count opening its clause
 * ("01 Khu công nghiệp đạt tiêu chuẩn ...") has its noun as unit and the
 * rest of the clause as subject. Otherwise the subject is the clause before
 * the number (from the last sentence break or the previous target), without
 * framing ("trong đó", "Phấn đấu") or linking words ("đạt khoảng"), and from
 * a "với" that introduces the measured attribute on; a clause that is only
 * "đến năm 2030" is the previous target's subject for that year. Numbers in
 * brackets itemise another figure, and a number after "TOP" is a rank: not
 * targets.
 */
import {
  ATTRIBUTE_OPENER,
  BOUND_AFTER,
  BOUND_BEFORE,
  COUNTED_NOUNS,
  FRAMING_WORDS,
  LINKING_WORDS,
  MEASURE_UNITS,
  NOT_ATTRIBUTE_BEFORE,
  PARTICIPLE_AFTER,
  PER_WORDS,
  PREDICATE_WORDS,
  RANK_WORDS,
} from "../lexicon/targets.js";
import type { TargetModel } from "./schema.js";

type Op = NonNullable<TargetModel["op"]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** Alternatives, longest first, so that "khu công nghiệp" wins over a shorter prefix. */
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/** "2.989,5", "8.300", "7,5", "100": dots group thousands, the comma is the decimal mark. */
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const UNIT = String.raw`(?:${alt(MEASURE_UNITS)}|${alt(COUNTED_NOUNS)})(?:\s*/\s*(?:${alt(PER_WORDS)}))*`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d/.,])(?:(?<bound>${alt(BOUND_BEFORE.map(([w]) => w))})\s*)?(?:khoảng\s+)?` +
    String.raw`(?<low>${NUM})(?:(?:\s*%)?\s*[-–]\s*(?<high>${NUM}))?\s*(?<unit>${UNIT})(?![\p{L}\d])` +
    String.raw`(?:\s+(?<after>${alt(BOUND_AFTER.map(([w]) => w))}))?`,
  "giu",
);
const PREDICATE = new RegExp(
  String.raw`\s(?:${alt(PREDICATE_WORDS)})\s(?!(?:${alt(PARTICIPLE_AFTER)})\s)|[;:.!?](?:\s|$)`,
  "iu",
);
/** A sentence or clause break: not the dot inside "2.000". */
const BREAK = /[.;:!?](?=\s|$)/gu;
const LEADING_FRAMING = new RegExp(String.raw`^(?:(?:${alt(FRAMING_WORDS)})(?![\p{L}])[\s,]*)+`, "iu");
const TRAILING_LINKING = new RegExp(String.raw`(?:[\s,]+(?:${alt(LINKING_WORDS)}))+\s*$`, "iu");
const ATTRIBUTE = new RegExp(
  String.raw`(?<!(?:^|\s)(?:${alt(NOT_ATTRIBUTE_BEFORE)}))\s${ATTRIBUTE_OPENER}\s`,
  "giu",
);
const RANK_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(RANK_WORDS)})\s*$`, "iu");
const YEAR_ONLY = /^(?:đến|tới|vào)?\s*năm\s+\d{4}$/iu;
const YEAR_PHRASE = /(?:đến|tới|vào)\s+năm\s+\d{4}/iu;

function parseNumber(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  return Number(s.replace(",", "."));
}

function boundOp(word: string | undefined, table: [string, Op][]): Op | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, " ");
  return table.find(([x]) => x === w)?.[1];
}

const isPercent = (unit: string) => unit.startsWith("%");

/** The subject of "100% X có ...": X, up to the predicate. */
function subjectAfter(after: string, stop: RegExp): string {
  const m = stop.exec(after);
  return (m ? after.slice(0, m.index) : after).trim();
}

function clean(clause: string): string {
  let s = clause.replace(/^[\s,]+/u, "");
  // "... với tổng công suất bổ sung khoảng": the measured attribute is what "với" introduces.
  const openers = [...s.matchAll(ATTRIBUTE)];
  if (openers.length) {
    const last = openers[openers.length - 1];
    s = s.slice(last.index! + last[0].length);
  }
  let prev: string;
  do {
    prev = s;
    s = s.replace(LEADING_FRAMING, "").replace(TRAILING_LINKING, "").replace(/[\s,;:]+$/u, "");
  } while (s !== prev);
  return s.trim();
}

function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth;
}

export function findTargets(text: string): TargetModel[] {
  const out: TargetModel[] = [];
  let prevEnd = 0;
  let prevSubject: string | undefined;
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    if (depthAt(text, start) > 0 || RANK_BEFORE.test(text.slice(0, start))) continue;
    const unit = g.unit.replace(/\s+/g, " ").replace(/\s*\/\s*/g, "/").replace(/\s+%/g, "%");
    const low = parseNumber(g.low);
    const high = g.high === undefined ? undefined : parseNumber(g.high);
    if (!Number.isFinite(low) || (high !== undefined && !Number.isFinite(high))) continue;
    if (isPercent(unit) && Math.max(low, high ?? 0) > 100) continue;

    // A range's bound word belongs to its subject ("cao hơn 2 - 3 điểm%"): the range is the op.
    const cut = high === undefined ? start : start + m[0].indexOf(g.low);
    const after = text.slice(end);
    const breaks = [...text.slice(0, start).matchAll(BREAK)];
    const lastBreak = breaks.length ? breaks[breaks.length - 1] : undefined;
    const clauseStart = Math.max(lastBreak ? lastBreak.index! + 1 : 0, prevEnd);
    let subject = clean(text.slice(clauseStart, cut));
    if (!subject && lastBreak?.[0] === ":" && clauseStart > prevEnd) {
      // "Diện tích ...: trên 2.000 ha": a label before the colon names what is measured.
      const head = text.slice(0, lastBreak.index);
      const headBreaks = [...head.matchAll(BREAK)];
      const from = headBreaks.length ? headBreaks[headBreaks.length - 1].index! + 1 : 0;
      subject = clean(head.slice(Math.max(from, prevEnd)));
    }
    if (isPercent(unit) && /^\s*\p{L}/u.test(after)) {
      subject = subjectAfter(after, PREDICATE);
    } else if (!subject && !isPercent(unit) && /^\s*\p{L}/u.test(after)) {
      // "01 Khu công nghiệp đạt tiêu chuẩn KCN sinh thái (...)": the noun is the unit.
      subject = subjectAfter(after, /\s*\(|[;:.!?](?:\s|$)/u);
    } else if (YEAR_ONLY.test(subject) && prevSubject) {
      // "..., đến năm 2030 đạt 75%": the pair's subject, for that year.
      subject = YEAR_PHRASE.test(prevSubject)
        ? prevSubject.replace(YEAR_PHRASE, subject)
        : `${prevSubject} ${subject}`;
    }
    subject = subject.replace(/[,;:.]+$/u, "").trim();

    const base = { value: low, unit, subject };
    if (high !== undefined) {
      out.push({ ...base, op: ">=" }, { ...base, value: high, op: "<=" });
    } else {
      const op = boundOp(g.after, BOUND_AFTER) ?? boundOp(g.bound, BOUND_BEFORE);
      out.push(op ? { ...base, op } : base);
    }
    prevEnd = end;
    prevSubject = subject;
  }
  return out;
}
