/**
 * Alignment for large sections, near n log n instead of cubic: only pairs
 * that share one of their rarest word features are scored (an inverted
 * index over the TF-IDF features), and the assignment runs separately on
 * each connected component of the graph of candidate pairs at or above the
 * match threshold (Hungarian on small components, best-first on huge ones).
 * Small sections keep the dense matrix and one Hungarian (see index.ts), so
 * their results never depend on this pruning.
 */
import { AMBIGUITY_MARGIN, CERTAIN, hungarian, type Alignment, type Pair } from "./align.js";
import { PairScorer } from "./similarity.js";

/** Sections with more cells than this (rows × columns) take the sparse path. */
export const DENSE_CELLS = 250_000;
/** Each text is indexed under this many of its rarest word features. */
const RAREST = 12;
/** A component this large is assigned best-first: the Hungarian would be too slow on it. */
const HUNGARIAN_MAX = 600;

export interface SparseAlignment {
  alignment: Alignment;
  /** The best raw similarity found for each reference and plan element (0 without candidates). */
  bestRef: number[];
  bestPlan: number[];
}

/** Candidate pairs: each text's rarest features looked up in the other side's full features. */
function candidates(scorer: PairScorer, rows: number, cols: number): Map<number, Set<number>> {
  const { vectors, df } = scorer.words;
  const byRarity = (a: string, b: string) =>
    df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const rarest = (k: number) => [...vectors[k].keys()].sort(byRarity).slice(0, RAREST);
  const index = (from: number, to: number) => {
    const postings = new Map<string, number[]>();
    for (let k = from; k < to; k++)
      for (const f of rarest(k)) postings.get(f)?.push(k) ?? postings.set(f, [k]);
    return postings;
  };
  const refRare = index(0, rows);
  const planRare = index(rows, rows + cols);
  const out = new Map<number, Set<number>>();
  const link = (i: number, j: number) =>
    (out.get(i) ?? out.set(i, new Set()).get(i)!).add(j - rows);
  for (let i = 0; i < rows; i++)
    for (const f of vectors[i].keys()) for (const j of planRare.get(f) ?? []) link(i, j);
  for (let j = rows; j < rows + cols; j++)
    for (const f of vectors[j].keys()) for (const i of refRare.get(f) ?? []) link(i, j);
  return out;
}

export function alignSparse(
  reference: string[],
  plan: string[],
  /** The pair's score from its similarity: bonuses added, capped at 1. */
  scored: (sim: number, i: number, j: number) => number,
  threshold: number,
): SparseAlignment {
  const rows = reference.length;
  const cols = plan.length;
  const scorer = new PairScorer(reference, plan);
  const bestRef = new Array<number>(rows).fill(0);
  const bestPlan = new Array<number>(cols).fill(0);
  // Edges at or above the threshold, by row and by column, each list in ascending index order.
  const byRow: { j: number; s: number }[][] = [...Array(rows)].map(() => []);
  const byCol: { i: number; s: number }[][] = [...Array(cols)].map(() => []);
  const cand = candidates(scorer, rows, cols);
  for (const i of [...cand.keys()].sort((a, b) => a - b)) {
    const js = [...cand.get(i)!].sort((a, b) => a - b);
    const sims = scorer.scores(
      i,
      js.map((j) => rows + j),
    );
    for (const [k, j] of js.entries()) {
      const sim = sims[k];
      bestRef[i] = Math.max(bestRef[i], sim);
      bestPlan[j] = Math.max(bestPlan[j], sim);
      const s = scored(sim, i, j);
      if (s < threshold) continue;
      byRow[i].push({ j, s });
      byCol[j].push({ i, s });
    }
  }
  const assignment = assign(byRow, byCol, rows, cols);
  const pairs: Pair[] = [];
  const usedRef = new Set<number>();
  const usedPlan = new Set<number>();
  assignment.forEach((j, i) => {
    if (j < 0) return;
    const s = byRow[i].find((e) => e.j === j)!.s;
    const close = (x: number) => x >= threshold && x >= s - AMBIGUITY_MARGIN && s < CERTAIN;
    const plans = byRow[i].filter((e) => e.j !== j && close(e.s)).map((e) => e.j);
    const refs = byCol[j].filter((e) => e.i !== i && close(e.s)).map((e) => e.i);
    pairs.push({ ref: i, plan: j, score: s, rivals: { ref: refs, plan: plans } });
    usedRef.add(i);
    usedPlan.add(j);
  });
  return {
    alignment: {
      pairs,
      unmatchedRef: [...Array(rows).keys()].filter((i) => !usedRef.has(i)),
      unmatchedPlan: [...Array(cols).keys()].filter((j) => !usedPlan.has(j)),
    },
    bestRef,
    bestPlan,
  };
}

/** Row → column (or -1), component by component of the edge graph. */
function assign(
  byRow: { j: number; s: number }[][],
  byCol: { i: number; s: number }[][],
  rows: number,
  cols: number,
): number[] {
  const out = new Array<number>(rows).fill(-1);
  const seenRow = new Uint8Array(rows);
  const seenCol = new Uint8Array(cols);
  for (let start = 0; start < rows; start++) {
    if (seenRow[start] || byRow[start].length === 0) continue;
    // Breadth-first over the bipartite graph: the component's rows and columns, ascending.
    const compRows: number[] = [];
    const compCols: number[] = [];
    const queue: [boolean, number][] = [[true, start]];
    seenRow[start] = 1;
    while (queue.length) {
      const [isRow, k] = queue.pop()!;
      if (isRow) {
        compRows.push(k);
        for (const { j } of byRow[k])
          if (!seenCol[j]) {
            seenCol[j] = 1;
            queue.push([false, j]);
          }
      } else {
        compCols.push(k);
        for (const { i } of byCol[k])
          if (!seenRow[i]) {
            seenRow[i] = 1;
            queue.push([true, i]);
          }
      }
    }
    compRows.sort((a, b) => a - b);
    compCols.sort((a, b) => a - b);
    if (Math.max(compRows.length, compCols.length) <= HUNGARIAN_MAX) {
      const colAt = new Map(compCols.map((j, k) => [j, k]));
      const m = compRows.map((i) => {
        const row = new Array<number>(compCols.length).fill(0);
        for (const { j, s } of byRow[i]) row[colAt.get(j)!] = s;
        return row;
      });
      const n = compRows.length;
      const c = compCols.length;
      if (n <= c) {
        for (const [r, k] of hungarian(m, n, c).entries())
          if (k >= 0 && m[r][k] > 0) out[compRows[r]] = compCols[k];
      } else {
        const t = compCols.map((_, k) => m.map((row) => row[k]));
        for (const [k, r] of hungarian(t, c, n).entries())
          if (r >= 0 && t[k][r] > 0) out[compRows[r]] = compCols[k];
      }
    } else {
      // Best-first: highest score first, ties by row then column.
      const edges = compRows.flatMap((i) => byRow[i].map(({ j, s }) => ({ i, j, s })));
      edges.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
      const taken = new Set<number>();
      for (const { i, j } of edges)
        if (out[i] < 0 && !taken.has(j)) {
          out[i] = j;
          taken.add(j);
        }
    }
  }
  return out;
}
