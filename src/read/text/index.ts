/**
 * Text-dump reader. Dumps break lines mid-sentence, put the two columns of a
 * header block on one line, and either separate every line with a blank line
 * or only paragraphs. Paragraphs are rebuilt from what the lines say:
 * list labels, terminal punctuation, short last lines, capitals.
 */
import { splitLabel } from "../../lexicon/labels.js";
import { ENDS_CLAUSE, isCapitals, joinLines } from "../../lexicon/text.js";
import type { Paragraph } from "../types.js";

interface SourceLine {
  text: string;
  line: number;
  /** A blank line came before this one. */
  afterBlank: boolean;
  /** Leading spaces of the source line. */
  indent: number;
}

const PAGE_NUMBER = /^\s*(?:trang\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?\s*$/i;
/** Two columns of a header block sit on one line, separated by a run of spaces. */
const COLUMN_GAP = / {3,}|\t+/;

export function readText(content: string): Paragraph[] {
  const text = content
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\*\*(.+?)\*\*/g, "$1") // bold marks some dumps keep
    .replace(/\^\{([^}]*)\}/g, "$1") // superscripts written as ^{...}
    .replace(/(?<=[^\s[])\[\d{1,3}\](?=[\s;,.:)]|$)/gm, ""); // footnote marks "8,0%[1]"; the note itself stays
  const lines: SourceLine[] = [];
  let blank = true;
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) {
      blank = true;
      return;
    }
    if (PAGE_NUMBER.test(raw)) return; // page numbers; the blank state carries over
    const parts = raw
      .trim()
      .split(COLUMN_GAP)
      .filter((p) => p.trim());
    const indent = raw.length - raw.trimStart().length;
    for (const [k, p] of parts.entries())
      lines.push({
        text: p.trim(),
        line: i + 1,
        afterBlank: blank || k > 0,
        indent: k > 0 ? 99 : indent,
      });
    // A split line's fragments are separate paragraphs.
    blank = parts.length > 1;
  });
  if (!lines.length) return [];
  // Blank lines separate paragraphs, unless the dump puts them between the lines of a
  // sentence too: then many blank-preceded lines continue a sentence in lower case.
  const afterBlank = lines.filter((l, i) => i > 0 && l.afterBlank);
  const midSentence = lines.filter(
    (l, i) =>
      i > 0 &&
      l.afterBlank &&
      /^\p{Ll}/u.test(l.text) &&
      !ENDS_CLAUSE.test(lines[i - 1].text.trim()),
  );
  const blanksMeaningful = midSentence.length < Math.max(1, afterBlank.length * 0.25);
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)];
  // A dump that writes each paragraph on one line (as text taken from a DOCX): its lines are long.
  const onePerLine = typical > 160;
  // A dump that indents first lines and not the lines that wrap: many lines flush left, many indented.
  const flush = lines.filter((l) => l.indent === 0).length;
  const indentMarks = flush >= lines.length * 0.2 && lines.length - flush >= lines.length * 0.1;

  const out: Paragraph[] = [];
  let group: SourceLine[] = [];
  const flushGroup = () => {
    if (!group.length) return;
    const joined = joinLines(group.map((l) => l.text));
    const { label, text: body } = splitLabel(joined);
    const p: Paragraph = { kind: "paragraph", text: body, line: group[0].line };
    if (label) p.label = label;
    if (body) out.push(p);
    group = [];
  };
  for (const l of lines) {
    const prev = group[group.length - 1];
    // In a dump that indents first lines and not the lines that wrap, an indented line starts a paragraph.
    if (
      prev &&
      (onePerLine ||
        breaksBefore(prev, l, blanksMeaningful, typical) ||
        (indentMarks && l.indent >= 2))
    )
      flushGroup();
    group.push(l);
  }
  flushGroup();
  return out;
}

function breaksBefore(
  prev: SourceLine,
  l: SourceLine,
  blanksMeaningful: boolean,
  typical: number,
): boolean {
  const prevText = prev.text.trim();
  if (l.line === prev.line) return true;
  const { label, text } = splitLabel(l.text);
  const prevShort = prevText.length < typical * 0.8;
  // ";" and ":" end clauses inside paragraphs too: they end a paragraph only on a short line.
  const prevEnds = /[.!?…]["”’)]?$/.test(prevText) || (prevShort && /[:;]["”’)]?$/.test(prevText));
  if (label && (/^[\p{Lu}\d"“(]/u.test(text) || ENDS_CLAUSE.test(prevText))) return true;
  if (/^\(/.test(l.text) && !/[,(]$/.test(prevText)) return true;
  if (isCapitals(l.text) !== isCapitals(prevText)) return true;
  if (isCapitals(l.text) && isCapitals(prevText) && l.afterBlank) return true;
  // A page break in the dump: a blank line inside a sentence.
  if (blanksMeaningful)
    return l.afterBlank && !(/^\p{Ll}/u.test(l.text) && !ENDS_CLAUSE.test(prevText));
  if (prevEnds) return true;
  // The last line of a paragraph is short; a short line ending in a comma is a wrapped title.
  if (prevText.length < typical * 0.7 && !/[,\-–]$/.test(prevText) && /^[\p{Lu}"“(]/u.test(l.text))
    return true;
  return false;
}
