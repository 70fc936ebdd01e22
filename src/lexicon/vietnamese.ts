/**
 * Is this text really Vietnamese Unicode? Two failures look alike to a
 * parser and must not pass as content:
 *
 * - legacy encodings (TCVN3/ABC fonts such as .VnTime, VNI fonts such as
 *   VNI-Times): the bytes are Latin-1 letters and symbols that only the old
 *   font draws as Vietnamese ("Céng hßa", "Coäng hoøa");
 * - a PDF font without a proper Unicode map: the glyphs come out as other
 *   letters ("CỘNG HỊA" for "CỘNG HÒA").
 *
 * The first is told by characters Vietnamese never uses; the second by
 * syllables Vietnamese phonotactics does not allow, and by the national
 * motto every administrative document opens with, recognisable by its shape
 * even when its letters are wrong.
 */

import { foldDiacritics } from "./text.js";

/** Latin-1 characters that TCVN3 (ABC) uses for Vietnamese letters and Unicode Vietnamese never does. */
const TCVN3_ONLY = /[¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÆÇËÎÏÐÑ×ØÞßåæçëîïðñ÷øþ]/g;
/** VNI writes a letter then a Latin-1 "mark" character: "Coäng hoøa" (Cộng hòa). */
const VNI_MARKS = /[a-zA-Z][äëïöüÿøåæñÄËÏÖÜØÅÆÑ]/g;
const LETTER = /\p{L}/gu;

export type LegacyEncoding = "TCVN3" | "VNI";

