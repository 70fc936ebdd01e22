/**
 * Issue #14: the cache serves only entries that are plans (a hand-edited or
 * damaged one is a miss, and is rewritten) and keys on the libraries and
 * tools a parse ran with; files named alike are the same document only when
 * their text says so.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dependencyVersions, toolsFingerprint } from "../src/batch/cache.js";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i14-cache-"));
const BODY = `${ROOT}fixtures/hungyen/hungyen-body.txt`;

describe("#14 cache entries are checked against the model", () => {
  it.each([
    ["{}", "{}"],
    ["a plan without its tasks", null],
    ["not JSON", '{"plan": '],
  ])("an entry that is %s is a miss, and is rewritten", async (_, content) => {
    const dir = mkdtempSync(join(tmp, "c-"));
    const cache = join(dir, "cache");
    const out = join(dir, "out.yaml");
    const first = await run(["parse", BODY, "-o", out, "--cache", "--cache-location", cache, "-q"]);
    expect(first.code).toBe(0);
    const expected = readFileSync(out, "utf8");
    const [entry] = readdirSync(cache).filter((n) => n.endsWith(".json"));
    const path = join(cache, entry);
    const good = JSON.parse(readFileSync(path, "utf8"));
    if (content === null) delete good.plan.tasks;
    writeFileSync(path, content ?? JSON.stringify(good));
    writeFileSync(out, "");
    const again = await run(["parse", BODY, "-o", out, "--cache", "--cache-location", cache, "-q"]);
    expect(again.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected);
    expect(readFileSync(out, "utf8")).not.toMatch(/undefined/);
    expect(JSON.parse(readFileSync(path, "utf8")).plan.tasks).toBeDefined();
  });

  it("the key names the installed libraries' versions and the OCR tools found", async () => {
    const deps = dependencyVersions();
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
    expect(deps.map((d) => d.replace(/@[^@]*$/, ""))).toEqual(Object.keys(pkg.dependencies).sort());
    expect(deps).toContain(
      `pdfjs-dist@${JSON.parse(readFileSync(`${ROOT}node_modules/pdfjs-dist/package.json`, "utf8")).version}`,
    );
    expect(deps.every((d) => !d.endsWith("@missing"))).toBe(true);
    // tesseract's first --version line, or its absence: a PDF cached before tesseract was installed is read again after.
    expect(await toolsFingerprint()).toMatch(/^(tesseract \S+|no tesseract)\|(ocr|no ocr: .+)$/);
  });
});

describe("#14 the same document is told by content, not by name", () => {
  it("three different plans whose names fold to one slug are three plans", async () => {
    const dir = mkdtempSync(join(tmp, "g-"));
    copyFileSync(`${ROOT}fixtures/hue/hue-body.txt`, join(dir, "Kế hoạch 12.txt"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.txt`, join(dir, "ke-hoach-12.txt"));
    copyFileSync(`${ROOT}fixtures/hungyen/hungyen-body.txt`, join(dir, "KE HOACH (12).txt"));
    const r = await run(["parse", ".", "-o", "out/", "-q"], {}, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/skipped/);
    const outs = readdirSync(join(dir, "out")).sort();
    expect(outs).toHaveLength(3);
    const titles = outs.map(
      (o) =>
        /Thừa Thiên Huế|Huế|Cần Thơ|Hưng Yên/.exec(readFileSync(join(dir, "out", o), "utf8"))?.[0],
    );
    expect(new Set(titles).size).toBe(3);
  }, 60_000);

  it("the same plan as PDF and DOCX is still read once", async () => {
    const dir = mkdtempSync(join(tmp, "g-"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.pdf`, join(dir, "cantho-body.pdf"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.docx`, join(dir, "cantho-body.docx"));
    copyFileSync(`${ROOT}fixtures/hungyen/hungyen-body.docx`, join(dir, "hungyen.docx"));
    const r = await run(["parse", ".", "-o", "out/"], {}, { cwd: dir });
    expect(r.stderr).toMatch(
      /^plan: cantho-body\.docx: skipped, the same document as cantho-body\.pdf in another format$/m,
    );
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["cantho.yaml", "hungyen.yaml"]);
  }, 60_000);

  it("a DOCX named like a PDF but holding another plan is parsed too", async () => {
    const dir = mkdtempSync(join(tmp, "g-"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.pdf`, join(dir, "plan.pdf"));
    copyFileSync(`${ROOT}fixtures/hungyen/hungyen-body.docx`, join(dir, "plan.docx"));
    const r = await run(["parse", ".", "-o", "out/", "-q"], {}, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "plan: plan.docx: written as plan-2.yaml: plan.pdf is written as plan.yaml\n",
    );
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["plan-2.yaml", "plan.yaml"]);
  }, 60_000);
});
