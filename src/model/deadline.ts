/**
 * Deadline cells ("THỜI HẠN") → the model's deadline: kind, due (ISO year,
 * year-month or date), recurrence, who requests it and on what condition.
 * The raw text is always kept beside the interpretation.
 */
import type { DeadlineModel } from "./schema.js";
import {
  CONDITION_OPENINGS,
  CONTINUOUS_WORDINGS,
  foldedWords,
  ON_INSTRUCTION_OPENINGS,
  PERIODIC_WORDINGS,
  RECURRENCE_WORDINGS,
  REQUEST_VERBS,
  spacedWords,
} from "../lexicon/deadlines.js";
import { foldKey } from "../lexicon/text.js";

const ROMAN_Q: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};
const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

interface Candidate {
  index: number;
  length: number;
  value: string;
}

/** Date patterns, each mapping a match to the latest acceptable ISO value (or null if invalid). */
const DATE_PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [
    /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/gu,
    (m) => (validDate(+m[3], +m[2], +m[1]) ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : null),
  ],
  [
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    (m) => (validDate(+m[3], +m[2], +m[1]) ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : null),
  ],
  [
    /qu[ýy]\s*([IV]{1,3}|[1-4])\s*(?:\/|năm\s*)\s*(\d{4})/giu,
    (m) => {
      const q = ROMAN_Q[m[1].toUpperCase()];
      return q ? `${m[2]}-${pad(q * 3)}` : null;
    },
  ],
  [
    /6\s*tháng\s*(đầu|cuối)\s*năm\s*(\d{4})/giu,
    (m) => `${m[2]}-${m[1].toLowerCase() === "đầu" ? "06" : "12"}`,
  ],
  [
    /(\d{1,2})\s*[/.-]\s*(\d{4})/gu,
    (m) => (+m[1] >= 1 && +m[1] <= 12 ? `${m[2]}-${pad(+m[1])}` : null),
  ],
  [
    /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    (m) => (+m[1] >= 1 && +m[1] <= 12 ? `${m[2]}-${pad(+m[1])}` : null),
  ],
  // Ranges "2026-2030", "giai đoạn 2026 - 2030": the end year is the due year.
  [/\b(20\d{2})\s*[-–—]\s*(20\d{2})\b/gu, (m) => m[2]],
  [/\b((?:19|20)\d{2})\b/gu, (m) => m[1]],
];

/** The first date expression in a phrase (by position), as the latest acceptable ISO value. */
export function findDue(s: string): string | null {
  const t = s.normalize("NFC");
  let best: Candidate | null = null;
  for (const [re, toValue] of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const value = toValue(m);
      if (!value) continue;
      const c = { index: m.index, length: m[0].length, value };
      // Earliest wins; at the same place the longer (more specific) expression wins.
      if (!best || c.index < best.index || (c.index === best.index && c.length > best.length))
        best = c;
      // A date pattern also matches inside a longer one further right; later matches cannot beat the first here.
      break;
    }
  }
  // "tháng 02/2026" and "ngày 05/12/2025": a specific pattern can start a few characters before a generic one.
  return best?.value ?? null;
}

const RECURRENCES = RECURRENCE_WORDINGS.map(
  ([rhythm, wordings]) => [rhythm, foldedWords(wordings)] as const,
);
const PERIODIC = foldedWords(PERIODIC_WORDINGS);
const CONTINUOUS = foldedWords(CONTINUOUS_WORDINGS);
const ON_INSTRUCTION = new RegExp(`^(?:${ON_INSTRUCTION_OPENINGS.map(foldKey).join("|")})`);

export function findRecurrence(s: string): DeadlineModel["recurrence"] {
  const k = foldKey(s);
  return RECURRENCES.find(([, re]) => re.test(k))?.[0] ?? null;
}

const REQUESTED = new RegExp(
  `theo\\s+(?:${spacedWords(REQUEST_VERBS)})\\s+(?:của\\s+)?(.+?)\\s*$`,
  "iu",
);
const CONDITION = new RegExp(`\\b((?:${spacedWords(CONDITION_OPENINGS)})\\s+.+)$`, "iu");

export function parseDeadline(raw: string | null | undefined): DeadlineModel {
  const text = (raw ?? "").replace(/\s+/g, " ").trim();
  const base: DeadlineModel = {
    raw: text || null,
    kind: "unspecified",
    due: null,
    recurrence: null,
    requestedBy: null,
  };
  if (!text) return base;
  const k = foldKey(text);
  const requested = REQUESTED.exec(text);
  const requestedBy = requested ? requested[1].replace(/[.;,]+$/, "").trim() : null;
  const beforeRequest = requested ? text.slice(0, requested.index) : text;
  const due = findDue(beforeRequest);
  const recurrence = findRecurrence(text);
  const periodic = PERIODIC.test(k);
  const continuous = CONTINUOUS.test(k);
  if (due) {
    const cond = CONDITION.exec(beforeRequest);
    // "2026 sau khi sửa đổi ..." depends on an event; "02/2026 và định kỳ ... sau khi hoàn thành" is a date plus a rhythm.
    if (cond && !periodic)
      return {
        ...base,
        kind: "conditional",
        due,
        recurrence,
        requestedBy,
        condition: cond[1].trim(),
      };
    return { ...base, kind: "due", due, recurrence, requestedBy };
  }
  if (periodic) return { ...base, kind: "periodic", recurrence, requestedBy };
  if (continuous) return { ...base, kind: "continuous", recurrence, requestedBy };
  if (requestedBy || ON_INSTRUCTION.test(k))
    return { ...base, kind: "on-instruction", requestedBy };
  const cond = CONDITION.exec(text);
  if (cond) return { ...base, kind: "conditional", condition: cond[1].trim() };
  return base;
}
