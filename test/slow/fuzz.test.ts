/**
 * Issue #6: a fuzz test. The corpus PDFs, DOCX, text dumps and YAML models
 * are mutated (bit flips, overwritten, deleted, duplicated and inserted
 * bytes, truncation; XML- and YAML-aware edits) with a fixed seed, and every
 * case must end in a plan that satisfies the schema or a typed InputError
 * (for YAML: diagnostics), never another exception, never a hang.
 *
 * FUZZ_SCALE=10 npm test runs ten times as many cases (a longer soak).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/validate/index.js";
import { campaign, mutateBytes, rng } from "../helpers/fuzz.js";
import { ROOT } from "../helpers/run.js";

const SCALE = Number(process.env.FUZZ_SCALE) || 1;

const fixture = (p: string) => readFileSync(`${ROOT}fixtures/${p}`);

describe("fuzz: every mutated input ends in a plan or a typed error", () => {
  it("PDF byte mutations", async () => {
    const seeds = [
      "variants/borderless.pdf",
      "variants/word-borders.pdf",
      "hungyen/hungyen-body.pdf",
    ].map(fixture);
    const seen = await campaign("pdf", 300 * SCALE, 397, async (r) => [
      "fuzz.pdf",
      mutateBytes(r.pick(seeds), r),
    ]);
    // The mutations reach the parser: some inputs still parse, some are refused.
    expect(seen.plan).toBeGreaterThan(30);
    expect(seen["input-error"]).toBeGreaterThan(30);
  }, 600_000);

  it("DOCX byte mutations and document.xml edits", async () => {
    const seeds = ["variants/merged-first-column.docx", "cantho/cantho-body.docx"].map(fixture);
    const xmls = await Promise.all(
      seeds.map(
        async (s) =>
          [
            await JSZip.loadAsync(s),
            await (await JSZip.loadAsync(s)).file("word/document.xml")!.async("string"),
          ] as const,
      ),
    );
    const seen = await campaign("docx", 400 * SCALE, 2025, async (r) => {
      if (r.next() < 0.5) return ["fuzz.docx", mutateBytes(r.pick(seeds), r)];
      const [zip, xml] = r.pick(xmls);
      const edited = mutateBytes(Buffer.from(xml, "utf8"), r).toString("utf8");
      zip.file("word/document.xml", edited);
      return ["fuzz.docx", await zip.generateAsync({ type: "nodebuffer" })];
    });
    expect(seen.plan).toBeGreaterThan(30);
    expect(seen["input-error"]).toBeGreaterThan(30);
  }, 600_000);

  it("text dump mutations", async () => {
    const seeds = ["hue/hue-body.txt", "cantho/cantho-body.txt", "hue/hue-appendix.txt"].map(
      fixture,
    );
    const seen = await campaign("text", 400 * SCALE, 12, async (r) => [
      "fuzz.txt",
      mutateBytes(r.pick(seeds), r),
    ]);
    expect(seen.plan).toBeGreaterThan(100);
  }, 600_000);

  it("YAML model mutations: diagnostics, never an exception", async () => {
    const seeds = ["hue/expected.yaml", "cantho/expected.yaml", "validate/valid.yaml"].map((p) =>
      fixture(p).toString("utf8"),
    );
    const EDITS = [
      ": ",
      "- ",
      "\t",
      "&a ",
      "*a ",
      "!!binary ",
      "'",
      '"',
      "{",
      "[",
      "null",
      "2026",
      "\n",
      "#",
      "? ",
      "<<: *a\n",
    ];
    const r = rng(7);
    let invalid = 0;
    for (let i = 0; i < 2000 * SCALE; i++) {
      // Yield now and then: a long synchronous loop starves the test runner's own messages.
      if (i % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
      const text = r.pick(seeds);
      const lines = text.split("\n");
      const k = r.int(lines.length);
      const line = lines[k];
      const at = r.int(line.length + 1);
      switch (r.int(4)) {
        case 0:
          lines[k] = line.slice(0, at) + r.pick(EDITS) + line.slice(at);
          break;
        case 1:
          lines[k] = line.slice(0, at) + line.slice(at + 1 + r.int(10));
          break;
        case 2:
          lines.splice(k, 1);
          break;
        default:
          lines.splice(r.int(lines.length), 0, line);
      }
      try {
        const diags = validateText("fuzz.yaml", lines.join("\n"));
        if (diags.length) invalid++;
        for (const d of diags) expect(d.line, `case ${i}: ${d.message}`).toBeGreaterThanOrEqual(1);
      } catch (e) {
        throw new Error(`yaml case ${i} (seed 7): ${(e as Error).stack}`);
      }
    }
    expect(invalid).toBeGreaterThan(600);
  }, 600_000);
});
