/**
 * #13: a scan whose invisible text layer has lost its diacritics is read
 * again by OCR. fixtures/scan/nq168-p3-4-garbled-layer.pdf is pages 3-4 of
 * fixtures/real/nq168-cp-2022-bactrungbo.pdf (`qpdf --empty --pages
 * nq168-cp-2022-bactrungbo.pdf 3-4 --`): section I with its objectives, under
 * a text layer that reads "Khan truang tridn khai edng tac nghien cuu". The
 * whole document is measured in test/slow/.
 *
 * Needs Debian's tesseract-ocr, tesseract-ocr-vie and poppler-utils; outside
 * CI a machine without them skips the OCR run.
 */
import { describe, expect, it } from "vitest";
import { diacriticShare } from "../src/lexicon/vietnamese.js";
import { ocrAvailable } from "../src/read/scan/ocr.js";
import { run } from "./helpers/run.js";

const tools = await ocrAvailable();
const skipOcr = !tools.ok && process.env.CI !== "true";
const SCAN = "fixtures/scan/nq168-p3-4-garbled-layer.pdf";

const marked = (s: string) => {
  const d = diacriticShare(s);
  return d.marked / d.words;
};

describe("#13 a text layer that does not read as Vietnamese", () => {
  it("tells a text without diacritics from Vietnamese", () => {
    expect(
      marked("Khan truang tridn khai edng tac nghien cuu, quan triet noi dung Nghi quyet so 26"),
    ).toBeLessThan(0.2);
    expect(
      marked("Khẩn trương triển khai công tác nghiên cứu, quán triệt nội dung Nghị quyết số 26"),
    ).toBeGreaterThan(0.7);
  });

  it("with --ocr never, a PDF whose every page is such a layer is refused like one with no text layer", async () => {
    const r = await run(["parse", SCAN, "--ocr", "never"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      "",
      `plan: ${SCAN}: the PDF has no text layer that reads as Vietnamese (a scanned document?) and OCR is off (--ocr never)\n`,
    ]);
  });

  it.skipIf(skipOcr)(
    "re-reads its pages by OCR and gives the sections and objectives as Vietnamese",
    async () => {
      const r = await run(["parse", SCAN, "-f", "json"]);
      expect(r.code).toBe(0);
      const plan = JSON.parse(r.stdout);
      expect(plan.provenance.files[0].ocr).toMatchObject({
        pages: [1, 2],
        reasons: [{ reason: "garbled-text", pages: [1, 2] }],
      });
      expect(
        plan.sections.map((s: { number: string; heading: string }) => `${s.number}. ${s.heading}`),
      ).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"]);
      const specific = plan.objectives.specific.map((o: { text: string }) => o.text);
      expect(specific).toHaveLength(3);
      expect(specific[0]).toMatch(
        /^Giai đoạn 2021 - 2030, tốc độ tăng trưởng GRDP bình quân đạt khoảng 7 - 7,5%\/năm/,
      );
      expect(specific[2]).toMatch(/^Tỷ lệ che phủ rừng/);
      for (const t of specific) expect(marked(t)).toBeGreaterThan(0.6);
      expect(r.stderr).toContain("does not read as Vietnamese; they were read again by OCR");
    },
  );
});
