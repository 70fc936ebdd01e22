/**
 * The words of quantified targets: the units a number is counted in (a
 * measure, or the noun it counts), the qualifiers that make it a bound
 * ("trên 90%", "ít nhất 01 trường"), the linking verbs and framing words
 * that are not part of what is measured. Matched on the text as written,
 * any case. Adding a wording is one line.
 */

/** Measures: what a number is expressed in. "%" words come first: "điểm %" is not "%". */
export const MEASURE_UNITS = [
  "điểm phần trăm",
  "điểm %",
  "điểm%",
  "%",
  "lần",
  "nghìn tỷ đồng",
  "tỷ đồng",
  "triệu đồng",
  "nghìn đồng",
  "tỷ USD",
  "triệu USD",
  "USD",
  "ha",
  "km2",
  "km",
  "m2",
  "m3",
  "MW",
  "kWh",
  "tấn",
];

/** Nouns a count counts ("05 Khu công nghiệp", "trên 400 hộ dân"). */
export const COUNTED_NOUNS = [
  "khu công nghiệp",
  "cụm công nghiệp",
  "khu kinh tế",
  "khu chế xuất",
  "KCN",
  "CCN",
  "trường đại học",
  "cơ sở giáo dục",
  "bệnh viện",
  "giường bệnh viện",
  "giường bệnh",
  "bác sĩ",
  "bác sỹ",
  "hộ dân",
  "hộ gia đình",
  "doanh nghiệp",
  "hợp tác xã",
  "dự án",
  "sản phẩm OCOP",
  "xã",
  "người",
  "lao động",
  "việc làm",
];

/** What a unit is per: "%/năm", "triệu đồng/người/năm", "bác sĩ/vạn dân". */
export const PER_WORDS = ["năm", "người", "tháng", "vạn dân", "nghìn dân", "10.000 dân"];

/** A bound written before the number, and the comparison it makes. */
export const BOUND_BEFORE: [string, ">" | ">=" | "<" | "<="][] = [
  ["không thấp hơn", ">="],
  ["không dưới", ">="],
  ["không quá", "<="],
  ["không vượt quá", "<="],
  ["ít nhất", ">="],
  ["tối thiểu", ">="],
  ["tối đa", "<="],
  ["trên", ">"],
  ["hơn", ">"],
  ["dưới", "<"],
  [">=", ">="],
  ["<=", "<="],
  [">", ">"],
  ["<", "<"],
];

/** A bound written after the unit ("gấp 1,2 lần trở lên"). */
export const BOUND_AFTER: [string, ">=" | "<="][] = [
  ["trở lên", ">="],
  ["trở xuống", "<="],
];

/** Words between the measured thing and its number, not part of either ("đạt khoảng", "ở mức"). */
export const LINKING_WORDS = [
  "đạt",
  "khoảng",
  "là",
  "ở mức",
  "bằng",
  "chiếm",
  "lên",
  "lên đến",
  "từ",
  "còn",
];

/** Words that open a clause without saying what is measured ("Phấn đấu", "trong đó"). */
export const FRAMING_WORDS = ["trong đó", "phấn đấu", "thực hiện", "và"];

/** Words that open a clause of its own inside a sentence: what is measured comes after them. */
export const SUBCLAUSE_OPENERS = ["trong đó", "cụ thể"];

/** A number after these is a rank or a name, not a quantity ("TOP 100", "thứ 3"). */
export const RANK_WORDS = ["top", "hạng", "thứ"];

/**
 * Where the measured thing of a trailing number starts inside its clause:
 * after "với" ("... với tổng công suất khoảng 2.989,5 MW"), unless the "với"
 * belongs to a comparison or a partnership.
 */
export const ATTRIBUTE_OPENER = "với";
export const NOT_ATTRIBUTE_BEFORE = ["so", "phối hợp", "kết hợp", "đối", "cùng"];

/**
 * The predicate that ends the subject of a leading percentage ("100% X có ...").
 * "sử dụng vào", "được sử dụng" are participles ("used for"), not the predicate.
 */
export const PREDICATE_WORDS = [
  "có",
  "được",
  "ký",
  "phải",
  "đạt",
  "đều",
  "tham gia",
  "sử dụng",
  "áp dụng",
  "hoàn thành",
  "bảo đảm",
  "đảm bảo",
  "thực hiện đầy đủ",
];
export const PARTICIPLE_AFTER = ["vào", "cho"];
