/**
 * Quantified targets in objective bullets and task texts. A target is a
 * number with its unit: a measure ("12%/năm", "2.000 ha", "1,2 lần") or the
 * noun it counts ("05 Khu công nghiệp", "trên 400 hộ dân"); a bound before
 * it ("trên" >, "ít nhất" >=) or after it ("trở lên" >=) is its op; a range
 * "7,5% - 8,0%" is two targets, >= the low end and <= the high end.
 *
 * The subject is what is measured. A percentage leading its phrase ("100%
 * X có ...") measures X, up to the predicate or the next figure, unless a
 * linking verb comes before it ("Tỷ lệ Y đạt 95% dân số" measures Y). A
 * count of what there is ("... tại mỗi huyện có ít nhất 01 bệnh viện đạt
 * chuẩn") is the noun, where, which and the year. A count opening its clause
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
  SUBCLAUSE_OPENERS,
} from "../lexicon/targets.js";
import type { TargetModel } from "./schema.js";

type Op = NonNullable<TargetModel["op"]>;

const escapeWord = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
/** Alternatives, longest first, so that "khu công nghiệp" wins over a shorter prefix. */
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join("|");

/** "2.989,5", "8.300", "7,5", "100": dots group thousands, the comma is the decimal mark. */
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const PER = String.raw`(?:\s*/\s*(?:${alt(PER_WORDS)}))*`;
const UNIT = `(?:${alt(MEASURE_UNITS)}|${alt(COUNTED_NOUNS)})${PER}`;
const BOUND = alt(BOUND_BEFORE.map(([w]) => w));
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d/.,])(?:(?<bound>${BOUND})\s*)?(?:khoảng\s+)?(?<low>${NUM})` +
    String.raw`(?:(?:\s*%)?\s*[-–]\s*(?<high>${NUM}))?\s*(?<unit>${UNIT})(?![\p{L}\d])` +
    String.raw`(?:\s+(?<after>${alt(BOUND_AFTER.map(([w]) => w))}))?`,
  "giu",
);
const PREDICATE = new RegExp(
  String.raw`\s(?:${alt(PREDICATE_WORDS)})\s(?!(?:${alt(PARTICIPLE_AFTER)})\s)|[;:.!?](?:\s|$)`,
  "iu",
);
/** A sentence or clause break: not the dot inside "2.000". */
const BREAK = /[.;:!?](?=\s|$)/gu;
const LEADING_FRAMING = new RegExp(
  String.raw`^(?:(?:${alt(FRAMING_WORDS)})(?![\p{L}])[\s,]*)+`,
  "iu",
);
const TRAILING_LINKING = new RegExp(
  String.raw`(?:(?:^|[\s,]+)(?:${alt(LINKING_WORDS)}))+\s*$`,
  "iu",
);
const ATTRIBUTE = new RegExp(
  String.raw`(?<!(?:^|\s)(?:${alt(NOT_ATTRIBUTE_BEFORE)}))\s${ATTRIBUTE_OPENER}\s`,
  "giu",
);
const SUBCLAUSE = new RegExp(
  String.raw`(?:^|[\s,])(?:${alt(SUBCLAUSE_OPENERS)})(?![\p{L}])`,
  "giu",
);
const RANK_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(RANK_WORDS)})\s*$`, "iu");
const YEAR_ONLY = /^(?:đến|tới|vào)?\s*năm\s+\d{4}$/iu;
const YEAR_PHRASE = /(?:đến|tới|vào)\s+năm\s+\d{4}/iu;

function parseNumber(s: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s))
    return Number(s.replace(/\./g, "").replace(",", "."));
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
  // "Đề án ..., trong đó phấn đấu ... có ít nhất 01 trường": the sub-clause says what is counted.
  const subclauses = [...s.matchAll(SUBCLAUSE)];
  if (subclauses.length) {
    const last = subclauses[subclauses.length - 1];
    s = s.slice(last.index! + last[0].length);
  }
  let prev: string;
  do {
    prev = s;
    s = s
      .replace(/^[\s,]+/u, "")
      .replace(LEADING_FRAMING, "")
      .replace(TRAILING_LINKING, "")
      .replace(/[\s,;:]+$/u, "");
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

interface Quantity {
  start: number;
  end: number;
  /** Where the clause before it stops: the number, or for a range its bound word too. */
  cut: number;
  low: number;
  high?: number;
  unit: string;
  op?: Op;
}

function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const start = m.index!;
    if (depthAt(text, start) > 0 || RANK_BEFORE.test(text.slice(0, start))) continue;
    const unit = g.unit
      .replace(/\s+/g, " ")
      .replace(/\s*\/\s*/g, "/")
      .replace(/\s+%/g, "%");
    const low = parseNumber(g.low);
    const high = g.high === undefined ? undefined : parseNumber(g.high);
    if (!Number.isFinite(low) || (high !== undefined && !Number.isFinite(high))) continue;
    if (isPercent(unit) && Math.max(low, high ?? 0) > 100) continue;
    // A range's bound word belongs to its subject ("cao hơn 2 - 3 điểm%"): the range is the op.
    const cut = high === undefined ? start : start + m[0].indexOf(g.low);
    const op =
      high === undefined
        ? (boundOp(g.after, BOUND_AFTER) ?? boundOp(g.bound, BOUND_BEFORE))
        : undefined;
    out.push({ start, end: start + m[0].length, cut, low, high, unit, op });
  }
  return out;
}

