/**
 * Issue #14: document text and file names cannot drive a terminal, forge a
 * `plan:` line or inject HTML into a Markdown or HTML report; a code frame
 * is cut to a window of columns.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i14-esc-"));
const ESC = "\u001b";

/** The Huế model with `yamlText` (inside a YAML double-quoted scalar) added to its first viewpoint: a phraseAdded finding. */
function hueWith(name: string, yamlText: string): string {
  const src = readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8");
  const out = src.replace(
    /text: "Xác định công tác chống buôn lậu/,
    `text: "Xác định ${yamlText} công tác chống buôn lậu`,
  );
  expect(out).not.toBe(src);
  const p = join(tmp, name);
  writeFileSync(p, out);
  return p;
}

describe("#14 terminal output shows control characters", () => {
  it("a file name with a newline cannot forge a plan: line", async () => {
    const name = join(tmp, "x\nplan: forged.pdf: parsed fine.txt");
    writeFileSync(name, "");
    const r = await run(["parse", name]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line and the final newline
    expect(r.stderr).toBe(`plan: ${JSON.stringify(name)}: the file is empty\n`);
  });

  it("escapes in a plan's text are shown as \\x1b in -f table", async () => {
    const plan = hueWith("esc.yaml", "Xoá màn hình \\e[2J\\e]0;pwned\\a và nhiệm vụ");
    const r = await run(["diff", plan, "-f", "table", "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain("\u0007");
    expect(r.stdout).toContain("\\x1b[2J");
  });

  it("validate prints raw control characters of the source as \\x1b", async () => {
    const p = join(tmp, "ctrl.yaml");
    writeFileSync(p, `id: ke-hoach\ntitle: a${ESC}[31mred\n`);
    const r = await run(["validate", p]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).toContain("\\x1b[31m");
  });
});

describe("#14 Markdown and HTML reports escape document text", () => {
  const injection = "<script>alert(1)</script> <img src=x onerror=alert(2)> <!-- | `code` & more";

  it("-f markdown", async () => {
    const plan = hueWith("inject-md.yaml", injection.replace(/"/g, '\\"'));
    const r = await run(["diff", plan, "-f", "markdown", "--fail-on", "none"]);
    expect(r.stdout).not.toMatch(/<script|<img|<!--/);
    expect(r.stdout).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; &lt;!-- \\| \\`code\\` &amp; more",
    );
  });

  it("-f html", async () => {
    const plan = hueWith("inject-html.yaml", injection);
    const r = await run(["diff", plan, "-f", "html", "--fail-on", "none"]);
    expect(r.stdout).not.toMatch(/<script|<img|<!-- /);
    expect(r.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("#14 a code frame is cut to a window of columns", () => {
  it("an error on a 1 MB line prints about 160 columns of it", async () => {
    const p = join(tmp, "long-line.yaml");
    writeFileSync(p, `id: ke-hoach\nnotes: [${"1, ".repeat(350_000)}1 }\n`);
    const r = await run(["validate", p]);
    expect(r.code).toBe(1);
    const frame = r.stderr.split("\n").filter((l) => /^[> ] +\d+ \|/.test(l));
    expect(frame.length).toBeGreaterThan(0);
    for (const l of frame) expect(l.length).toBeLessThan(180);
    expect(r.stderr.length).toBeLessThan(5000);
    // The caret sits under the problem inside the window.
    const lines = r.stderr.split("\n");
    const at = lines.findIndex((l) => /^> +2 \|/.test(l));
    const caret = lines[at + 1].indexOf("^");
    expect(caret).toBeGreaterThan(0);
    expect(lines[at][caret]).toBe("}");
  });
});
