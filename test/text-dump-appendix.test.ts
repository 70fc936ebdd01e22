/**
 * Issue #3: the appendix from its text dump. A dump keeps the cells' words
 * in the header's column order but not where the cells were, so rows are
 * rebuilt from what each block says, and every guess that could be wrong is
 * a warning with its line. Measured against expected.yaml with tasks matched
 * by text (ids shift when a row is split or joined): 45 of 50 rows found,
 * 19 right in every field; groups 32, deadlines 35, outputs 35, leads 29.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";
import { fieldScore } from "./helpers/score.js";

const want = parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8"));

describe("hue-appendix.txt", () => {
  it("gives the groups, and most rows with their fields, with warnings for the guesses", async () => {
    const r = await run(["parse", "fixtures/hue/hue-appendix.txt", "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.taskGroups.map((g: { number: number }) => g.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    const score = fieldScore(want.tasks, got.tasks, (t) => t.deadline.raw);
    expect(score.matched).toBeGreaterThanOrEqual(45);
    expect(score.group).toBeGreaterThanOrEqual(32);
    expect(score.deadline).toBeGreaterThanOrEqual(31);
    expect(score.output).toBeGreaterThanOrEqual(34);
    expect(score.lead).toBeGreaterThanOrEqual(29);
    // Group 1 sits on the first pages, where the dump keeps the row order: all 13 rows right in every field.
    const group1 = want.tasks
      .filter((t: { group: string }) => t.group === "g-1")
      .map((t: { id: string }) => t.id);
    const byId = new Map(got.tasks.map((t: { id: string }) => [t.id, t]));
    for (const id of group1) {
      const [w, g] = [want.tasks.find((t: { id: string }) => t.id === id), byId.get(id) as any];
      expect([g?.text, g?.deadline.raw, g?.output, g?.lead, g?.coordinate], id).toEqual([
        w.text,
        w.deadline.raw,
        w.output,
        w.lead,
        w.coordinate,
      ]);
    }
    expect(r.stderr).toMatch(
      /hue-appendix\.txt:\d+:1: warning: the coordinate cell at line \d+ is taken as merged over the row above it \(line \d+\), which has none of its own \[text-merged-cell\]/,
    );
    expect(r.stderr).toMatch(
      /hue-appendix\.txt:\d+:1: warning: group 2 is taken to begin at the row of line \d+: a text dump does not show where its merged cell starts \[text-group-boundary\]/,
    );
    expect(r.stderr).not.toContain("table-not-rebuilt");
  });

  it("with the body's dump gives one model: the body's sections and the appendix's tasks", async () => {
    const r = await run([
      "parse",
      "fixtures/hue/hue-body.txt",
      "fixtures/hue/hue-appendix.txt",
      "-f",
      "json",
      "-q",
    ]);
    const got = JSON.parse(r.stdout);
    expect(got.viewpoints).toEqual(want.viewpoints);
    expect(got.taskGroups).toHaveLength(8);
    expect(got.tasks.length).toBeGreaterThanOrEqual(45);
  });
});
