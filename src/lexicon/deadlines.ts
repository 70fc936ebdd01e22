/**
 * The words of deadline cells: rhythms ("hằng quý"), standing duties
 * ("thường xuyên"), duties on request ("theo yêu cầu của Bộ Y tế") and
 * conditions ("sau khi ..."). Written as people write them; matched on
 * diacritic-folded, upper-cased text (so "hằng" and "hàng" are one word)
 * except where noted. Adding a wording is one line.
 */
import { foldKey } from "./text.js";

/** Rhythms, checked in this order ("6 tháng một lần" is checked after "hằng tháng" fails). */
export const RECURRENCE_WORDINGS: [
  "weekly" | "monthly" | "quarterly" | "semiannual" | "annual",
  string[],
][] = [
  ["weekly", ["hằng tuần", "mỗi tuần", "theo tuần"]],
  ["monthly", ["hằng tháng", "mỗi tháng", "theo tháng"]],
  ["quarterly", ["hằng quý", "mỗi quý", "theo quý", "quý một lần", "quý 1 lần"]],
  [
    "semiannual",
    [
      "6 tháng một lần",
      "6 tháng 1 lần",
      "hằng 6 tháng",
      "mỗi 6 tháng",
      "theo 6 tháng",
      "định kỳ 6 tháng",
      "nửa năm",
    ],
  ],
  ["annual", ["hằng năm", "mỗi năm", "theo năm"]],
];

/** A periodic duty with no date of its own. */
export const PERIODIC_WORDINGS = ["định kỳ", "hằng năm", "hằng quý", "hằng tháng", "hằng tuần"];

/** A standing duty. */
export const CONTINUOUS_WORDINGS = ["thường xuyên", "liên tục", "hằng ngày"];

/** How a duty done on instruction opens. */
export const ON_INSTRUCTION_OPENINGS = ["khi có yêu cầu", "theo yêu cầu", "theo chỉ đạo"];

/** "theo yêu cầu của X": what X does (matched on the text as written, any case). */
export const REQUEST_VERBS = ["yêu cầu", "chỉ đạo", "hướng dẫn", "đề nghị"];

/** What a condition opens with (as written, any case): "sau khi được phê duyệt". */
export const CONDITION_OPENINGS = ["sau khi", "khi có", "khi được"];

/**
 * How a deadline cell opens, as written: with more capitalised text after it
 * on the same line of a text dump, the next cell follows ("Thường xuyên Văn
 * bản quán triệt", "2027 Hệ thống cơ sở dữ liệu").
 */
export const DEADLINE_CELL_OPENING =
  /^(?:Thường xuyên(?:\s*[/,]\s*(?:đột xuất|định kỳ))?|Định kỳ(?:,\s*thường xuyên)?|Hằng (?:năm|quý|tháng)|Hàng (?:năm|quý|tháng)|Theo (?:chỉ đạo|yêu cầu|kế hoạch)|Quý [IV1-4]+(?:\/\d{4})?|Năm \d{4}|Trước ngày|\d{1,2}\/\d{4}|(?:19|20)\d{2})(?=[\s,.;/]|$)/iu;

/** Wordings as whole words of folded text: `\b(?:A|B)\b`. */
export function foldedWords(wordings: string[]): RegExp {
  return new RegExp(`\\b(?:${wordings.map(foldKey).join("|")})\\b`);
}

/** Wordings as written, any run of spaces between their words. */
export function spacedWords(wordings: string[]): string {
  return wordings.map((w) => w.split(" ").join("\\s+")).join("|");
}
