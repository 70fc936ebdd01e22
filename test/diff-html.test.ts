/**
 * Issue #5: the HTML report is one self-contained page that renders in a
 * real browser (Debian's chromium, installed by .ci/run) with no network.
 * Outside CI, a machine without chromium skips the browser half; in CI a
 * missing chromium fails the test.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const tmp = mkdtempSync(join(tmpdir(), "plan-html-"));
const html = join(tmp, "hungyen.html");

/** Headless, offline: the flags that keep chromium from reaching for the network at start. */
function chromium(args: string[]) {
  const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${mkdtempSync(join(tmp, "profile-"))}`];
  return promisify(execFile)(CHROMIUM!, [...flags, ...args], { timeout: 60_000, maxBuffer: 20 * 1024 * 1024 });
}

describe("plan diff --format html", () => {
  it("writes one page with no external resource, <del> for dropped and <ins> for added phrases", async () => {
    const r = await run(["diff", "fixtures/hungyen/expected.yaml", "-f", "html", "-o", html]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/<(script|link|img|iframe)\b|url\(|@import/i);
    expect(page).toContain("<del>làm ăn</del>");
    expect(page).toContain("<ins>quyết liệt</ins>");
    expect(page).toContain("<del>làm ngày, làm đêm, làm thêm ngày nghỉ</del>");
  });

  it.skipIf(!CHROMIUM && process.env.CI !== "true")("renders in headless chromium: summary first, then the four-column comparison", async () => {
    expect(CHROMIUM, "chromium is not installed (.ci/run installs Debian's chromium)").toBeDefined();
    const { stdout: dom } = await chromium(["--dump-dom", `file://${html}`]);
    expect(dom).toContain("<title>fixtures/hungyen/expected.yaml — 397/NQ-CP</title>");
    const headings = [...dom.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Viewpoints (Quan điểm)", "General objective (Mục tiêu tổng quát)", "Specific objectives (Mục tiêu cụ thể)", "Tasks (Hành động cụ thể)", "Reporting duties (Chế độ báo cáo)"]);
    expect(dom.indexOf('class="summary"')).toBeLessThan(dom.indexOf("<h2>"));
    expect(dom).toContain("<th>reference</th><th>plan</th><th>finding</th><th>note</th>");
    const png = join(tmp, "hungyen.png");
    await chromium(["--window-size=1280,1600", `--screenshot=${png}`, `file://${html}`]);
    // A blank page is a few kB; this one is full of text.
    expect(statSync(png).size).toBeGreaterThan(50_000);
  }, 120_000);
});