/** The clause before a quantity: from the last break, or the previous quantity, to the number. */
function clauseBefore(
  text: string,
  q: Quantity,
  prevEnd: number,
): { clause: string; colon: boolean } {
  const breaks = [...text.slice(0, q.start).matchAll(BREAK)];
  const last = breaks.length ? breaks[breaks.length - 1] : undefined;
  const from = Math.max(last ? last.index! + 1 : 0, prevEnd);
  return {
    clause: text.slice(from, q.cut),
    colon: last?.[0] === ":" && from > prevEnd,
  };
}

/** "trên địa bàn Thủ đô có ít nhất 01 trường": a count of what there is, not of what is done. */
const EXISTENTIAL = /(?:^|\s)có$/u;
const CLAUSE_END = /\s*\(|[;:.!?](?:\s|$)/u;

/**
 * The description after an existential count: the words after its noun, or
 * for "01 X và đến năm 2030 có 02 X nằm trong ...", those of the last count
 * of the coordination.
 */
function description(text: string, qs: Quantity[], i: number, existential: boolean[]): string {
  const rest = text.slice(qs[i].end);
  const next = qs[i + 1];
  if (
    next &&
    existential[i + 1] &&
    /^\s*(?:,|và)\s/u.test(rest) &&
    !CLAUSE_END.test(text.slice(qs[i].end, next.start))
  ) {
    return description(text, qs, i + 1, existential);
  }
  return subjectAfter(rest, CLAUSE_END);
}

export function findTargets(text: string): TargetModel[] {
  const out: TargetModel[] = [];
  const qs = quantities(text);
  const clauses = qs.map((q, i) => clauseBefore(text, q, i ? qs[i - 1].end : 0));
  const existential = qs.map(
    (q, i) => !isPercent(q.unit) && EXISTENTIAL.test(clean(clauses[i].clause)),
  );
  let prevSubject: string | undefined;
  let prevPlace = "";
  qs.forEach((q, i) => {
    const after = text.slice(q.end);
    let subject = clean(clauses[i].clause);
    // "Tỷ lệ X đạt trên 95% dân số": the number completes a linking verb, what follows is its base.
    const linked = TRAILING_LINKING.test(clauses[i].clause.trimEnd());
    const opensClause = !clauses[i].clause
      .replace(/^[\s,]+/u, "")
      .replace(LEADING_FRAMING, "")
      .trim();
    if (!subject && clauses[i].colon) {
      // "Diện tích ...: trên 2.000 ha": a label before the colon names what is measured.
      const head = text.slice(0, text.lastIndexOf(":", q.start));
      subject = clean(
        clauseBefore(
          head + " ",
          { ...q, start: head.length, cut: head.length },
          i ? qs[i - 1].end : 0,
        ).clause,
      );
    }
    if (existential[i]) {
      // "đến năm 2025 trên địa bàn Thủ đô có ít nhất 01 trường đại học nằm trong ...": the noun,
      // where, which, and the year (a target has no year field).
      const framing = subject.replace(EXISTENTIAL, "").trim();
      const year = YEAR_PHRASE.exec(framing)?.[0] ?? "";
      const place = framing.replace(YEAR_PHRASE, "").replace(/\s+/g, " ").trim() || prevPlace;
      subject = [q.unit, place, description(text, qs, i, existential), year]
        .filter(Boolean)
        .join(" ");
      prevPlace = place;
    } else if (isPercent(q.unit) && /^\s*\p{L}/u.test(after) && !(subject && linked)) {
      // "100% X và 80% Y được ...": X stops where the next quantity starts.
      const next =
        qs[i + 1] && q.end < qs[i + 1].start ? text.slice(q.end, qs[i + 1].start) : after;
      subject = subjectAfter(next, PREDICATE).replace(/(?:[\s,]+và)?[\s,]*$/u, "");
    } else if (
      opensClause &&
      !isPercent(q.unit) &&
      /^\s*\p{L}/u.test(after) &&
      !/^\s*và\s/u.test(after)
    ) {
      // "01 Khu công nghiệp đạt tiêu chuẩn KCN sinh thái (...)": the noun is the unit.
      subject = subjectAfter(after, CLAUSE_END);
    } else if (YEAR_ONLY.test(subject) && prevSubject) {
      // "..., đến năm 2030 đạt 75%": the pair's subject, for that year.
      subject = YEAR_PHRASE.test(prevSubject)
        ? prevSubject.replace(YEAR_PHRASE, subject)
        : `${prevSubject} ${subject}`;
    }
    subject = subject.replace(/[,;:.]+$/u, "").trim();
    const base = { value: q.low, unit: q.unit, subject };
    if (q.high !== undefined) out.push({ ...base, op: ">=" }, { ...base, value: q.high, op: "<=" });
    else out.push(q.op ? { ...base, op: q.op } : base);
    prevSubject = subject;
  });
  return out;
}
