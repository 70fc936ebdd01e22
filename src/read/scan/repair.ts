/**
 * OCR confusions mended with what the domain knows, and only toward a form
 * the domain uses:
 * - the task markers "- " and "+ " (read as dashes, tildes or bullets);
 * - specks left by erased rulings, and words glued together ("SởY tế",
 *   "Báocáoràsoát", "02/2026theo"): a token that is no Vietnamese syllable is
 *   cut into the fewest syllables, the plans' own words preferred;
 * - "Quý 11/2026": Roman quarters read as digits;
 * - a word tesseract was unsure of, one diacritic away from a word of the
 *   column headers, deadline phrases or agency names ("CÚA" → "CỦA");
 * - a pair of words that is no phrase of these plans but becomes one when a
 *   word changes its diacritics or one letter ("liền quan" → "liên quan",
 *   "triến khai" → "triển khai", "tỉnh vực" → "lĩnh vực"): the phrase list
 *   below is the administrative vocabulary every implementing plan uses.
 */
import { foldDiacritics } from "../../lexicon/text.js";
import { isVietnameseSyllable } from "../../lexicon/vietnamese.js";
import { DOMAIN_TEXT, PHRASES } from "../../lexicon/vocabulary.js";

/** A word as tesseract read it (one row of its TSV). */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** tesseract's confidence, 0..100 */
  conf: number;
  /** block, paragraph and line numbers: one line's words share them */
  line: string;
}

/** Below this confidence (0..100) a word may be corrected. */
const UNSURE = 85;

const DASHES = /^[—–−~•▪·=_]+$/u;
const PLUSES = /^[†‡÷±]$/u;

const fold = foldDiacritics;
const LEXICON = new Map<string, string[]>();
for (const w of new Set(DOMAIN_TEXT.normalize("NFC").toLowerCase().split(/\s+/)))
  LEXICON.set(fold(w), [...(LEXICON.get(fold(w)) ?? []), w]);
