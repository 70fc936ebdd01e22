/**
 * Issue #6: inputs people e-mail that are not usable plans. Legacy-encoded
 * text and zip bombs end in exit 2 with one line; text that does not read as
 * Vietnamese (a PDF font without a Unicode map) is a warning with its page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  checkSyllables,
  garbledMotto,
  isVietnameseSyllable,
  legacyEncoding,
} from "../src/lexicon/vietnamese.js";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-bad-"));
const write = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

/** Enough of TCVN3 (ABC) to write a plan the way .VnTime documents store it. */
const TO_TCVN3: Record<string, string> = {
  á: "¸",
  à: "µ",
  ả: "¶",
  ã: "·",
  ạ: "¹",
  ă: "¨",
  â: "©",
  ê: "ª",
  ô: "«",
  ơ: "¬",
  ư: "\u00AD",
  đ: "®",
  ộ: "é",
  ế: "Õ",
  ệ: "Ö",
  ị: "Þ",
  ố: "è",
  ủ: "ñ",
  ó: "ã",
  ò: "ß",
  ọ: "ä",
  ư̛: "\u00AD",
  ứ: "ø",
  ự: "ù",
  ụ: "ô",
  ú: "ó",
  ì: "×",
  í: "Ý",
  ộ: "é",
};
const toTcvn3 = (s: string) => [...s.normalize("NFC")].map((c) => TO_TCVN3[c] ?? c).join("");

describe("legacy encodings: exit 2, named", () => {
  it("a TCVN3 text dump", async () => {
    const file = write(
      "tcvn3.txt",
      toTcvn3(readFileSync(`${ROOT}fixtures/hue/hue-body.txt`, "utf8")),
    );
    const r = await run(["parse", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `plan: ${file}: the text is in a legacy Vietnamese encoding (TCVN3 (ABC) fonts such as .VnTime), not Unicode; convert it to Unicode (for example with Unikey's converter) and parse again\n`,
    );
  });

  it("a DOCX whose runs are TCVN3", async () => {
    const zip = await JSZip.loadAsync(readFileSync(`${ROOT}fixtures/cantho/cantho-body.docx`));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file(
      "word/document.xml",
      xml.replace(
        /(<w:t(?: [^>]*)?>)([^<]*)/g,
        (_, open: string, text: string) => open + toTcvn3(text),
      ),
    );
    const file = write("tcvn3.docx", await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run(["parse", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tcvn3\.docx: the text is in a legacy Vietnamese encoding \(TCVN3/);
  });

  it("VNI is told apart from TCVN3", () => {
    expect(
      legacyEncoding(
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. Keá hoaïch trieån khai thöïc hieän Nghò quyeát soá 397",
      ),
    ).toBe("VNI");
    expect(legacyEncoding(readFileSync(`${ROOT}fixtures/hue/hue-body.txt`, "utf8"))).toBeNull();
  });
});

describe("a zip bomb: exit 2 before inflating", () => {
  it("an archive that declares it inflates to gigabytes", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // Declare 2 GB uncompressed in the central directory (offset 24 of each entry).
    for (
      let i = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      i >= 0;
      i = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)
    )
      data.writeUInt32LE(0x7fffffff, i + 24);
    const out = join(tmp, "bomb.yaml");
    const r = await run(["parse", write("bomb.docx", data), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /bomb\.docx: the archive would inflate to 2048 MB in 2 entries, over the --max-bytes limit of 50 MB \(zip bomb\?\)\n$/,
    );
  });
});

describe("text that does not read as Vietnamese", () => {
  it("the national motto with wrong letters is a warning", async () => {
    const text = readFileSync(`${ROOT}fixtures/hue/hue-body.txt`, "utf8").replace(
      /CỘNG HOÀ/,
      "CỘNG HỊA",
    );
    const r = await run(["parse", write("motto.txt", text), "-f", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /motto\.txt: warning: the national motto reads "CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the fonts' Unicode map is wrong, so the text may be wrong too \[garbled-text\]/,
    );
    expect(JSON.parse(r.stdout).provenance.warnings.map((w: { code: string }) => w.code)).toContain(
      "garbled-text",
    );
  });

  it("a page of impossible syllables is a warning with examples", async () => {
    // As a font without a ToUnicode map gives it: ơ and ư come out as other letters.
    const text = readFileSync(`${ROOT}fixtures/cantho/cantho-body.txt`, "utf8")
      .replace(/ư/g, "ɯ")
      .replace(/ơ/g, "ǝ")
      .replace(/ế/g, "ḗ");
    const r = await run(["parse", write("garbled.txt", text), "-f", "json"]);
    expect(r.stderr).toMatch(
      /garbled\.txt: warning: \d+ of \d+ words are not Vietnamese syllables \(.+\): the fonts' Unicode map may be wrong/,
    );
  });

  it("the corpus itself reads as Vietnamese", () => {
    for (const f of [
      "hue/hue-body.txt",
      "hue/hue-appendix.txt",
      "cantho/cantho-body.txt",
      "hungyen/hungyen-body.txt",
    ]) {
      const text = readFileSync(`${ROOT}fixtures/${f}`, "utf8");
      expect(checkSyllables(text).invalid, f).toEqual([]);
      expect(garbledMotto(text), f).toBeNull();
    }
  });

  it.each([
    ["hóa", true],
    ["hoá", true],
    ["nghiêng", true],
    ["quyết", true],
    ["gì", true],
    ["khuya", true],
    ["HĐND", true],
    ["hoáu", false],
    ["tàc", false],
    ["nghĩk", false],
    ["hỏạ", false],
    ["ßa", false],
    ["vieät", false],
  ])("%s is a syllable: %s", (word, ok) => {
    expect(isVietnameseSyllable(word as string)).toBe(ok);
  });
});

describe("issue #6 fuzz finds, kept as regressions", () => {
  it("a group cell with a number and no title (fixtures/fuzz/untitled-group.pdf, PDF case 603 of seed 397)", async () => {
    const r = await run(["parse", "fixtures/fuzz/untitled-group.pdf", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).taskGroups[2]).toEqual({ id: "g-3", number: 3, title: "3" });
    expect(r.stderr).toContain(
      "fixtures/fuzz/untitled-group.pdf: warning: group 3 has a number but no title (g-3) [group-untitled]",
    );
  });
});
