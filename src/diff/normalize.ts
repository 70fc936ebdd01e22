/**
 * The one normaliser of `plan diff`: what counts as the same wording.
 *
 * A text becomes a list of word tokens, each with its surface (as written,
 * with its offsets) and a comparison key. Keys make these differences vanish:
 *
 * - letter case ("Nhân dân" / "nhân dân") and punctuation (commas, quotes,
 *   dashes are not tokens at all: "khoa học, công nghệ" = "khoa học công nghệ");
 * - tone-mark placement ("hoá" / "hóa", "uỷ" / "ủy", "khoẻ" / "khỏe"): the key
 *   is the toneless syllable plus a tone number, wherever the mark sits;
 * - i / y after a consonant ("sĩ" / "sỹ", "kỹ" / "kĩ", "lý" / "lí");
 * - word-order synonyms ("đảm bảo" / "bảo đảm") and abbreviations ("UBND" /
 *   "Ủy ban nhân dân", "ATTP", "TMĐT"), which share one key.
 *
 * Some words are not substance when they are all a change consists of
 * (`isNonSubstantive`): locality words ("trên địa bàn tỉnh", "thành phố Huế",
 * the plan's own place names), level words ("bộ" / "sở", "ban", "ngành",
 * "địa phương", "xã, phường", "đất nước"), and a few function words. A change
 * that drops "bộ" for "sở" is a level swap; one that drops "rõ thời gian" is not.
 */

export interface Token {
  /** The word as written. */
  surface: string;
  /** The comparison key: lower case, tone as a digit, i/y folded. */
  key: string;
  /** Offsets of the surface in the original text (for quoting phrases). */
  start: number;
  end: number;
}

/** Tone marks as combining characters (NFD), numbered as in Vietnamese tone order. */
const TONES: Record<string, string> = {
  "\u0300": "2",
  "\u0301": "1",
  "\u0303": "4",
  "\u0309": "3",
  "\u0323": "5",
};
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The comparison key of one word. */
export function wordKey(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  const nfd = lower.normalize("NFD");
  let tone = "";
  const bare = nfd
    .replace(TONE_RE, (m) => {
      tone = TONES[m];
      return "";
    })
    .normalize("NFC");
  // "sỹ" / "sĩ", "kỹ" / "kĩ": a lone final y after consonants is an i (not "uy", "ay", "ây").
  const iy = bare.replace(/^([bcdđghklmnpqrstvx]+)y$/, "$1i");
  return iy + tone;
}

export { foldDiacritics } from "../lexicon/text.js";

/**
 * Words that are one unit for comparison: collapsed into one token whose key
 * joins the syllables with "_", so that "nhân dân" (the People) is not taken
 * for part of "ủy ban nhân dân", nor "nước" of "nước ngoài" for "đất nước".
 */
const COMPOUNDS = [
  "ủy ban nhân dân",
  "hội đồng nhân dân",
  "an toàn thực phẩm",
  "thương mại điện tử",
  "quản lý thị trường",
  "ban chỉ đạo",
  "địa phương",
  "chính quyền",
  "cơ sở",
  "đất nước",
  "quốc gia",
  "trung ương",
  "thành phố",
  "địa bàn",
  "thị trấn",
  "cả nước",
  "toàn quốc",
  "bảo đảm",
].map((c) => c.split(" ").map(wordKey));

/** Abbreviations and word-order synonyms, as the compound key they stand for. */
const ALIASES: Record<string, string> = {
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  attp: "an toàn thực phẩm",
  tmđt: "thương mại điện tử",
  qltt: "quản lý thị trường",
  bcđ: "ban chỉ đạo",
  "đảm bảo": "bảo đảm",
};
const ALIAS_KEYS = new Map(
  Object.entries(ALIASES).map(([from, to]) => [
    from.split(" ").map(wordKey).join("_"),
    to.split(" ").map(wordKey).join("_"),
  ]),
);
const ALIAS_PHRASES = [...ALIAS_KEYS.keys()]
  .filter((k) => k.includes("_"))
  .map((k) => k.split("_"));

const WORD_RE = /[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*/gu;

/** Split a text into word tokens with comparison keys. Punctuation is dropped. */
export function tokenize(text: string): Token[] {
  const nfc = text.normalize("NFC");
  const words: Token[] = [];
  for (const m of nfc.matchAll(WORD_RE)) {
    const start = m.index ?? 0;
    words.push({ surface: m[0], key: wordKey(m[0]), start, end: start + m[0].length });
  }
  const out: Token[] = [];
  for (let i = 0; i < words.length; ) {
    const unit = [...COMPOUNDS, ...ALIAS_PHRASES].find((c) =>
      c.every((k, j) => words[i + j]?.key === k),
    );
    const n = unit ? unit.length : 1;
    const key = words
      .slice(i, i + n)
      .map((w) => w.key)
      .join("_");
    const start = words[i].start;
    const end = words[i + n - 1].end;
    out.push({ surface: nfc.slice(start, end), key: ALIAS_KEYS.get(key) ?? key, start, end });
    i += n;
  }
  return out;
}

/** The keys of a text joined by spaces: equal strings mean equal wording. */
export function comparable(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(" ");
}

const NON_SUBSTANTIVE = new Set(
  [
    // level words: "bộ" / "sở", "các bộ, ngành" / "các sở, ban, ngành", "chính quyền địa phương" / "UBND các xã, phường"
    "bộ",
    "sở",
    "ban",
    "ngành",
    "cấp",
    "xã",
    "phường",
    "huyện",
    "ủy ban nhân dân",
    "chính quyền",
    "địa phương",
    "cơ sở",
    "đất nước",
    "quốc gia",
    "trung ương",
    "cả nước",
    "toàn quốc",
    // locality words: "trên địa bàn tỉnh", "thành phố Huế", "tại Huế"
    "trên",
    "trong",
    "tại",
    "ở",
    "địa bàn",
    "tỉnh",
    "thành phố",
    "thị trấn",
    "này",
    // function words that carry no obligation by themselves
    "của",
    "và",
    "các",
    "những",
    "cho",
  ].map((w) => w.split(" ").map(wordKey).join("_")),
);

/**
 * Whether a run of changed words is only locality, level and function words
 * (or the given place names, e.g. "Huế", "Cần Thơ"), so not a change of substance.
 */
export function isNonSubstantive(keys: string[], placeKeys: ReadonlySet<string>): boolean {
  return keys.every(
    (k) =>
      NON_SUBSTANTIVE.has(k) || placeKeys.has(k) || k.split("_").every((p) => placeKeys.has(p)),
  );
}

/** Keys of a document's own place names ("Huế", "Cần Thơ", "Hưng Yên"), for isNonSubstantive. */
export function placeKeys(...localities: (string | null | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const l of localities) if (l) for (const t of tokenize(l)) keys.add(t.key);
  return keys;
}
