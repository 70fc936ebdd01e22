/**
 * #13, slow tier: the whole of fixtures/real/nq168-cp-2022-bactrungbo.pdf,
 * a 21-page signed scan whose text layer lost its diacritics, read again by
 * OCR page by page (about 4 minutes on 2 shared cores) and compared with its
 * hand-checked model field by field. The count matched is printed and held
 * at what was measured; handwriting (the number's digits, the day), stamps
 * and the appendix tables' OCR keep it below the total.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { diacriticShare } from "../../src/lexicon/vietnamese.js";
import { ocrAvailable } from "../../src/read/scan/ocr.js";
import { scoreModel } from "../helpers/model-fields.js";
import { ROOT, run } from "../helpers/run.js";

const tools = await ocrAvailable();
const skipOcr = !tools.ok && process.env.CI !== "true";
/** Fields matched when measured (see the README's table); a change that loses fields fails here. */
const MEASURED = Number(process.env.NQ168_FLOOR ?? 0) || 206;

describe("#13 nq168: a scan with a text layer without diacritics, read again by OCR", () => {
  it.skipIf(skipOcr)(
    "gives the programme's metadata, sections, objectives and duty as readable Vietnamese",
    async () => {
      const cache = mkdtempSync(join(tmpdir(), "plan-nq168-"));
      try {
        const r = await run([
          "parse",
          "fixtures/real/nq168-cp-2022-bactrungbo.pdf",
          "-f",
          "json",
          "--cache",
          "--cache-location",
          cache,
        ]);
        expect(r.code).toBe(0);
        const got = JSON.parse(r.stdout);
        const want = parse(
          readFileSync(`${ROOT}fixtures/real/nq168-cp-2022-bactrungbo.expected.yaml`, "utf8"),
        );
        const s = scoreModel(want, got);
        console.log(
          `nq168-cp-2022-bactrungbo.pdf: ${s.matched} of ${s.total} fields match (${s.notModelled} not modelled)`,
        );
        expect(got.provenance.files[0].ocr.reasons).toEqual([
          { reason: "garbled-text", pages: Array.from({ length: 21 }, (_, i) => i + 1) },
        ]);
        expect(got.document).toMatchObject({
          kind: "resolution",
          issuer: "Chính phủ",
          number: "168/NQ-CP",
          implements: ["26-NQ/TW"],
          horizon: 2030,
        });
        expect(got.sections).toEqual(want.sections);
        expect(got.viewpoints).toEqual([]);
        expect(got.objectives.specific).toHaveLength(3);
        for (const o of got.objectives.specific) {
          const d = diacriticShare(o.text);
          expect(d.marked / d.words).toBeGreaterThan(0.6);
        }
        expect(
          got.implementation.reporting.map((d: Record<string, unknown>) => [
            d.due,
            d.recurrence,
            d.to,
          ]),
        ).toEqual([["--12-15", "annual", "Bộ Kế hoạch và Đầu tư"]]);
        expect(s.matched).toBeGreaterThanOrEqual(MEASURED);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
    900_000,
  );
});
