/**
 * Issue #7: scanned plans. The pieces (levelling, rulings, TSV words, repair)
 * and one real scan, a one-page borderless table; the accuracy sweep over the
 * long scans is in test/slow/ocr-accuracy.test.ts (`npm run test:slow`).
 *
 * Needs Debian's tesseract-ocr, tesseract-ocr-vie and poppler-utils (.ci/run
 * installs them); outside CI a machine without them skips the OCR runs.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { looksTurned, ocrAvailable, parseTsv, wordsToRuns } from "../src/read/scan/ocr.js";
import { repairPairs, repairWord, splitGlued } from "../src/read/scan/repair.js";
import { estimateSkew, findRulings, rotate, type GreyImage } from "../src/read/scan/image.js";
import { ROOT, run } from "./helpers/run.js";
import { fieldScore } from "./helpers/score.js";

const tools = await ocrAvailable();
const skipOcr = !tools.ok && process.env.CI !== "true";

/** A white page with a ruled 3 × 4 grid and some "text" blobs, tilted by `degrees`. */
function ruledPage(degrees: number): GreyImage {
  const width = 1200;
  const height = 800;
  const data = new Uint8Array(width * height).fill(255);
  const ink = (x: number, y: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) data[y * width + x] = 0;
  };
  for (const y of [100, 300, 500, 700])
    for (let x = 100; x <= 1100; x++) for (let t = 0; t < 3; t++) ink(x, y + t);
  for (const x of [100, 433, 766, 1100])
    for (let y = 100; y <= 702; y++) for (let t = 0; t < 3; t++) ink(x + t, y);
  // Words: short dark bars, as letters are, inside the cells.
  for (const [cx, cy] of [
    [150, 150],
    [480, 350],
    [800, 550],
  ])
    for (let k = 0; k < 8; k++)
      for (let y = cy; y < cy + 20; y++)
        for (let x = cx + k * 30; x < cx + k * 30 + 18; x++) ink(x, y);
  return rotate({ width, height, data }, -degrees);
}

describe("scan-image: level the page, then find its rulings", () => {
  it.each([0.8, -0.5, 1.5])("a page tilted %f° is measured within 0.1°", (degrees) => {
    const page = ruledPage(degrees);
    expect(Math.abs(estimateSkew(page, 128) - degrees)).toBeLessThanOrEqual(0.1);
  });

  it("finds the 4 horizontal and 4 vertical rulings of a levelled page, not the words", () => {
    const page = ruledPage(0.8);
    const level = rotate(page, estimateSkew(page, 128));
    const segments = findRulings(level, 128, {
      minLength: 100,
      maxGap: 3,
      maxThickness: 8,
      maxBreak: 120,
    });
    const h = segments.filter((s) => s.dir === "h").map((s) => Math.round(s.y0 / 10) * 10);
    const v = segments.filter((s) => s.dir === "v").map((s) => Math.round(s.x0 / 10) * 10);
    expect(h.sort((a, b) => a - b)).toEqual([100, 300, 500, 700]);
    expect(v.sort((a, b) => a - b)).toEqual([100, 430, 770, 1100]);
  });
});