/** Which legacy encoding a text is in, if at least 2% of its letters say so. */
export function legacyEncoding(whole: string): LegacyEncoding | null {
  // An encoding is the same all through a document: its first 200,000 characters say which.
  const text = whole.slice(0, 200_000);
  const letters = (text.match(LETTER) ?? []).length;
  if (letters < 50) return null;
  const tcvn = (text.match(TCVN3_ONLY) ?? []).length;
  const vni = (text.match(VNI_MARKS) ?? []).length;
  if (Math.max(tcvn, vni) / letters < 0.02) return null;
  return vni > tcvn ? "VNI" : "TCVN3";
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIALS = [
  "ngh",
  "ng",
  "nh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];

/** Vowel nuclei (with any medial) and the endings each takes, toneless. */
const RHYMES: Record<string, string[]> = {
  a: ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u"],
  ă: ["c", "m", "n", "ng", "p", "t"],
  â: ["c", "m", "n", "ng", "p", "t", "y", "u"],
  e: ["", "c", "m", "n", "ng", "p", "t", "o"],
  ê: ["", "ch", "m", "n", "nh", "p", "t", "u"],
  i: ["", "ch", "m", "n", "nh", "p", "t", "u", "a"],
  o: ["", "c", "m", "n", "ng", "p", "t", "i", "ong", "oc"],
  ô: ["", "c", "m", "n", "ng", "p", "t", "i"],
  ơ: ["", "m", "n", "p", "t", "i"],
  u: ["", "c", "m", "n", "ng", "p", "t", "i", "a", "y"],
  ư: ["", "c", "m", "n", "ng", "t", "i", "u", "a"],
  y: ["", "u"],
  iê: ["c", "m", "n", "ng", "p", "t", "u"],
  yê: ["m", "n", "ng", "t", "u"],
  uô: ["c", "m", "n", "ng", "t", "i"],
  ươ: ["c", "m", "n", "ng", "p", "t", "i", "u"],
  oa: ["", "c", "ch", "i", "m", "n", "ng", "nh", "p", "t", "y", "o"],
  oă: ["c", "m", "n", "ng", "t"],
  oe: ["", "n", "t", "o"],
  uâ: ["n", "ng", "t", "y"],
  uê: ["", "ch", "n", "nh", "u"],
  uy: ["", "ch", "n", "nh", "p", "t", "u", "a"],
  uyê: ["n", "t"],
  uơ: [""],
};
const VALID_RHYMES = new Set(
  Object.entries(RHYMES).flatMap(([nucleus, ends]) => ends.map((e) => nucleus + e)),
);
/** Endings that close the syllable: only the rising (sắc) or heavy (nặng) tone goes with them. */
const STOP = /(p|t|c|ch)$/;

/** Words already judged: a plan repeats its words on every page (bounded, cleared when full). */
const judged = new Map<string, boolean>();

/** Whether one word (letters only) can be a Vietnamese syllable. Plain ASCII words pass: names, English, acronyms. */
export function isVietnameseSyllable(word: string): boolean {
  let known = judged.get(word);
  if (known === undefined) {
    if (judged.size >= 50_000) judged.clear();
    known = judgeSyllable(word);
    judged.set(word, known);
  }
  return known;
}

function judgeSyllable(word: string): boolean {
  const nfc = word.normalize("NFC");
  // Acronyms: QĐ, NĐ, HĐND, BCĐ.
  if (/^[A-ZĐ]{2,6}$/.test(nfc)) return true;
  const lower = nfc.toLowerCase();
  if (/^[a-z]+$/.test(lower)) return true;
  const nfd = lower.normalize("NFD");
  const tones = nfd.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE, "").normalize("NFC");
  if (!/^[a-zđăâêôơư]+$/.test(bare)) return false;
  const tone = tones[0];
  return INITIALS.some((init) => {
    if (!bare.startsWith(init)) return false;
    const rhyme = bare.slice(init.length);
    // "gi" and "qu" carry their vowel: "gì" is g+i, "quá" is qu+a.
    if (
      !VALID_RHYMES.has(rhyme) &&
      !(init === "g" && rhyme.startsWith("i") && VALID_RHYMES.has(rhyme))
    )
      return false;
    return !STOP.test(rhyme) || tone === undefined || tone === "\u0301" || tone === "\u0323";
  });
}

export interface SyllableReport {
  /** Words with Vietnamese letters or other non-ASCII letters that were checked. */
  checked: number;
  invalid: string[];
}

const MAX_CHECKED = 20_000;

/** Check the non-ASCII words of a text (the first MAX_CHECKED of them). */
export function checkSyllables(text: string): SyllableReport {
  const invalid: string[] = [];
  let checked = 0;
  // Bounded: one 4 MB "word" overflows the regex engine's stack; no syllable is longer than this.
  for (const m of text.normalize("NFC").matchAll(/[\p{L}\p{M}]{1,40}/gu)) {
    if (/^[A-Za-z]+$/.test(m[0])) continue;
    // A share is all the callers need: a sample this large tells it, and a 5 MB text stays fast.
    if (++checked > MAX_CHECKED) {
      checked--;
      break;
    }
    if (!isVietnameseSyllable(m[0])) invalid.push(m[0]);
  }
  return { checked, invalid };
}

/**
 * How many words carry a Vietnamese letter beyond ASCII (a tone or vowel mark,
 * or đ). Most Vietnamese syllables do; a text layer that lost its diacritics
 * (a scanner's OCR: "Khan truong trien khai cong tac") has almost none, and
 * its words still pass the syllable check.
 */
export function diacriticShare(text: string): { words: number; marked: number } {
  let words = 0;
  let marked = 0;
  // Bounded like checkSyllables: one 4 MB "word" overflows the regex engine's stack.
  for (const m of text.normalize("NFC").matchAll(/[\p{L}\p{M}]{2,40}/gu)) {
    words++;
    if (/[^A-Za-z]/.test(m[0])) marked++;
  }
  return { words, marked };
}

/** The national motto as every document writes it, and its shape with diacritics and case folded. */
const MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const fold = (s: string) => foldDiacritics(s).toUpperCase();
/** Letters with the vowel marks kept and the tone mark moved to the end: "HOÀ" and "HÒA" agree. */
const tonesAside = (s: string) =>
  s
    .toUpperCase()
    .split(/\s+/)
    .map((w) => {
      const nfd = w.normalize("NFD");
      return nfd.replace(TONE, "").normalize("NFC") + (nfd.match(TONE) ?? []).join("");
    })
    .join(" ");

/** Words of the motto's lengths in a row (built once: a long PDF asks on every page). */
const MOTTO_SHAPE = new RegExp(
  MOTTO.split(" ")
    .map((w) => `[\\p{L}\\p{M}]{${w.length}}`)
    .join("\\s+"),
  "gu",
);

/**
 * The motto written with wrong letters: its words are there in order with
 * the right lengths, but the text is not the motto. Returns what was found.
 */
export function garbledMotto(text: string): string | null {
  // The motto heads a document (or a page): its first 20,000 characters are enough to look in.
  for (const m of text.slice(0, 20_000).normalize("NFC").matchAll(MOTTO_SHAPE)) {
    const found = m[0].replace(/\s+/g, " ");
    if (tonesAside(found) === tonesAside(MOTTO)) return null;
    const same = [...fold(found)].filter((c, i) => c === fold(MOTTO)[i]).length;
    // Most letters agree once diacritics are folded: this is the motto, damaged.
    if (same / MOTTO.length >= 0.75) return found;
  }
  return null;
}
