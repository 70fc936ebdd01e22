/**
 * Issue #7, the OCR accuracy sweep (slow tier: every page of three scans
 * through tesseract). fixtures/scan/hue-appendix-scan.pdf is the Huế
 * appendix rasterised at 200 dpi, tilted 0.2-0.9° page by page and binarised
 * (scripts/make-scan-fixture.sh): no text layer at all. It must give the 50
 * tasks of expected.yaml with their groups, deadlines and leads nearly all
 * right, every task saying it came from OCR, with a confidence.
 *
 * Needs Debian's tesseract-ocr, tesseract-ocr-vie and poppler-utils (.ci/run
 * installs them); outside CI a machine without them skips the OCR runs.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { comparable } from "../../src/diff/normalize.js";
import { similarityMatrix } from "../../src/diff/similarity.js";
import { ocrAvailable } from "../../src/read/scan/ocr.js";
import { ROOT, run } from "../helpers/run.js";
import { fieldScore } from "../helpers/score.js";

const tools = await ocrAvailable();
const skipOcr = !tools.ok && process.env.CI !== "true";

describe.skipIf(skipOcr)("the scanned Huế appendix (issue #7)", () => {
  let got: {
    taskGroups: { id: string; number: number }[];
    tasks: Record<string, any>[];
    provenance: { files: { ocr?: { pages: number[]; confidence: number } }[] };
  };
  let stderr = "";
  const want = parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8"));

  beforeAll(async () => {
    expect(tools.ok, JSON.stringify(tools)).toBe(true);
    const r = await run(["parse", "fixtures/scan/hue-appendix-scan.pdf", "-f", "json"]);
    expect(r.code).toBe(0);
    got = JSON.parse(r.stdout);
    stderr = r.stderr;
  }, 300_000);

  it("finds the 8 groups and all 50 tasks by id", () => {
    expect(got.taskGroups.map((g) => g.id)).toEqual(
      want.taskGroups.map((g: { id: string }) => g.id),
    );
    const ids = new Set(got.tasks.map((t) => t.id));
    expect(want.tasks.filter((t: { id: string }) => !ids.has(t.id))).toEqual([]);
  });

  it("reads nearly every field right (measured: text 50, group 50, deadline 49, lead 47, output 47 of 50)", () => {
    const byId = new Map(got.tasks.map((t) => [t.id, t]));
    const same = (a: string | null | undefined, b: string | null | undefined) =>
      comparable(a ?? "") === comparable(b ?? "");
    const count = (ok: (w: any, g: any) => boolean) =>
      want.tasks.filter((w: any) => byId.has(w.id) && ok(w, byId.get(w.id))).length;
    expect(
      count((w, g) => similarityMatrix([w.text], [g.text])[0][0] > 0.9),
    ).toBeGreaterThanOrEqual(48);
    expect(count((w, g) => w.group === g.group)).toBeGreaterThanOrEqual(49);
    expect(count((w, g) => same(w.deadline.raw, g.deadline.raw))).toBeGreaterThanOrEqual(47);
    expect(
      count((w, g) => w.deadline.kind === g.deadline.kind && w.deadline.due === g.deadline.due),
    ).toBeGreaterThanOrEqual(48);
    expect(count((w, g) => same(w.lead.join("; "), g.lead.join("; ")))).toBeGreaterThanOrEqual(45);
    expect(count((w, g) => same(w.output, g.output))).toBeGreaterThanOrEqual(45);
  });

  it("says which pages were read by OCR, and every task carries its OCR confidence", () => {
    expect(got.provenance.files[0].ocr?.pages).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(got.provenance.files[0].ocr?.confidence).toBeGreaterThan(0.85);
    for (const t of got.tasks) expect(t.source.ocr.confidence, t.id).toBeGreaterThan(0);
  });

  it("flags the rows it could not place", () => {
    const orphans = got.tasks.filter((t) => t.group === null);
    for (const t of orphans) expect(stderr).toContain(`(${t.id})`);
  });
});

describe.skipIf(skipOcr)(
  "scans unlike the first one: low resolution with noise, no rulings (issue #7)",
  () => {
    it("the Huế appendix at 150 dpi, tilted 2°, with scanner noise: all 50 tasks, most fields right", async () => {
      const r = await run([
        "parse",
        "fixtures/scan/hue-appendix-noisy-150.pdf",
        "-f",
        "json",
        "-q",
      ]);
      expect(r.code).toBe(0);
      const want = parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8")).tasks;
      const score = fieldScore(want, JSON.parse(r.stdout).tasks, (t) => t.deadline.raw);
      // Measured: matched 50, text 46, group 50, deadline 48, lead 44, output 47.
      expect(score.matched).toBe(50);
      expect(score.text).toBeGreaterThanOrEqual(44);
      expect(score.group).toBeGreaterThanOrEqual(49);
      expect(score.deadline).toBeGreaterThanOrEqual(46);
      expect(score.lead).toBeGreaterThanOrEqual(42);
      expect(score.output).toBeGreaterThanOrEqual(45);
    }, 300_000);
  },
);

describe.skipIf(skipOcr)("a page scanned sideways (issue #7)", () => {
  it("is turned upright before reading, and says so", async () => {
    const r = await run(["parse", "fixtures/scan/borderless-sideways.pdf", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "fixtures/scan/borderless-sideways.pdf (page 1): info: the page was scanned sideways; it was turned 270° clockwise before reading [ocr-turned]",
    );
    const want = JSON.parse(readFileSync(`${ROOT}fixtures/variants/expected.json`, "utf8")).tasks;
    const score = fieldScore(want, JSON.parse(r.stdout).tasks, (t) => t.deadlineRaw);
    // Measured: matched 12 of 13, as the upright scan.
    expect(score.matched).toBeGreaterThanOrEqual(11);
  }, 300_000);
});
