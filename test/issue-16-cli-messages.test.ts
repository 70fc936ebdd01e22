/**
 * #16: the command line speaks English or Vietnamese (`--lang`, else
 * LC_ALL / LC_MESSAGES / LANG starting with "vi", else English), from one
 * catalogue (src/messages/); rule ids and finding kinds do not change.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS, messageLang, messages } from "../src/messages/index.js";
import { ROOT, run, snapshotText } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i16m-"));
const neutral = (s: string) => s.split(ROOT).join("<ROOT>/").split(tmp).join("<TMP>");

async function check(args: string[], env: Record<string, string>, tag: string) {
  const r = await run(args, env);
  const shown = { code: r.code, stdout: neutral(r.stdout), stderr: neutral(r.stderr) };
  const name = `${tag} ${neutral(args.join(" "))}`.replace(/[/\\*?<>]/g, "_");
  await expect(snapshotText(args.map(neutral), shown)).toMatchFileSnapshot(
    `snapshots/issue-16-cli/${name}.md`,
  );
  return r;
}

/** Every key path of a catalogue, with what it holds (text or function), sorted. */
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "function") return [`${path} fn`];
  if (typeof value === "string") return [`${path} text`];
  if (value && typeof value === "object")
    return Object.entries(value)
      .filter(([k]) => k !== "lang")
      .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
      .sort();
  return [`${path} ${typeof value}`];
}

describe("#16 one catalogue, two languages", () => {
  it("has every key in both languages, with the same kind of value", () => {
    const [vi, en] = LANGS.map((l) => shape(messages(l)));
    expect(vi.length).toBeGreaterThan(100);
    expect(vi.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !vi.includes(k))).toEqual([]);
  });

  it("has no empty text in either language", () => {
    for (const lang of LANGS) {
      const cli = messages(lang).cli as unknown as Record<string, unknown>;
      for (const [key, v] of Object.entries(cli))
        if (typeof v === "string") expect(v.trim(), `${lang} cli.${key}`).not.toBe("");
    }
  });

  it("takes the language from --lang, else LC_ALL, LC_MESSAGES, LANG, else English", () => {
    expect(messageLang(undefined, { LC_MESSAGES: "vi_VN.UTF-8", LANG: "C" })).toBe("vi");
    expect(messageLang(undefined, { LC_ALL: "en_US.UTF-8", LC_MESSAGES: "vi_VN" })).toBe("en");
    expect(messageLang(undefined, { LANG: "vi" })).toBe("vi");
    expect(messageLang(undefined, { LANG: "vivid" })).toBe("en");
    expect(messageLang("vi", {})).toBe("vi");
  });
});

describe("#16 command lines in English and Vietnamese", () => {
  const VI = { LANG: "vi_VN.UTF-8" };

  it("validate: the summary and a missing file, by --lang and by the locale", async () => {
    const args = [
      "validate",
      "fixtures/validate/valid.yaml",
      "fixtures/validate/duplicate-id.yaml",
    ];
    const en = await check(args, {}, "en");
    const vi = await check(args, VI, "vi");
    const flag = await run([...args, "--lang", "vi"]);
    expect(en.code).toBe(1);
    expect(vi.code).toBe(1);
    expect(en.stderr).toMatch(/2 files checked, 1 invalid/);
    expect(vi.stderr).toMatch(/Đã kiểm tra 2 tệp, 1 tệp không hợp lệ/);
    expect(flag).toEqual(vi);
    // The diagnostics keep their rule ids (and their English) in either language.
    const rules = (s: string) => [...s.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);
    expect(rules(vi.stderr)).toEqual(rules(en.stderr));
    expect(rules(en.stderr).length).toBeGreaterThan(0);
    const none = await check(
      ["validate", "fixtures/validate/none-*.yaml", "--lang", "vi"],
      {},
      "vi",
    );
    expect(none).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: không có tệp nào/),
    });
  });

  it("parse: several plans without -o, -j 0, and the batch summary", async () => {
    const two = ["parse", "fixtures/hungyen/hungyen-body.txt", "fixtures/cantho/cantho-body.txt"];
    expect((await check(two, {}, "en")).stderr).toMatch(/^plan: found 2 plans/);
    expect((await check(two, { LC_ALL: "vi_VN.UTF-8" }, "vi")).stderr).toMatch(
      /^plan: tìm thấy 2 kế hoạch/,
    );
    const jobs = await check(
      ["parse", "fixtures/hungyen/hungyen-body.txt", "-j", "0", "--lang", "vi"],
      {},
      "vi",
    );
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain("-j nhận một số nguyên dương");
    // -j 1: the warnings print as each plan ends, so in a fixed order only one at a time.
    const batch = await check([...two, "-j", "1", "-o", `${tmp}/vi/`, "--lang", "vi"], {}, "vi");
    expect(batch.code).toBe(0);
    expect(batch.stderr).toMatch(/plan: đã xử lý 2\/2 kế hoạch, kết quả ghi vào/);
    const en = await check([...two, "-j", "1", "-o", `${tmp}/en/`], {}, "en");
    expect(en.stderr).toMatch(/plan: parsed 2 of 2 plan\(s\) into/);
  });

  it("diff: an empty --fail-on; the report stays Vietnamese whatever the message language", async () => {
    const empty = ["diff", "fixtures/hungyen/expected.yaml", "--fail-on", ""];
    expect((await check(empty, {}, "en")).stderr).toMatch(/^plan: --fail-on needs finding kinds/);
    expect((await check(empty, VI, "vi")).stderr).toMatch(/^plan: --fail-on cần các loại/);
    const md = await run(["diff", "fixtures/hungyen/expected.yaml", "-f", "markdown"], {
      LANG: "en_US.UTF-8",
    });
    expect(md.stdout).toContain("so với");
  });

  it("a bad budget flag, in either language", async () => {
    const args = ["validate", "fixtures/validate/valid.yaml", "--max-bytes", "lots"];
    expect((await check(args, {}, "en")).stderr).toBe(
      "plan: --max-bytes: expected a size such as 50MB, 512KB or 1000000, got lots\n",
    );
    const vi = await check([...args, "--lang", "vi"], {}, "vi");
    expect(vi).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plan: --max-bytes: cần dung lượng/),
    });
  });

  it("schema takes --lang and prints the same schema", async () => {
    const [en, vi] = await Promise.all([run(["schema"]), run(["schema", "--lang", "vi"])]);
    expect(vi).toEqual(en);
    expect(en.code).toBe(0);
  });
});
