/** How close a parsed task list is to the expected one, field by field. */
import { align } from "../../src/diff/align.js";
import { comparable } from "../../src/diff/normalize.js";
import { similarityMatrix } from "../../src/diff/similarity.js";

/** Tasks matched to the expected ones by text (ids shift when a row is lost or split), and how many of each field agree. */
export function fieldScore(want: any[], got: any[], deadlineOf: (t: any) => string | null) {
  const sim = similarityMatrix(
    want.map((t) => t.text),
    got.map((t) => t.text),
  );
  const pairs = align(sim, got.length, 0.5).pairs;
  const same = (a?: string | null, b?: string | null) =>
    comparable(a ?? "") === comparable(b ?? "");
  const count = (ok: (w: any, g: any) => boolean) =>
    pairs.filter((p) => ok(want[p.ref], got[p.plan])).length;
  return {
    matched: pairs.length,
    text: pairs.filter((p) => sim[p.ref][p.plan] > 0.9).length,
    group: count((w, g) => w.group === g.group),
    deadline: count((w, g) => same(deadlineOf(w), g.deadline.raw)),
    lead: count((w, g) => same(w.lead.join("; "), g.lead.join("; "))),
    output: count((w, g) => same(w.output, g.output)),
  };
}
