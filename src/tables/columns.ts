/**
 * Column roles from header wording. Real appendices name the same columns in
 * many ways ("THỜI HẠN", "Thời gian hoàn thành", "Tiến độ"...) and order them
 * freely; the roles are recognised on diacritic-folded text.
 */
import { foldKey } from "../normalize/text.js";

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

const RULES: [ColumnRole, RegExp][] = [
  ["lead", /CHU TRI|DON VI THUC HIEN|CO QUAN THUC HIEN|DON VI CHIU TRACH NHIEM|CHIU TRACH NHIEM/],
  ["coordinate", /PHOI HOP/],
  ["deadline", /THOI HAN|THOI GIAN|TIEN DO|HAN HOAN THANH|MOC THOI GIAN/],
  ["output", /KET QUA|SAN PHAM|HINH THUC/],
  ["note", /GHI CHU/],
  ["funding", /KINH PHI|NGUON VON/],
  ["task", /HANH DONG|NOI DUNG|CU THE|HOAT DONG|CONG VIEC|DE AN|CHUONG TRINH/],
  ["group", /GIAI PHAP|NHOM NHIEM VU|LINH VUC|NHIEM VU/],
];

/** The same rules with spaces and punctuation ignored: OCR glues words ("KẾTQUẢ") and leaves specks ("- THỜI HẠN:"). */
const GLUED: [ColumnRole, RegExp][] = RULES.map(([role, re]) => [role, new RegExp(re.source.replace(/ /g, ""))]);

export function columnRole(text: string): ColumnRole | null {
  const k = foldKey(text);
  if (!k) return null;
  const glued = k.replace(/[^A-Z0-9]/g, "");
  // Narrow number columns wrap their header ("ST" / "T"): compare without spaces.
  if (/^(STT|TT|SOTT|SOTHUTU|THUTU)$/.test(glued)) return "stt";
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
