/**
 * Task-table columns: each role and the header wordings that name it. Real
 * appendices name the same columns in many ways ("THỜI HẠN", "Thời gian hoàn
 * thành", "Tiến độ"...) and order them freely; wordings are matched on
 * diacritic-folded, upper-cased text, so they are written here as people
 * write them. Adding a wording is one line.
 */
import { foldKey } from "./text.js";

export type ColumnRole =
  | "stt"
  | "group"
  | "task"
  | "deadline"
  | "output"
  | "lead"
  | "coordinate"
  | "funding"
  | "note";

/**
 * Header wordings by role, in the order roles are tried (the first role with
 * a wording the header contains wins: "Cơ quan chủ trì" is the lead before it
 * is anything else). `common`: the wordings most appendices use; a header
 * that survives only as running text (a text dump, no cell boundaries) is
 * read with these alone, and body task fields ("Chủ trì: ...") use them.
 */
const HEADINGS: [ColumnRole, string, "common"?][] = [
  ["lead", "chủ trì", "common"],
  ["lead", "cơ quan chủ trì", "common"],
  ["lead", "đơn vị chủ trì", "common"],
  ["lead", "đơn vị thực hiện"],
  ["lead", "cơ quan thực hiện"],
  ["lead", "đơn vị chịu trách nhiệm"],
  ["lead", "chịu trách nhiệm"],
  ["coordinate", "phối hợp", "common"],
  ["coordinate", "cơ quan phối hợp", "common"],
  ["coordinate", "đơn vị phối hợp", "common"],
  ["deadline", "thời hạn", "common"],
  ["deadline", "thời gian", "common"],
  ["deadline", "thời gian thực hiện", "common"],
  ["deadline", "thời gian hoàn thành", "common"],
  ["deadline", "tiến độ", "common"],
  ["deadline", "hạn hoàn thành"],
  ["deadline", "mốc thời gian"],
  ["output", "kết quả", "common"],
  ["output", "sản phẩm", "common"],
  ["output", "hình thức"],
  ["note", "ghi chú"],
  ["funding", "nguồn kinh phí"],
  ["funding", "kinh phí"],
  ["funding", "nguồn vốn"],
  ["task", "hành động", "common"],
  ["task", "nội dung", "common"],
  ["task", "cụ thể", "common"],
  ["task", "hoạt động"],
  ["task", "công việc"],
  ["task", "đề án"],
  ["task", "chương trình"],
  ["group", "nhiệm vụ, giải pháp", "common"],
  ["group", "nhóm nhiệm vụ", "common"],
  ["group", "giải pháp"],
  ["group", "lĩnh vực"],
  ["group", "nhiệm vụ"],
];

/** The number column, compared without spaces: narrow columns wrap their header ("ST" / "T"). */
const NUMBER_COLUMN = ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"];

const ROLE_ORDER = [...new Set(HEADINGS.map(([role]) => role))];
const alternation = (wordings: string[]) => wordings.map(foldKey).join("|");
const rulesOf = (rows: typeof HEADINGS): [ColumnRole, RegExp][] =>
  ROLE_ORDER.map(
    (role) =>
      [role, new RegExp(alternation(rows.filter(([r]) => r === role).map(([, w]) => w)))] as [
        ColumnRole,
        RegExp,
      ],
  ).filter(([, re]) => re.source !== "(?:)");

const RULES = rulesOf(HEADINGS);

/** The same rules with spaces and punctuation ignored: OCR glues words ("KẾTQUẢ") and leaves specks ("- THỜI HẠN:"). */
const GLUED: [ColumnRole, RegExp][] = RULES.map(([role, re]) => [
  role,
  new RegExp(re.source.replace(/ /g, "")),
]);
const NUMBER_GLUED = new RegExp(
  `^(?:${NUMBER_COLUMN.map((w) => foldKey(w).replace(/ /g, "")).join("|")})$`,
);

/** The common wordings, one rule per role. */
export const COMMON_RULES = rulesOf(HEADINGS.filter(([, , common]) => common));

/** The common wordings of one role as written ("Cơ quan chủ trì"), for readers that look for them in running text. */
export function commonWordings(roles: ColumnRole[]): string[] {
  return HEADINGS.filter(([role, , common]) => common && roles.includes(role)).map(([, w]) => w);
}

/** Every word of every header wording (folded): a line of only these is a header, or a page's repeated header piece. */
export const HEADER_WORDS = new Set(
  [...HEADINGS.map(([, w]) => w), ...NUMBER_COLUMN].flatMap((w) => foldKey(w).split(" ")),
);

/** Header wordings in capitals, as OCR must recognise them. */
export const HEADER_TEXT_COMMON = [...HEADINGS.filter(([, , c]) => c).map(([, w]) => w), "STT"]
  .join(" ")
  .replace(/,/g, "")
  .toLocaleUpperCase("vi");

/** Where one header cell's words end in a header serialised on one line: a wide gap, or a capitalised wording's first word. */
export const HEADER_PIECE_BREAK = /\s{2,}|(?<=[A-ZÀ-Ỹ])\s(?=(?:THỜI|KẾT|CƠ|HÀNH|NHIỆM)\b)/u;

/** The number column in running header text (folded). */
export const NUMBER_HEADING = /\bS?TT\b/;

export function columnRole(text: string): ColumnRole | null {
  const k = foldKey(text);
  if (!k) return null;
  const glued = k.replace(/[^A-Z0-9]/g, "");
  if (NUMBER_GLUED.test(glued)) return "stt";
  for (const [role, re] of RULES) if (re.test(k)) return role;
  for (const [role, re] of GLUED) if (re.test(glued)) return role;
  return null;
}

/**
 * Roles for a header row given each column's text. "Nhiệm vụ" alone is the
 * task column unless another column already holds the tasks.
 */
export function headerRoles(texts: string[]): (ColumnRole | null)[] {
  const roles = texts.map((t) => columnRole(t));
  if (!roles.includes("task")) {
    // With no explicit task column, the (last) group-like column is the tasks.
    const last = roles.lastIndexOf("group");
    if (last >= 0) roles[last] = "task";
  }
  // Duplicates: keep the first column for each role except tasks (a split task column is rare but real).
  const seen = new Set<ColumnRole>();
  return roles.map((r) => {
    if (!r) return r;
    if (seen.has(r) && r !== "task") return null;
    seen.add(r);
    return r;
  });
}

/** Enough recognised columns to be the task table. */
export function isTaskHeader(roles: (ColumnRole | null)[]): boolean {
  const set = new Set(roles.filter(Boolean));
  return set.has("task") && (set.has("lead") || set.has("deadline")) && set.size >= 3;
}
