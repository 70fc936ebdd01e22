/**
 * #11: the fast tier's fuzz run: the byte mutations of test/slow/fuzz.test.ts
 * on the same seed documents, a tenth of the cases, and 200 YAML edits. Every
 * mutated input still ends in a plan that satisfies the schema or a typed
 * InputError. The full 3,100 cases run in `npm run test:slow`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateText } from "../src/validate/index.js";
import { campaign, mutateBytes, rng } from "./helpers/fuzz.js";
import { ROOT } from "./helpers/run.js";

const fixture = (p: string) => readFileSync(`${ROOT}fixtures/${p}`);

describe("#11 fuzz smoke: mutated inputs end in a plan or a typed error", () => {
  it("PDF, DOCX and text byte mutations", async () => {
    const pdfs = [
      "variants/borderless.pdf",
      "variants/word-borders.pdf",
      "hungyen/hungyen-body.pdf",
    ].map(fixture);
    const pdf = await campaign("pdf", 30, 397, async (r) => [
      "fuzz.pdf",
      mutateBytes(r.pick(pdfs), r),
    ]);
    const docxs = ["variants/merged-first-column.docx", "cantho/cantho-body.docx"].map(fixture);
    const docx = await campaign("docx", 40, 2025, async (r) => [
      "fuzz.docx",
      mutateBytes(r.pick(docxs), r),
    ]);
    const texts = ["hue/hue-body.txt", "cantho/cantho-body.txt", "hue/hue-appendix.txt"].map(
      fixture,
    );
    const text = await campaign("text", 40, 12, async (r) => [
      "fuzz.txt",
      mutateBytes(r.pick(texts), r),
    ]);
    // Both ends are reached: some mutated inputs still parse, some are refused.
    expect(pdf.plan + docx.plan + text.plan).toBeGreaterThan(10);
    expect(pdf["input-error"] + docx["input-error"]).toBeGreaterThan(5);
  }, 120_000);

  it("YAML model mutations: diagnostics at real lines, never an exception", () => {
    const seeds = ["hue/expected.yaml", "validate/valid.yaml"].map((p) =>
      fixture(p).toString("utf8"),
    );
    const r = rng(7);
    let invalid = 0;
    for (let i = 0; i < 200; i++) {
      const lines = r.pick(seeds).split("\n");
      const k = r.int(lines.length);
      lines[k] =
        lines[k].slice(0, r.int(lines[k].length + 1)) +
        r.pick([": ", "- ", "\t", "&a ", "*a ", "'", "{", "2026"]);
      const diags = validateText("fuzz.yaml", lines.join("\n"));
      if (diags.length) invalid++;
      for (const d of diags) expect(d.line, `case ${i}: ${d.message}`).toBeGreaterThanOrEqual(1);
    }
    expect(invalid).toBeGreaterThan(50);
  });
});
