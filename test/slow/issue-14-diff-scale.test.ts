/**
 * #14: `plan diff` of a 5000-task plan runs in seconds (sparse alignment,
 * src/diff/sparse.ts) and still finds exactly the right things. The plan is
 * the Huế fixture's 50 tasks and 8 groups copied 100 times with varied
 * wording (scripts/big-plan.mjs); the edited copy is shuffled, with known
 * tasks dropped, deadlines moved and unrelated tasks added. Time is measured
 * by scripts/bench-diff.mjs, not asserted here. In the slow tier: two 5000-task
 * diffs take ~20 s on the shared machine.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { diffPlans } from "../../src/diff/index.js";
import { Plan, type PlanModel, type TaskModel } from "../../src/model/schema.js";
// @ts-expect-error: a plain ES module shared with the bench script, no type declarations
import { bigPlan } from "../../scripts/big-plan.mjs";
import { ROOT } from "../helpers/run.js";

const base = Plan.parse(parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8")));
const plan = bigPlan(base, 5000) as PlanModel;
const ref = { name: "big", plan };

describe("#14 diff of a 5000-task plan", () => {
  it("against itself: every task kept with its own counterpart, no finding", () => {
    expect(plan.tasks).toHaveLength(5000);
    expect(plan.taskGroups).toHaveLength(800);
    const r = diffPlans(ref, { name: "same", plan });
    expect(r.findings).toEqual([]);
    const tasks = r.elements.filter((e) => e.section === "tasks");
    expect(tasks).toHaveLength(5000);
    expect(tasks.filter((e) => e.status !== "kept" || e.planId !== e.referenceId)).toEqual([]);
  });

  it("against a shuffled, edited copy: exactly the dropped, moved and added tasks", () => {
    const dropped = plan.tasks.filter((_, i) => i % 331 === 7).map((t) => t.id);
    const moved = plan.tasks
      .filter((t, i) => i % 409 === 1 && t.deadline.kind === "due")
      .map((t) => t.id);
    const later = {
      raw: "12/2029",
      kind: "due",
      due: "2029-12",
      recurrence: null,
      requestedBy: null,
    } as const;
    const edited: TaskModel[] = plan.tasks
      .filter((t) => !dropped.includes(t.id))
      .map((t) => (moved.includes(t.id) ? { ...t, deadline: later } : t));
    const added = [
      "Tổ chức giải chạy việt dã cho học sinh tiểu học vào dịp hè năm 2027",
      "Sơn lại nhà văn hoá thôn và lắp đèn chiếu sáng sân bóng",
    ];
    for (const [k, text] of added.entries())
      edited.push({ ...plan.tasks[0], id: `t-900.${k + 1}`, group: null, parent: null, text });
    // A fixed scramble: position i goes to (i · 7919) mod n.
    const order = edited
      .map((t, i) => [(i * 7919) % edited.length, t] as const)
      .sort((a, b) => a[0] - b[0]);
    const r = diffPlans(ref, { name: "edited", plan: { ...plan, tasks: order.map(([, t]) => t) } });

    expect(dropped.length).toBeGreaterThan(10);
    expect(moved.length).toBeGreaterThan(5);
    const ids = (kind: string) =>
      r.findings
        .filter((f) => f.kind === kind)
        .map((f) => (kind === "added" ? f.planId : f.referenceId));
    expect(ids("missing").sort()).toEqual([...dropped].sort());
    expect(ids("deadlineChanged").sort()).toEqual([...moved].sort());
    expect(ids("added").sort()).toEqual(["t-900.1", "t-900.2"]);
    const expected = ["missing", "deadlineChanged", "added"];
    expect(r.findings.filter((f) => !expected.includes(f.kind))).toEqual([]);
    const kept = r.elements.filter((e) => e.section === "tasks" && e.planId !== null);
    expect(kept).toHaveLength(5000 - dropped.length);
    expect(kept.filter((e) => e.planId !== e.referenceId)).toEqual([]);
  });
});
