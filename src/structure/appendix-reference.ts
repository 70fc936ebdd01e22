/**
 * A body that hands its tasks to an appendix (the wordings are in
 * src/lexicon/appendix.ts). Parsed alone, such a body has no tasks, and the
 * user should hear why.
 */
import { APPENDIX_REFERENCE } from "../lexicon/appendix.js";
import { foldDiacritics } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";

/** The first paragraph that refers to an attached appendix, if any. */
export function findAppendixReference(paragraphs: Paragraph[]): Paragraph | undefined {
  return paragraphs.find((p) => {
    const folded = foldDiacritics(p.text).toLowerCase();
    return APPENDIX_REFERENCE.some((re) => re.test(folded));
  });
}
