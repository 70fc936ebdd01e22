/**
 * Words that name a file's role in a plan at the end of its name
 * ("hue-appendix.pdf", "KH 127 PL.pdf", "ke-hoach-127-phu-luc.docx"). Matched
 * without diacritics or case, spaces and dashes alike. Adding one is one line.
 */

/** An appendix (the task table), possibly numbered: "phụ lục 2". */
export const APPENDIX_FILE_WORDS = [
  "appendix",
  "annex",
  "phụ lục",
  "phụlục",
  "PL",
  "bảng nhiệm vụ",
  "danh mục nhiệm vụ",
];

/** The plan's body. */
export const BODY_FILE_WORDS = [
  "body",
  "main",
  "nội dung",
  "kế hoạch",
  "KH",
  "văn bản",
  "toàn văn",
];
