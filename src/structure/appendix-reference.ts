/**
 * A body that hands its tasks to an appendix: "(Phụ lục kèm theo)",
 * "(Tại Phụ lục kèm theo)", "Chi tiết theo Phụ lục đính kèm". Parsed alone,
 * such a body has no tasks, and the user should hear why.
 * The phrase list is lexicon: it moves to src/lexicon/ when that exists (#11).
 */
import type { Paragraph } from "../read/types.js";
import { foldDiacritics } from "../normalize/text.js";

/** Folded (no diacritics, lower case): "phu luc" near a word saying it is attached. */
export const APPENDIX_REFERENCE = [
  /\bphu luc\s+(?:\S+\s+){0,2}?(?:kem theo|dinh kem|gui kem)\b/,
  /\b(?:kem theo|dinh kem|chi tiet (?:tai|theo))\s+(?:cac\s+)?phu luc\b/,
];

/** The first paragraph that refers to an attached appendix, if any. */
export function findAppendixReference(paragraphs: Paragraph[]): Paragraph | undefined {
  return paragraphs.find((p) => {
    const folded = foldDiacritics(p.text).toLowerCase();
    return APPENDIX_REFERENCE.some((re) => re.test(folded));
  });
}
