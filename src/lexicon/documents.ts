/**
 * The parts of an administrative document around its plan: the national motto
 * of the header block, the departments that issue under a People's Committee,
 * the words of an appendix heading, and the words by which an item speaks of
 * the plan itself. Matched on diacritic-folded, upper-cased text unless said.
 */

/** The national title and motto, in either column of a header block. */
export const MOTTOS = ["CONG HOA XA HOI CHU NGHIA VIET NAM", "DOC LAP TU DO HANH PHUC"];

/** Departments under a People's Committee that issue plans in their own name ("SỞ CÔNG THƯƠNG"). */
export const DEPARTMENT = /^(SO|BAN|CHI CUC|VAN PHONG|CONG AN|BO CHI HUY|TRUNG TAM|CUC)\s+[A-Z]/;

/** A heading that starts an appendix, as written: "PHỤ LỤC", "Phụ lục số 01: ĐỀ CƯƠNG BÁO CÁO". */
export const APPENDIX_HEADING = /^Phụ\s+lục\b/iu;

/** Words by which an item speaks of the plan itself ("Kế hoạch phải ...", "Việc ban hành Chương trình ..."). */
export const THE_PLAN_ITSELF = /\b(KE HOACH|CHUONG TRINH|DE AN)\b/;
