/**
 * Text normalisation for display: what every value in the model goes through.
 * NFC, whitespace collapsed, line-break hyphenation undone; quotes and the
 * document's own spelling kept as written (hoá stays hoá). Matching keys that
 * fold spelling variants belong to `plan diff`, not here.
 */

/** Combining marks that pdf.js may hand over as spacing characters (´ ` ˜ ˀ ˙). */
const SPACING_TO_COMBINING: Record<string, string> = {
  "\u00B4": "\u0301", // acute
  "\u0060": "\u0300", // grave
  "\u02DC": "\u0303", // small tilde
  "\u02C0": "\u0309", // hook above (approximation used by some fonts)
  "\u02D9": "\u0323", // dot (used for dot below by some fonts)
};

/**
 * Recompose accents a PDF drew as separate glyphs: "Ti e´p" or "Tie ́p" become
 * "Tiếp"-like sequences before NFC. Only marks directly after a letter or a
 * space following a letter are attached, so ordinary punctuation survives.
 */
export function recomposeDiacritics(s: string): string {
  // A combining mark separated from its base letter by a space: drop the space.
  let out = s.replace(/(\p{L}) (\p{M}+)/gu, "$1$2");
  out = out.replace(
    /(\p{L})\s?([\u00B4\u02DC\u02C0\u02D9])/gu,
    (_, base: string, mark: string) => base + SPACING_TO_COMBINING[mark],
  );
  return out;
}

export function collapseSpace(s: string): string {
  return s
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\t]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function normalizeText(s: string): string {
  return collapseSpace(recomposeDiacritics(s.normalize("NFD")).normalize("NFC"));
}

/**
 * Join the lines of one paragraph. A line ending in a soft hyphen, or in "-"
 * glued to a lower-case word continued on the next line, is hyphenation; any
 * other line break is a space. Vietnamese rarely hyphenates, so the rule is
 * deliberately narrow: "kinh tế -" + "xã hội" keeps its dash.
 */
export function joinLines(lines: string[]): string {
  // Pieces joined once at the end, and only the previous line looked at: a regex anchored
  // with $ on the growing text rescans all of it for every line (quadratic: 5 MB took minutes).
  const parts: string[] = [];
  let prev = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!parts.length) parts.push(line);
    else if (
      prev.endsWith("\u00AD") ||
      (/\p{Ll}-$/u.test(prev.slice(-4)) && /^\p{Ll}/u.test(line))
    ) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      parts.push(line);
    } else parts.push(" ", line);
    prev = line;
  }
  return normalizeText(parts.join(""));
}

/** Upper-case, diacritic-free key for comparing headings and column names. */
export function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

/** Text written in capitals (headings, signature lines): at least `minLetters` letters, none lower-case. */
export function isCapitals(s: string, minLetters = 3): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= minLetters && letters === letters.toLocaleUpperCase("vi");
}

/** The text ends a sentence or clause: . : ; ! ? … possibly before a closing quote or bracket. */
export const ENDS_CLAUSE = /[.:;!?…]["”’)]?$/;

/** Lower case without diacritics ("Đẩy mạnh" → "day manh"): for matching that must survive lost or wrong accents. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
