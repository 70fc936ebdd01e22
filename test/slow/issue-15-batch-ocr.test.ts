/**
 * Issue #15: the batch summary counts each plan's OCR pages (slow: OCR of a
 * two-page scan). Needs tesseract and poppler; under CI=true it runs anyway
 * and fails without them.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ocrAvailable } from "../../src/read/scan/ocr.js";
import { run } from "../helpers/run.js";

const tools = await ocrAvailable();
const skipOcr = !tools.ok && process.env.CI !== "true";

describe.skipIf(skipOcr)("#15 batch summary with a scanned plan", () => {
  it("lists the OCR pages of the scanned plan", async () => {
    const out = mkdtempSync(join(tmpdir(), "plan-i15-ocr-"));
    const r = await run([
      "parse",
      "fixtures/scan/borderless-scan.pdf",
      "fixtures/hungyen/hungyen-body.txt",
      "-o",
      `${out}/`,
      "-j",
      "1",
    ]);
    expect(r.code).toBe(0);
    const summary = r.stderr.split("\n").filter((l) => /^plan: \S+\.yaml: /.test(l));
    expect(summary).toEqual([
      expect.stringMatching(/^plan: borderless-scan\.yaml: 12 tasks, \d+ warnings?, 2 OCR pages$/),
      "plan: hungyen.yaml: 0 tasks, 1 warning, 0 OCR pages",
    ]);
  });
});
