/**
 * "Did you mean": the model's keys at a path, and the nearest one to a
 * misspelled key by edit distance.
 */
import type { z } from "zod";
import { Plan } from "../model/schema.js";

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
}

/** The object keys the model allows at a path (list indices skipped), or none. */
export function keysAt(path: (string | number)[], schema: z.ZodType = Plan): string[] {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = () => {
    while (["nullable", "optional", "default", "readonly", "pipe"].includes(def.type)) {
      const inner = def.innerType ?? def.in;
      if (!inner) break;
      def = inner._zod.def;
    }
  };
  for (const seg of path) {
    unwrap();
    if (def.type === "array" && typeof seg === "number" && def.element) def = def.element._zod.def;
    else if (def.type === "object" && typeof seg === "string" && def.shape?.[seg])
      def = def.shape[seg]._zod.def;
    else return [];
  }
  unwrap();
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b, ignoring case. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase(),
    y = b.toLowerCase();
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[x.length][y.length];
}

/** The closest key within a third of its length (at least 1, at most 3 edits), if one is. */
export function nearest(word: string, candidates: string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d <= limit && d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
