/** #16 with #14: document text in every report format goes through src/report/escape.ts. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-escape-"));
const hostile = join(tmp, "hostile.yaml");
{
  const plan = parse(readFileSync("fixtures/hue/expected.yaml", "utf8"));
  plan.document.locality = "Huế <img src=x onerror=alert(1)>\u001b[31m";
  plan.viewpoints[0].text += " <script>alert(1)</script> | `code` \u001b]0;title\u0007";
  plan.tasks[1].deadline.raw = "12/2026 <b>\u001b[2J";
  plan.tasks[1].deadline.due = "2026-12";
  writeFileSync(hostile, stringify(plan));
}

describe("#16 reports escape document text", () => {
  it.each(["table", "markdown", "html"])("-f %s, with --tables", async (format) => {
    const r = await run(["diff", "fixtures/hue/expected.yaml", hostile, "--tables", "-f", format]);
    expect(r.code).toBe(1);
    // A terminal is safe from controls, HTML and Markdown from markup.
    if (format === "table") expect(r.stdout).not.toMatch(/\u001b|\u0007/);
    else expect(r.stdout).not.toMatch(/<(img|script)\b|<b>\u001b/);
    if (format === "html") expect(r.stdout).toContain("script&gt;alert(1)&lt;/script&gt;");
    if (format === "markdown") expect(r.stdout).toContain("\\| \\`code\\`");
    if (format === "table") expect(r.stdout).toContain("\\x1b[2J");
  });

  it("the coverage formats", async () => {
    for (const format of ["table", "markdown", "html"]) {
      const r = await run([
        "diff",
        "--against",
        "397",
        "fixtures/hue/expected.yaml",
        hostile,
        "-f",
        format,
      ]);
      expect(r.stdout, format).not.toMatch(
        format === "table" ? /\u001b|\u0007/ : /<(img|script)\b/,
      );
    }
  });
});
