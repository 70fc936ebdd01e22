/**
 * One-to-one alignment of reference elements with plan elements: the
 * assignment that maximises total similarity (Hungarian method), then a
 * threshold below which a pair is no match at all. A pair is ambiguous when
 * another candidate scores nearly as well; it is kept but flagged, never
 * chosen silently.
 */

export interface Pair {
  /** Row index (reference) and column index (plan). */
  ref: number;
  plan: number;
  score: number;
  /** Plan indices (for the reference element) or reference indices (for the plan element) scoring within AMBIGUITY_MARGIN. */
  rivals: { ref: number[]; plan: number[] };
}

export interface Alignment {
  pairs: Pair[];
  unmatchedRef: number[];
  unmatchedPlan: number[];
}

/** Below this a pair is not the same element reworded. */
export const MATCH_THRESHOLD = 0.3;
/** A rival this close to the chosen score makes the match ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** A pair at least this similar is never called ambiguous: it is the same text, whatever else is close. */
export const CERTAIN = 0.98;

export function align(scores: number[][], cols: number, threshold = MATCH_THRESHOLD): Alignment {
  const rows = scores.length;
  const assignment =
    rows <= cols
      ? hungarian(scores, rows, cols)
      : transpose(hungarian(transposed(scores, rows, cols), cols, rows), rows);
  const pairs: Pair[] = [];
  const usedPlan = new Set<number>();
  const usedRef = new Set<number>();
  assignment.forEach((j, i) => {
    if (j < 0 || scores[i][j] < threshold) return;
    const s = scores[i][j];
    const close = (x: number) => x >= threshold && x >= s - AMBIGUITY_MARGIN && s < CERTAIN;
    const rivalsPlan = scores[i]
      .map((x, k) => (k !== j && close(x) ? k : -1))
      .filter((k) => k >= 0);
    const rivalsRef = scores
      .map((row, k) => (k !== i && close(row[j]) ? k : -1))
      .filter((k) => k >= 0);
    pairs.push({ ref: i, plan: j, score: s, rivals: { ref: rivalsRef, plan: rivalsPlan } });
    usedPlan.add(j);
    usedRef.add(i);
  });
  return {
    pairs,
    unmatchedRef: [...Array(rows).keys()].filter((i) => !usedRef.has(i)),
    unmatchedPlan: [...Array(cols).keys()].filter((j) => !usedPlan.has(j)),
  };
}

function transposed(m: number[][], rows: number, cols: number): number[][] {
  return [...Array(cols).keys()].map((j) => [...Array(rows).keys()].map((i) => m[i][j]));
}

/** Turn a column→row assignment back into row→column. */
function transpose(colToRow: number[], rows: number): number[] {
  const out = new Array<number>(rows).fill(-1);
  colToRow.forEach((i, j) => {
    if (i >= 0) out[i] = j;
  });
  return out;
}

/**
 * Maximum-weight assignment for rows ≤ cols (the O(n²m) potentials method):
 * returns, for each row, its column.
 */
export function hungarian(score: number[][], n: number, m: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const cost = (i: number, j: number) => -score[i - 1][j - 1];
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row assigned to column j (1-based), 0 = none
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) out[p[j] - 1] = j - 1;
  return out;
}
