/** #16: one date formatter, the language of reports and of messages, the order of findings. */
import { describe, expect, it } from "vitest";
import { formatDate, messageLang } from "../src/messages/index.js";
import { run } from "./helpers/run.js";

describe("#16 dates as people write them", () => {
  it.each([
    ["--09-30", "30/9 hằng năm", "30 September every year"],
    ["2026-02", "tháng 02/2026", "February 2026"],
    ["2026", "năm 2026", "2026"],
    ["2030-12-15", "15/12/2030", "15 December 2030"],
    ["Thường xuyên", "Thường xuyên", "Thường xuyên"],
  ])("%s", (iso, vi, en) => {
    expect(formatDate(iso, "vi")).toBe(vi);
    expect(formatDate(iso, "en")).toBe(en);
  });
});

describe("#16 languages", () => {
  it("messages follow --lang, else LC_ALL, else LANG, else English", () => {
    expect(messageLang(undefined, { LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(messageLang(undefined, { LC_ALL: "C", LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(messageLang(undefined, { LC_ALL: "vi_VN.UTF-8", LANG: "en_US.UTF-8" })).toBe("vi");
    expect(messageLang("en", { LANG: "vi_VN.UTF-8" })).toBe("en");
    expect(messageLang(undefined, {})).toBe("en");
  });

  it("a report is Vietnamese by default and English with --lang en; messages follow the locale", async () => {
    const vi = await run(["diff", "fixtures/cantho/expected.yaml", "--fail-on", "nope"], {
      LANG: "vi_VN.UTF-8",
    });
    expect(vi).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: --fail-on: loại nhận xét không hợp lệ nope/),
    });
    const md = await run(["diff", "fixtures/cantho/expected.yaml", "-f", "markdown"]);
    expect(md.stdout).toContain("# Cần Thơ so với 397/NQ-CP");
    expect(md.stdout).toContain("| Bỏ cụm từ | vp-6<br>");
    const en = await run([
      "diff",
      "fixtures/cantho/expected.yaml",
      "-f",
      "markdown",
      "--lang",
      "en",
    ]);
    expect(en.stdout).toContain("# Cần Thơ compared with 397/NQ-CP");
    expect(en.stdout).toContain("| Phrase dropped | vp-6<br>");
    // Rule ids do not change with the language.
    const json = JSON.parse(
      (await run(["diff", "fixtures/cantho/expected.yaml", "-f", "json"])).stdout,
    );
    expect(json.findings.map((f: { kind: string }) => f.kind)).toContain("phraseDropped");
  });

  it("the terminal table fits the width: 100 columns when piped, $COLUMNS otherwise", async () => {
    const widestAll = (s: string) => Math.max(...s.split("\n").map((l) => [...l].length));
    const widest = (s: string) =>
      Math.max(
        ...s
          .split("\n")
          .filter((l) => /^[│┌├└]/.test(l))
          .map((l) => [...l].length),
      );
    const piped = await run([
      "diff",
      "fixtures/hue/expected.yaml",
      "fixtures/cantho/expected.yaml",
    ]);
    expect(widest(piped.stdout)).toBe(100);
    const narrow = await run(
      ["diff", "fixtures/hue/expected.yaml", "fixtures/cantho/expected.yaml"],
      { COLUMNS: "80" },
    );
    expect(widest(narrow.stdout)).toBe(80);
    expect(widestAll(narrow.stdout)).toBe(80);
    // Texts, not ids alone.
    expect(narrow.stdout).toMatch(/│ Bỏ cụm từ +│ vp-1 +│.*\n│ +│ Xác định công tác/);
  });
});
