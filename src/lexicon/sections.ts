/**
 * Section headings: the words that tell a section's role, whatever its
 * number ("BỐI CẢNH" first shifts every roman number), and the sub-headings
 * that may carry their content inline ("1. Mục tiêu chung: ..."). Matched as
 * whole words on diacritic-folded, upper-cased text. Adding one is one line.
 */
import { foldKey } from "./text.js";

type SectionRoleWord =
  | "viewpoints"
  | "objectives"
  | "purpose"
  | "reporting"
  | "funding"
  | "tasks"
  | "implementation"
  | "context";

/**
 * Roles by heading words; the first role with a word in the heading wins. A word
 * written "^..." must open the heading, "...$" end it ("^nội dung$": the heading
 * "NỘI DUNG" alone heads a plan's tasks).
 */
export const SECTION_HEADINGS: [SectionRoleWord, string[]][] = [
  ["viewpoints", ["quan điểm"]],
  ["objectives", ["mục tiêu"]],
  ["purpose", ["mục đích", "yêu cầu"]],
  [
    "reporting",
    ["^chế độ báo cáo", "^chế độ thông tin báo cáo", "^thông tin báo cáo", "^báo cáo$"],
  ],
  [
    "funding",
    ["^kinh phí", "^nguồn kinh phí", "^nguồn vốn", "^vốn đầu tư", "^nguồn lực tài chính"],
  ],
  [
    "tasks",
    [
      "nhiệm vụ",
      "giải pháp",
      "hành động",
      "nội dung kế hoạch",
      "nội dung thực hiện",
      "nội dung triển khai",
      "^nội dung$",
      "^nội dung chủ yếu$",
    ],
  ],
  ["implementation", ["tổ chức thực hiện", "trách nhiệm thực hiện", "phân công"]],
  [
    "context",
    ["bối cảnh", "tình hình", "thực trạng", "kết quả", "căn cứ", "sự cần thiết", "đánh giá"],
  ],
];

/** Sub-headings that may carry their content after a colon, each the whole text before it. */
export const INLINE_SUBHEADINGS = [
  "mục tiêu",
  "mục tiêu tổng quát",
  "mục tiêu chung",
  "mục tiêu cụ thể",
  "chỉ tiêu",
  "chỉ tiêu cụ thể",
  "kinh phí",
  "kinh phí thực hiện",
  "kinh phí hoạt động",
  "chế độ báo cáo",
  "chế độ thông tin báo cáo",
  "thời gian",
  "thời gian thực hiện",
  "thời gian triển khai",
  "quan điểm",
  "quan điểm chỉ đạo",
  "mục đích",
  "yêu cầu",
];

export const folded = (wordings: string[]) => wordings.map(foldKey).join("|");

/** Heading words as one pattern: whole words, "^" and "$" kept as anchors. */
export const headingPattern = (wordings: string[]) =>
  new RegExp(
    wordings
      .map((w) => `${w.startsWith("^") ? "^" : "\\b"}${foldKey(w)}${w.endsWith("$") ? "$" : "\\b"}`)
      .join("|"),
  );
