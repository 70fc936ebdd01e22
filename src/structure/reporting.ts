/**
 * Reporting duties: one per dated duty, not one per paragraph. A paragraph may
 * pack a yearly report, a mid-term review and a final review, each with a date
 * of its own, or name two days of a half-yearly rhythm in one parenthesis;
 * each date said as a deadline ("trước ngày ...", "chậm nhất ngày ...") is one
 * duty, with the clause that carries it as text.
 */
import { findRecurrence } from "../model/deadline.js";
import type { ReportingDutyModel } from "../model/schema.js";
import { foldKey } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import { DEADLINE_WORD, RECIPIENT_HEAD, REPORT_VERB } from "../lexicon/reporting.js";

const DAY_MONTH = String.raw`(?:ngày\s*)?(\d{1,2})\s*(?:tháng\s*|\/\s*)(\d{1,2})(?:\s*(?:năm\s*|\/\s*)(\d{4}))?`;
/** A deadline: "trước ngày 15 tháng 12", "chậm nhất ngày 20/3/2026", "trước ngày 20 hằng tháng". */
const ANCHOR = new RegExp(
  `(?:${DEADLINE_WORD})\\s+(?:${DAY_MONTH}|ngày\\s+(\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+tháng)`,
  "giu",
);
/** A second day chained to a deadline: "(trước ngày 10 tháng 6 và ngày 10 tháng 12)". */
const CHAINED =
  /^\s*(?:,|và|hoặc)\s*(?:trước\s+)?ngày\s*(\d{1,2})\s*(?:tháng\s*|\/\s*)(\d{1,2})(?:\s*(?:năm\s*|\/\s*)(\d{4}))?/iu;

interface Anchor {
  index: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  monthly: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function anchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    if (m[4]) {
      out.push({
        index: m.index,
        end: m.index + m[0].length,
        day: +m[4],
        month: null,
        year: null,
        monthly: true,
      });
      continue;
    }
    const a: Anchor = {
      index: m.index,
      end: m.index + m[0].length,
      day: +m[1],
      month: +m[2],
      year: m[3] ? +m[3] : null,
      monthly: false,
    };
    if (a.month! < 1 || a.month! > 12 || a.day! < 1 || a.day! > 31) continue;
    out.push(a);
    let end = a.end;
    for (let c = CHAINED.exec(text.slice(end)); c; c = CHAINED.exec(text.slice(end))) {
      const b: Anchor = {
        index: end,
        end: end + c[0].length,
        day: +c[1],
        month: +c[2],
        year: c[3] ? +c[3] : null,
        monthly: false,
      };
      if (b.month! < 1 || b.month! > 12) break;
      out.push(b);
      end = b.end;
    }
    ANCHOR.lastIndex = end;
  }
  return out;
}

/**
 * Clause boundaries of a paragraph: ";", a sentence end, and "và" before a new
 * report ("... năm 2028 và báo cáo tổng kết ..."). Returns [start, end) spans.
 */
function clauses(text: string): [number, number][] {
  const cuts: number[] = [0];
  const re = /;\s*|\.\s+(?=\p{Lu})|,?\s+và\s+(?=(?:gửi\s+)?báo\s+cáo\b)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  const spans: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) spans.push([cuts[i], cuts[i + 1]]);
  return spans;
}

function clauseText(text: string, [start, end]: [number, number]): string {
  const piece = text.slice(start, end).trim().replace(/[;,]$/, "").trim();
  return piece.charAt(0).toLocaleUpperCase("vi") + piece.slice(1);
}

/**
 * A one-duty paragraph up to the end of the sentence that dates it: a sentence
 * before it may say what is sent ("... xây dựng Kế hoạch. Kế hoạch ... gửi ...
 * chậm nhất ngày 20/3/2026"), one after it is another, undated duty
 * ("Đồng thời thực hiện báo cáo đột xuất khi có yêu cầu.").
 */
function throughSentence(text: string, a: Anchor): string {
  const end = /\.\s+(?=\p{Lu})/u.exec(text.slice(a.end));
  return end ? text.slice(0, a.end + end.index + 1) : text;
}

/** "gửi ... về X", "báo cáo X", "về X (Sở Công Thương)": who receives the report. */
export function recipient(text: string): string | null {
  const head = `(?:${RECIPIENT_HEAD})`;
  const re = new RegExp(
    `(?:gửi(?:\\s+báo\\s+cáo)?(?:[^,;]*?)\\s+(?:về|lên|đến)|gửi\\s+về|gửi|về|trình|báo\\s+cáo(?:\\s+(?:về|lên))?)\\s+(${head}[^,;.()]*?)` +
      `(?=\\s*(?:\\(|,|;|\\.|\\s+trước|\\s+chậm|\\s+để|\\s+ký|\\s+trong|\\s+xem|\\s+theo|\\s+về\\s|\\s+và\\s+(?!${head}|\\p{Lu})|$))(\\s*\\(([^)]*)\\))?`,
    "u",
  );
  const m = re.exec(text);
  if (!m) return null;
  const inParens = m[3]?.trim();
  // "cơ quan Thường trực 389 thành phố (Sở Công Thương)": the body in parentheses is the addressee;
  // "UBND tỉnh (qua Sở Công Thương)" goes to UBND tỉnh, through the Sở.
  if (inParens && /^(Sở|Chi cục|Văn phòng|Ban)\s/u.test(inParens) && inParens.length < 60)
    return inParens;
  return m[1].trim();
}

function dutyDue(a: Anchor, recurrence: ReportingDutyModel["recurrence"]): string | null {
  if (a.monthly || a.day === null || a.month === null) return null;
  if (a.year !== null)
    return validDate(a.year, a.month, a.day) ? `${a.year}-${pad(a.month)}-${pad(a.day)}` : null;
  if (recurrence === "annual" || recurrence === "semiannual")
    return `--${pad(a.month)}-${pad(a.day)}`;
  return null;
}

export function reportingFrom(paras: Paragraph[]): ReportingDutyModel[] {
  const out: ReportingDutyModel[] = [];
  let inheritedTo: string | null = null;
  for (const p of paras) {
    const text = p.text;
    const found = anchors(text);
    const to = recipient(text);
    if (to && !found.length) inheritedTo = to;
    if (!found.length || !REPORT_VERB.test(foldKey(text))) continue;
    const paraRecurrence = findRecurrence(text);
    const spans = found.length > 1 ? clauses(text) : [[0, text.length] as [number, number]];
    for (const a of found) {
      const span = spans.find(([s, e]) => a.index >= s && a.index < e) ?? [0, text.length];
      const clause = found.length > 1 ? clauseText(text, span) : throughSentence(text, a);
      let recurrence: ReportingDutyModel["recurrence"];
      if (a.monthly) recurrence = "monthly";
      else if (a.year !== null) recurrence = null;
      else recurrence = findRecurrence(clause) ?? paraRecurrence;
      const due = dutyDue(a, recurrence);
      out.push({ text: clause, due, recurrence, to: recipient(clause) ?? to ?? inheritedTo });
    }
  }
  return out;
}
