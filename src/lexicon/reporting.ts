/**
 * Words of reporting clauses: what makes a date a deadline, what makes a
 * clause a report, and how the names of the bodies that receive reports begin.
 */

/** Words that make the date after them a deadline ("trước ngày 30 tháng 9", "chậm nhất ngày 20/3/2026"). */
export const DEADLINE_WORD = "trước|chậm\\s+nhất(?:\\s+là)?|muộn\\s+nhất|hạn\\s+chót|hạn";

/** A clause that sends or sums up a report (diacritic-folded, upper case); "Chương trình" is a programme. */
export const REPORT_VERB = /\b(BAO CAO|GUI|(?<!CHUONG )TRINH|TONG HOP)\b/;

/** How the name of a body that receives reports begins. */
export const RECIPIENT_HEAD =
  "Sở|Ban|Văn phòng|Văn Phòng|Cơ quan|cơ quan|Ủy ban|Uỷ ban|UBND|Chủ tịch|Bộ|Công an|Chi cục|Phòng|Trung tâm|Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Lãnh đạo|Hội đồng";
