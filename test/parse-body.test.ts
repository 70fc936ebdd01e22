/**
 * Issue #2: every corpus body, from each of its PDF, DOCX and TXT forms,
 * parses to the same model, equal field for field to the hand-checked
 * expected files (everything but tasks and provenance).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

const PLANS = ["hue", "cantho", "hungyen"] as const;
const FORMATS = ["pdf", "docx", "txt"] as const;
const BODY_KEYS = [
  "schemaVersion",
  "document",
  "sections",
  "viewpoints",
  "objectives",
  "implementation",
] as const;

function expected(plan: string): Record<string, unknown> {
  return parse(readFileSync(`${ROOT}fixtures/${plan}/expected.yaml`, "utf8"));
}

describe.each(PLANS)("%s body", (plan) => {
  it.each(FORMATS)("from %s matches the expected model", async (format) => {
    const r = await run(["parse", `fixtures/${plan}/${plan}-body.${format}`, "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    const want = expected(plan);
    for (const key of BODY_KEYS) expect(got[key], key).toEqual(want[key]);
    expect(got.provenance.files[0]).toMatchObject({
      path: `${plan}-body.${format}`,
      format: format === "txt" ? "text" : format,
    });
  });
});

describe("Word auto-numbering (cantho-body.docx)", () => {
  it("numbers the viewpoints 1 to 7 although the labels are not in the text", async () => {
    const r = await run(["parse", "fixtures/cantho/cantho-body.docx", "-f", "json"]);
    const got = JSON.parse(r.stdout);
    expect(got.viewpoints.map((v: { number: number }) => v.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(got.sections.map((s: { number: string }) => s.number)).toEqual(["I", "II", "III", "IV"]);
  });
});