describe("OCR words", () => {
  it("reads tesseract's TSV; words of a line share a baseline and join into phrases, split at column gaps", () => {
    const tsv = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "5\t1\t1\t1\t1\t1\t100\t200\t60\t50\t96\tquy",
      "5\t1\t1\t1\t1\t2\t170\t190\t80\t48\t90\tđịnh",
      "5\t1\t1\t1\t1\t3\t900\t195\t90\t48\t80\tThường",
      "5\t1\t1\t1\t2\t1\t100\t300\t60\t45\t40\t—",
    ].join("\n");
    const words = parseTsv(tsv);
    expect(words.map((w) => [w.text, w.conf, w.line])).toEqual([
      ["quy", 96, "1.1.1"],
      ["định", 90, "1.1.1"],
      ["Thường", 80, "1.1.1"],
      ["—", 40, "1.1.2"],
    ]);
    const runs = wordsToRuns(words);
    expect(runs.map((r) => r.str)).toEqual(["quy định", "Thường", "—"]);
    expect(runs[0].y).toBe(runs[1].y);
    expect(runs[0].conf).toBeCloseTo(0.93);
  });

  it.each([
    ["Báocáoràsoát", "Báo cáo rà soát"],
    ["02/2026theo", "02/2026 theo"],
    ["giaoban", "giao ban"],
    ["website", "website"],
    ["hòa", "hòa"],
  ])("splitGlued(%s) → %s", (token, want) => {
    expect(splitGlued(token)).toBe(want);
  });

  it.each([
    ["—", 90, true, "-"],
    ["CÚA", 70, false, "CỦA"],
    ["CÚA", 95, false, "CÚA"],
    ["Thường", 40, false, "Thường"],
  ])("repairWord(%s, conf %i, first %s) → %s", (word, conf, first, want) => {
    expect(repairWord(word as string, conf as number, first as boolean)).toBe(want);
  });

  it("mends word pairs toward the plans' phrases, not across punctuation", () => {
    expect(repairPairs(["có", "liền", "quan"])).toEqual(["có", "liên", "quan"]);
    expect(repairPairs(["triến", "khai", "theo", "tỉnh", "vực"])).toEqual([
      "triển",
      "khai",
      "theo",
      "lĩnh",
      "vực",
    ]);
    expect(repairPairs(["Lực", "lượng:", "Công", "an"])).toEqual(["Lực", "lượng:", "Công", "an"]);
  });
});

describe.skipIf(skipOcr)("a scan unlike the first one: no rulings (issue #7)", () => {
  it("a borderless table, scanned: columns from the words' alignment, as for a text layer", async () => {
    const r = await run(["parse", "fixtures/scan/borderless-scan.pdf", "-f", "json", "-q"]);
    expect(r.code).toBe(0);
    const want = JSON.parse(readFileSync(`${ROOT}fixtures/variants/expected.json`, "utf8")).tasks;
    const score = fieldScore(want, JSON.parse(r.stdout).tasks, (t) => t.deadlineRaw);
    // Measured: matched 12 of 13, text 11, group 12, deadline 10, output 11; leads merged over rows are invisible without rulings.
    expect(score.matched).toBeGreaterThanOrEqual(12);
    expect(score.text).toBeGreaterThanOrEqual(10);
    expect(score.deadline).toBeGreaterThanOrEqual(9);
    expect(score.output).toBeGreaterThanOrEqual(10);
  }, 300_000);
});

describe("a page scanned sideways (issue #7)", () => {
  it("looksTurned: tall word boxes, or a reading order that climbs the page", () => {
    const word = (text: string, top: number, width: number, height: number, line: string) => ({
      text,
      left: 0,
      top,
      width,
      height,
      conf: 90,
      line,
    });
    const upright = Array.from({ length: 12 }, (_, i) =>
      word("chống buôn", 100 + i * 60, 200, 40, `1.1.${i}`),
    );
    expect(looksTurned(upright)).toBe(false);
    expect(looksTurned(upright.map((w) => ({ ...w, width: 40, height: 200 })))).toBe(true);
    expect(looksTurned(upright.map((w, i) => ({ ...w, top: 2000 - i * 60 })))).toBe(true);
  });
});

describe("a scan on a machine without the OCR tools", () => {
  it("exit 2, one line that says what to install", async () => {
    const bad = await promisify(execFile)(
      process.execPath,
      ["bin/plan.js", "parse", "fixtures/scan/hue-appendix-scan.pdf"],
      { cwd: ROOT, env: { PATH: "/nonexistent" } },
    ).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "plan: fixtures/scan/hue-appendix-scan.pdf: the PDF has no text layer (a scanned document?) and OCR is not installed: pdftoppm (Debian package poppler-utils)\n",
    );
  });
});
