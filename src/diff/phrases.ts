/**
 * Phrase-level text changes: a word diff over comparison keys (normalize.ts),
 * grouped into runs. A run of dropped words becomes one dropped phrase, quoted
 * from the reference as written; likewise added phrases from the plan. Runs
 * that are only locality, level or function words are left out.
 */
import { isNonSubstantive, tokenize, type Token } from "./normalize.js";

export interface PhraseChanges {
  dropped: string[];
  added: string[];
  /** Share of the reference's words kept in the plan (0..1). */
  kept: number;
}

export function phraseChanges(
  reference: string,
  plan: string,
  places: ReadonlySet<string>,
): PhraseChanges {
  const a = tokenize(reference);
  const b = tokenize(plan);
  const pairs = lcsPairs(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const gone: Token[][] = [];
  const come: Token[][] = [];
  let ai = 0;
  let bi = 0;
  for (const [ma, mb] of [...pairs, [a.length, b.length] as const]) {
    // a[ai..ma) were dropped, b[bi..mb) added, between two kept words.
    if (ma > ai) gone.push(slide(reference, a, ai, ma, mb > bi));
    if (mb > bi) come.push(slide(plan, b, bi, mb, ma > ai));
    ai = ma + 1;
    bi = mb + 1;
  }
  // A phrase dropped in one place and added in another was moved, not changed.
  const keyOf = (run: Token[]) => run.map((t) => t.key).join(" ");
  const moved = new Set(gone.map(keyOf).filter((k) => come.some((r) => keyOf(r) === k)));
  const keep = (run: Token[]) =>
    !moved.has(keyOf(run)) &&
    !isNonSubstantive(
      run.map((t) => t.key),
      places,
    );
  return {
    dropped: gone.filter(keep).map((run) => quote(reference, run)),
    added: come.filter(keep).map((run) => quote(plan, run)),
    kept: a.length ? pairs.length / a.length : 1,
  };
}

/**
 * A pure insertion or deletion can often sit in several places: dropping
 * "rõ thời gian," from "rõ việc, rõ thời gian, rõ trách nhiệm" can also be
 * read as dropping "thời gian, rõ". Slide the run left while its last word
 * equals the word before it, and keep the position whose edges fall on
 * punctuation, as a reader would quote it.
 */
function slide(
  text: string,
  tokens: Token[],
  start: number,
  end: number,
  replaced: boolean,
): Token[] {
  if (replaced) return tokens.slice(start, end);
  const edge = (s: number, e: number) =>
    Number(s === 0 || /[,;:.!?(“"]/.test(text.slice(tokens[s - 1].end, tokens[s].start))) +
    Number(
      e === tokens.length || /[,;:.!?)”"]/.test(text.slice(tokens[e - 1].end, tokens[e].start)),
    );
  let best = start;
  let bestScore = edge(start, end);
  for (let s = start, e = end; s > 0 && tokens[s - 1].key === tokens[e - 1].key; ) {
    s--;
    e--;
    const score = edge(s, e);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return tokens.slice(best, best + (end - start));
}

function quote(text: string, run: Token[]): string {
  return text.slice(run[0].start, run[run.length - 1].end);
}

/**
 * Longest common subsequence of two key lists, as index pairs in order.
 * Texts here are at most a few hundred words, so the O(n·m) table is cheap.
 */
export function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[at(i, j)] =
        a[i] === b[j] ? len[at(i + 1, j + 1)] + 1 : Math.max(len[at(i + 1, j)], len[at(i, j + 1)]);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (len[at(i + 1, j)] >= len[at(i, j + 1)]) i++;
    else j++;
  }
  return out;
}