const KNOWN = new Set(DOMAIN_TEXT.normalize("NFC").toLowerCase().split(/\s+/));
const PHRASE_WORDS = PHRASES.map((p) => p.normalize("NFC").toLowerCase().split(/\s+/));
const BIGRAMS = new Set(PHRASE_WORDS.flatMap((ws) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`)));
const VOCABULARY = [...new Set([...KNOWN, ...PHRASE_WORDS.flat()])];
const KNOWN_ANY = new Set(VOCABULARY);
/** Plan words by their diacritic-free spelling, where only one word has it ("tinh" → "tỉnh", not "tình"/"tính" too). */
const ASCII_FOLD = new Map<string, string>();
{
  const byFold = new Map<string, string[]>();
  for (const w of VOCABULARY) byFold.set(fold(w), [...(byFold.get(fold(w)) ?? []), w]);
  for (const [f, ws] of byFold) if (ws.length === 1) ASCII_FOLD.set(f, ws[0]);
}

/** Vocabulary words an OCR word may have been: other diacritics on the same letters, or (4 letters or more) one letter changed. */
function variants(word: string): string[] {
  const f = fold(word);
  return VOCABULARY.filter((v) => {
    if (v === word) return false;
    const g = fold(v);
    if (g === f) return true;
    if (f.length < 4 || g.length !== f.length) return false;
    let diff = 0;
    for (let i = 0; i < f.length && diff < 2; i++) if (f[i] !== g[i]) diff++;
    return diff === 1;
  });
}

/** Mend word pairs that are no phrase of the plans but become one with one word changed. Returns the words, changed or not. */
export function repairPairs(words: string[]): string[] {
  const out = [...words];
  const core = (w: string) => /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(w.normalize("NFC"));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = core(out[i]);
    const b = core(out[i + 1]);
    // A pair across punctuation ("lượng: Công") is no phrase.
    if (!a || !b || a[3] || b[1]) continue;
    const x = a[2].toLowerCase();
    const y = b[2].toLowerCase();
    if (BIGRAMS.has(`${x} ${y}`)) continue;
    const fixes = [
      ...variants(x)
        .filter((v) => BIGRAMS.has(`${v} ${y}`))
        .map((v) => [0, v] as const),
      ...variants(y)
        .filter((v) => BIGRAMS.has(`${x} ${v}`))
        .map((v) => [1, v] as const),
    ];
    if (fixes.length !== 1) continue;
    const [which, v] = fixes[0];
    const m = which === 0 ? a : b;
    out[i + which] = m[1] + matchCase(m[2], v) + m[3];
  }
  return out;
}

/** Letter-by-letter distance of two NFC words of equal folded form: how many letters carry other marks. */
function markDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Infinity;
  return x.filter((c, i) => c !== y[i]).length;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Mend one word: punctuation around it is kept. */
export function repairWord(text: string, conf: number, firstInLine: boolean): string {
  if (firstInLine && DASHES.test(text)) return "-";
  if (firstInLine && PLUSES.test(text)) return "+";
  if (conf >= UNSURE) return text;
  const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(text.normalize("NFC"));
  if (!m) return text;
  const [, before, word, after] = m;
  const lower = word.toLowerCase();
  if (KNOWN.has(lower)) return text;
  // Same letters, other diacritics: the domain's own word, when there is exactly one one mark away.
  const candidates = (LEXICON.get(fold(lower)) ?? []).filter((c) => markDistance(c, lower) === 1);
  if (candidates.length !== 1) return text;
  return before + matchCase(word, candidates[0]) + after;
}

/**
 * Cut a glued token into syllables: the split with the fewest pieces, every
 * piece a Vietnamese syllable, ties going to the plans' own words. Tokens
 * that are a syllable already, plain ASCII (names, "website") or too long
 * are left alone.
 */
export function splitGlued(token: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token.normalize("NFC"))!;
  const [, before, core, after] = m;
  // "02/2026theo": digits then letters.
  const spaced = core.replace(/(\d)(\p{L}{2,})/gu, "$1 $2").replace(/(\p{L})(\d{2,})/gu, "$1 $2");
  const parts = spaced.split(" ").map((part) => {
    // Plain ASCII ("website", names) is cut only into the plans' own words ("giaoban" → "giao ban").
    const ascii = /^[A-Za-z]+$/.test(part);
    if (
      !/^\p{L}+$/u.test(part) ||
      part.length > 40 ||
      (!ascii && isVietnameseSyllable(part)) ||
      (ascii && KNOWN_ANY.has(part.toLowerCase()))
    )
      return part;
    const n = part.length;
    // best[i]: [pieces, vocabulary pieces, split] for part[0..i)
    const best: ([number, number, string[]] | null)[] = [[0, 0, []], ...Array<null>(n).fill(null)];
    for (let i = 0; i < n; i++) {
      const from = best[i];
      if (!from) continue;
      for (let j = i + 1; j <= Math.min(n, i + 8); j++) {
        const piece = part.slice(i, j);
        const asWord = ascii
          ? KNOWN_ANY.has(piece.toLowerCase())
            ? piece
            : ASCII_FOLD.has(piece.toLowerCase())
              ? matchCase(piece, ASCII_FOLD.get(piece.toLowerCase())!)
              : null
          : piece;
        if (
          asWord === null ||
          !isVietnameseSyllable(piece) ||
          (piece.length === 1 &&
            !/^[aàáảãạeéèẻẽẹiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]$/iu.test(piece))
        )
          continue;
        // An ASCII piece is a plan word as written, or takes the diacritics of the one plan word it can be ("antinh" → "an tỉnh").
        const word = asWord;
        const cand: [number, number, string[]] = [
          from[0] + 1,
          from[1] + (KNOWN_ANY.has(word.toLowerCase()) ? 1 : 0),
          [...from[2], word],
        ];
        const cur = best[j];
        if (!cur || cand[0] < cur[0] || (cand[0] === cur[0] && cand[1] > cur[1])) best[j] = cand;
      }
    }
    // One piece is no split: a word is never respelled here, only cut.
    return best[n] && best[n]![2].length > 1 ? best[n]![2].join(" ") : part;
  });
  return before + parts.join(" ") + after;
}

/** Roman quarters read as digits: "Quý 11/2026" is "Quý II/2026". */
function romanQuarters(text: string): string {
  // "H" is "II" with its serifs run together.
  return text.replace(
    /\b(Quý|quý)\s+([1lI]{1,3}|[1lI]?[VvY]|H)(?=[/\s,.]|$)/gu,
    (_, q: string, n: string) =>
      `${q} ${n === "H" ? "II" : n.replace(/[1l]/g, "I").replace(/[vY]/g, "V")}`,
  );
}

/**
 * A heading's Roman number read as letters: "H. NHỮNG NHIỆM VỤ" is "II.", "Hl." or
 * "IH." is "III." ("H" is "II" with its serifs run together, "l" and "1" are "I"),
 * when the next word is in capitals.
 */
function romanHeading(first: string, next: string): string | null {
  const m = /^([HIl1]{1,3})\.$/u.exec(first);
  if (
    !m ||
    !/^[HIl1]*[Hl1][HIl1]*$/.test(m[1]) ||
    next.length < 2 ||
    next !== next.toLocaleUpperCase("vi") ||
    !/\p{Lu}/u.test(next)
  )
    return null;
  const roman = m[1].replace(/H/g, "II").replace(/[l1]/g, "I");
  return roman.length <= 3 ? `${roman}.` : null;
}

/** Specks left by erased rulings and dirt: no letter or digit, and tesseract unsure of them. */
const SPECK = /^[^\p{L}\p{N}]+$/u;
const SPECK_CONF = 60;

export function repairWords(words: OcrWord[]): OcrWord[] {
  let line = "";
  const out: OcrWord[] = [];
  for (const w of words) {
    const first = w.line !== line;
    line = w.line;
    if (SPECK.test(w.text) && w.conf < SPECK_CONF) continue;
    // "SởY tế": a lower-case letter then a capital inside one OCR word is two words; then glued syllables.
    const split = w.text
      .normalize("NFC")
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .split(" ")
      .map(splitGlued)
      .join(" ");
    const text = split
      .split(" ")
      .map((part, i) => repairWord(part, w.conf, first && i === 0))
      .join(" ");
    out.push(text === w.text ? w : { ...w, text });
  }
  for (const [i, w] of out.entries()) {
    const text = romanQuarters(w.text);
    if (text !== w.text) out[i] = { ...w, text };
  }
  // Word pairs, line by line (a word with a space inside, from the split above, counts as its parts).
  const byLine = new Map<string, number[]>();
  for (const [i, w] of out.entries()) byLine.set(w.line, [...(byLine.get(w.line) ?? []), i]);
  for (const idx of byLine.values()) {
    const [a, b] = idx;
    const numeral = b !== undefined ? romanHeading(out[a].text, out[b].text) : null;
    if (numeral) out[a] = { ...out[a], text: numeral };
  }
  for (const idx of byLine.values()) {
    const parts = idx.flatMap((i) => out[i].text.split(" ").map((t) => ({ i, t })));
    const fixed = repairPairs(parts.map((p) => p.t));
    idx.forEach((i) => {
      const text = fixed.filter((_, k) => parts[k].i === i).join(" ");
      if (text !== out[i].text) out[i] = { ...out[i], text };
    });
  }
  return out;
}
