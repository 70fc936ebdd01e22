/**
 * The one date formatter: the model's ISO values as people write them.
 * "2026" → "năm 2026", "2026-02" → "tháng 02/2026", "2030-12-15" →
 * "15/12/2030", "--09-30" (a day every year) → "30/9 hằng năm".
 */
import type { Lang } from "./lang.js";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An ISO year, year-month, date or yearly day, formatted; any other text is returned as is. */
export function formatDate(iso: string, lang: Lang): string {
  let m = /^(\d{4})$/.exec(iso);
  if (m) return lang === "vi" ? `năm ${m[1]}` : m[1];
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return lang === "vi" ? `tháng ${m[2]}/${m[1]}` : `${MONTHS_EN[+m[2] - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m)
    return lang === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : `${+m[3]} ${MONTHS_EN[+m[2] - 1]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m)
    return lang === "vi"
      ? `${+m[2]}/${+m[1]} hằng năm`
      : `${+m[2]} ${MONTHS_EN[+m[1] - 1]} every year`;
  return iso;
}

/** A date for a spreadsheet cell: the last day the ISO value allows (UTC), or null. */
export function lastDayOf(iso: string): Date | null {
  let m = /^(\d{4})$/.exec(iso);
  if (m) return new Date(Date.UTC(+m[1], 11, 31));
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return new Date(Date.UTC(+m[1], +m[2], 0));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return null;
}
