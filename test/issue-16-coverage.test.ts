/** #16: the coverage report for many plans; `-o DIR/` adds one detailed report per plan. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

describe("#16 plan diff --against 397 PLANS -f html -o DIR/", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "plan-cov-")), "reports") + "/";
  it("writes index.html and one report per plan; every cell links to an element of its plan's report", async () => {
    const r = await run([
      "diff",
      "--against",
      "397",
      "fixtures/*/expected.yaml",
      "-f",
      "html",
      "-o",
      dir,
    ]);
    expect(r).toMatchObject({ code: 1, stdout: "", stderr: `plan: wrote 4 report(s) to ${dir}\n` });
    expect(readdirSync(dir).sort()).toEqual([
      "can-tho.html",
      "hue.html",
      "hung-yen.html",
      "index.html",
    ]);
    const index = readFileSync(join(dir, "index.html"), "utf8");
    // Columns headed by locality, linking to the detail.
    const heads = [...index.matchAll(/<th><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(heads).toEqual([
      ["can-tho.html", "Cần Thơ"],
      ["hue.html", "Huế"],
      ["hung-yen.html", "Hưng Yên"],
    ]);
    // Rows grouped by section, each section with its total per plan; a grand total.
    const sections = [...index.matchAll(/<tr class="section"><th>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(sections).toEqual([
      "Quan điểm (7)",
      "Mục tiêu tổng quát (1)",
      "Mục tiêu cụ thể (6)",
      "Nhóm nhiệm vụ, giải pháp (8)",
      "Nhiệm vụ cụ thể (50)",
      "Chế độ báo cáo (1)",
    ]);
    expect(index).toMatch(
      /<tr class="total"><th>Tổng \(73\)<\/th><td class="share"><svg[\s\S]*?15\/73 · 21%<\/td><td class="share"><svg[\s\S]*?73\/73 · 100%/,
    );
    // Every link from a cell names an anchor that exists in the plan's report.
    const links = [...index.matchAll(/<a href="([a-z-]+\.html)#([^"]+)">/g)];
    expect(links.length).toBe(15 + 73 + 15);
    const pages = new Map<string, string>();
    for (const [, file, anchor] of links) {
      if (!pages.has(file)) pages.set(file, readFileSync(join(dir, file), "utf8"));
      expect(pages.get(file), `${file}#${anchor}`).toContain(` id="${anchor}"`);
    }
  });

  it("a plain -o FILE.html gets the matrix alone, with no links to reports that were not written", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "plan-cov-")), "coverage.html");
    await run(["diff", "--against", "397", "fixtures/*/expected.yaml", "-f", "html", "-o", file]);
    expect(readFileSync(file, "utf8")).not.toMatch(/<a href="[^"]*\.html/);
    expect(existsSync(file)).toBe(true);
  });
});

describe("#16 links to the source pages", () => {
  it("each task links to its page of the PDF, relative to where the report is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-links-"));
    const out = join(dir, "nested", "hue.html");
    const plan = "fixtures/hue/hue-body.pdf+fixtures/hue/hue-appendix.pdf";
    const r = await run(["diff", plan, "--tables", "-f", "html", "-o", out, "-q"]);
    expect(r.code).toBe(1);
    const html = readFileSync(out, "utf8");
    const links = [...html.matchAll(/<a class="id" href="([^"#]+)#page=(\d+)">/g)];
    expect(links.length).toBeGreaterThanOrEqual(50);
    for (const [, file, page] of links) {
      expect(existsSync(join(dir, "nested", decodeURI(file))), file).toBe(true);
      expect(Number(page)).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(links.map((l) => l[1]))).toEqual(
      new Set([relative(join(dir, "nested"), `${ROOT}fixtures/hue/hue-appendix.pdf`)]),
    );
  });
});
