/**
 * Agency names: the words an agency's name begins with, and the families
 * that tie a ministry (Bộ) to the provincial bodies that carry its work
 * locally ("Bộ Y tế" ~ "Sở Y tế", "Bộ Công an" ~ "Công an tỉnh", "Bộ Tài
 * chính" ~ Thuế, Hải quan, Kho bạc). Adding a name is one line.
 */

/** How an agency's name begins (a lead or coordinating cell, an item of one). */
const AGENCY_HEADS = [
  "Sở",
  "Bộ",
  "Ban",
  "Công an",
  "UBND",
  "Ủy ban",
  "Uỷ ban",
  "Văn phòng",
  "Cục",
  "Chi cục",
  "Tổng cục",
  "Thuế",
  "Hải quan",
  "Báo",
  "Đài",
  "Hội",
  "Liên đoàn",
  "Mặt trận",
  "Tỉnh đoàn",
  "Thành đoàn",
  "Đoàn",
  "Viện",
  "Trường",
  "Bệnh viện",
  "Bộ đội",
  "Bộ Chỉ huy",
  "Cảnh sát",
  "Kho bạc",
  "Ngân hàng",
  "Trung tâm",
  "Cổng",
  "Quản lý thị trường",
  "Đội",
  "Phòng",
  "Cơ quan",
  "Thanh tra",
  "Tòa án",
  "Viện kiểm sát",
  "Hiệp hội",
  "Các",
  "UB",
];

/** Text that opens with an agency's name (test it on `${text} `). */
export const AGENCY_HEAD = new RegExp(`^(${AGENCY_HEADS.join("|")})\\s`, "u");

/**
 * Agency names a text dump may put on the same line after an output cell
 * ("Bản cam kết Sở Y tế"): the unambiguous heads only ("Báo cáo" is a report).
 */
export const TRAILING_AGENCY =
  /\s((?:Sở|UBND|Ủy ban|Uỷ ban|Công an|Bộ Chỉ huy|Bộ chỉ huy|Báo,?|Chi cục|Thuế|Cơ quan)\s[^\n]*)$/u;

/** A coordinating cell says so ("Các sở, ngành có liên quan", "phối hợp với ..."). */
export const COORDINATING = /phối hợp|có liên quan/iu;

/** Forces named as a group ("Các lực lượng chức năng") are agencies too. */
export const FORCES = /^(?:Các )?[Ll]ực lượng\b/u;

/**
 * Lead families, each with the ways its members' names begin, checked in
 * this order ("cảnh sát biển" before "cảnh sát"). "generic" is no one in
 * particular: "Các bộ, ngành, địa phương", "Các sở, ban, ngành", "UBND các xã".
 */
export const AGENCY_FAMILIES: [string, string[]][] = [
  [
    "quốc phòng",
    ["bộ quốc phòng", "bộ chỉ huy quân sự", "bộ đội biên phòng", "biên phòng", "cảnh sát biển"],
  ],
  ["công an", ["bộ công an", "công an", "cơ quan điều tra", "cảnh sát"]],
  [
    "tài chính",
    [
      "bộ tài chính",
      "sở tài chính",
      "thuế",
      "cục thuế",
      "chi cục thuế",
      "hải quan",
      "cục hải quan",
      "chi cục hải quan",
      "kho bạc",
    ],
  ],
  [
    "công thương",
    [
      "bộ công thương",
      "sở công thương",
      "quản lý thị trường",
      "cục quản lý thị trường",
      "chi cục quản lý thị trường",
    ],
  ],
  [
    "ban chỉ đạo 389",
    [
      "cơ quan thường trực ban chỉ đạo 389",
      "văn phòng thường trực ban chỉ đạo 389",
      "ban chỉ đạo 389",
    ],
  ],
  [
    "generic",
    [
      "các bộ ngành",
      "các sở ngành",
      "các sở ban ngành",
      "các bộ sở ngành",
      "các ngành",
      "ủy ban nhân dân các",
      "các địa phương",
      "chính quyền địa phương",
      "các cơ quan đơn vị",
    ],
  ],
];

/** Level words: "Bộ Y tế" and "Sở Y tế" are one family once these are dropped. */
export const LEVEL_WORDS = ["bộ", "sở", "ban"];

/** Heads of administrative names as cased in running text, longest first ("BAN CHỈ ĐẠO" → "Ban Chỉ đạo"). */
export const ADMIN_NAME_HEADS = [
  "Ban Chỉ đạo",
  "Ban Quản lý",
  "Ủy ban nhân dân",
  "Uỷ ban nhân dân",
  "Văn phòng",
  "Chi cục",
  "Công an",
  "Bộ Chỉ huy",
  "Trung tâm",
  "Tổng cục",
  "Sở",
  "Bộ",
  "Ban",
  "Cục",
  "Phòng",
  "Ủy ban",
  "Uỷ ban",
];
/** Proper nouns inside administrative names, cased as written here ("Sở Công Thương", "Văn phòng Chính phủ"). */
export const PROPER_NAMES = [
  "Công Thương",
  "Chính phủ",
  "Quốc hội",
  "Nhà nước",
  "Việt Nam",
  "Trung ương",
  "Thủ tướng",
];

/** Heads of bodies that lead tasks, beyond the table's agency heads. */
export const SUBJECT_HEAD = /^(?:Chủ đầu tư|Nhà đầu tư|Doanh nghiệp)\s/u;
/** What an agency does: the verb that ends the subject naming it. */
export const TASK_ACTION_VERBS =
  "chủ trì|phối hợp|(?<!chủ )(?<!nhà )đầu tư|hướng dẫn|triển khai|thực hiện|tham mưu|tổ chức|san tạo|xây dựng|rà soát|đề xuất|hoàn thiện|trình|kiểm tra|theo dõi|ban hành|chỉ đạo|tăng cường|đẩy mạnh|nghiên cứu|tuyên truyền|cập nhật|bố trí|hỗ trợ|lập|giám sát|quản lý|đôn đốc";
/** The verbs that end a coordinating list ("phối hợp với A, B và C thực hiện ..."). */
export const LIST_END_VERBS =
  "thực hiện|triển khai|hướng dẫn|tổ chức|tham mưu|rà soát|đề xuất|kiểm tra|xây dựng|giải quyết|xử lý";
