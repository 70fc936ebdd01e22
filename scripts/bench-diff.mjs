// node scripts/bench-diff.mjs (after npm run build): seconds for `diff` of an N-task plan against
// itself and against a shuffled copy with edits, N = 1000, 2000, 5000 (BENCH_DIFF_SIZES to change).
// The plans are the Huế fixture's tasks copied with varied wording (scripts/big-plan.mjs).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { diffPlans } from "../dist/diff/index.js";
import { bigPlan } from "./big-plan.mjs";

const sizes = (process.env.BENCH_DIFF_SIZES ?? "1000,2000,5000").split(",").map(Number);
const base = parse(readFileSync("fixtures/hue/expected.yaml", "utf8"));

/** The same plan, tasks in a scrambled order and every 97th one dropped. */
function edited(plan) {
  const kept = plan.tasks.filter((_, i) => i % 97 !== 0);
  const order = kept.map((t, i) => [(i * 7919) % kept.length, t]).sort((a, b) => a[0] - b[0]);
  return { ...plan, tasks: order.map(([, t]) => t) };
}

for (const n of sizes) {
  const plan = bigPlan(base, n);
  for (const [label, other] of [
    ["self", plan],
    ["edited", edited(plan)],
  ]) {
    const start = process.hrtime.bigint();
    const r = diffPlans({ name: "a", plan }, { name: "b", plan: other });
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    const what = `diff ${String(n).padStart(5)} tasks vs ${label.padEnd(6)}`;
    console.log(`${what} ${s.toFixed(2)} s  (${r.findings.length} findings)`);
  }
}
