/**
 * Issue #12, "no cell dropped": `funding`, `note` and `extra` on tasks are
 * optional model fields; validate accepts them and checks their types, and
 * diff reads plans that carry them (a changed funding or note is not a
 * finding: the diff compares what Resolution 397 fixes, not a local column).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i12-"));
const hue = parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8"));

function withColumns(funding: string, note: string | null): string {
  const plan = structuredClone(hue);
  plan.tasks[0].funding = funding;
  plan.tasks[0].note = note;
  plan.tasks[0].extra = { "Cấp trình": "UBND thành phố" };
  plan.tasks[1].funding = null;
  plan.tasks[1].extra = {};
  return stringify(plan);
}

describe("#12 funding, note and extra columns in the model", () => {
  const a = join(tmp, "a.yaml");
  const b = join(tmp, "b.yaml");
  writeFileSync(a, withColumns("Ngân sách nhà nước", "Trọng tâm"));
  writeFileSync(b, withColumns("Nguồn xã hội hóa", null));

  it("validate accepts them", async () => {
    const r = await run(["validate", a, b]);
    expect(r.stderr + r.stdout).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  it("validate refuses an extra column whose value is not text, at its line", async () => {
    const bad = join(tmp, "bad.yaml");
    writeFileSync(
      bad,
      readFileSync(a, "utf8").replace("Cấp trình: UBND thành phố", "Cấp trình: [1, 2]"),
    );
    const r = await run(["validate", bad]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/bad\.yaml:\d+:\d+: error: .*\[wrong-type\]/);
  });

  it("diff reads them and a changed funding or note is no finding", async () => {
    const r = await run(["diff", a, "--against", b, "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
});
