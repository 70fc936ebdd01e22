/**
 * The command line as a user sees it: whole outputs (stdout, stderr, exit
 * code) snapshotted per command line, and every bad input ending in exit 2
 * with one line naming the file and the reason.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT, run, snapshotText } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-cli-"));

describe("plan parse: whole output", () => {
  it.each([
    ["parse", "fixtures/hue/hue-body.pdf", "fixtures/hue/hue-appendix.pdf", "-f", "yaml"],
    ["parse", "fixtures/hungyen/hungyen-body.txt", "-f", "json"],
    ["--help"],
  ])("plan %s", async (...args) => {
    const r = await run(args);
    const name = args.join(" ").replace(/[/\\]/g, "_");
    await expect(snapshotText(args, r)).toMatchFileSnapshot(`snapshots/${name}.md`);
  });
});

describe("bad input: exit 2, one line naming the file and the reason", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(tmp, "nope.pdf"), /nope\.pdf: no such file$/],
    ["an empty file", () => write("empty.pdf", ""), /empty\.pdf: the file is empty$/],
    [
      "a renamed image",
      () => write("scan.pdf", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")),
      /scan\.pdf: an image, not a PDF, DOCX or text document$/,
    ],
    [
      "a truncated PDF",
      () => write("cut.pdf", readFileSync(`${ROOT}fixtures/hue/hue-body.pdf`).subarray(0, 2000)),
      /cut\.pdf: (not a valid PDF|cannot read the PDF|the PDF has no text layer)/,
    ],
    [
      "a DOCX that is not a zip",
      () => write("bad.docx", "PK\u0003\u0004 not really a zip"),
      /bad\.docx: not a DOCX file \(not a valid zip archive\)$/,
    ],
    [
      "a text file that is not a plan",
      () => write("notes.txt", "Shopping list\nmilk\nbread\n"),
      /notes\.txt: found no plan structure/,
    ],
    [
      "a folder with no plan document",
      () => mkdtempSync(join(tmp, "empty-")),
      /no plan document \(PDF, DOCX, text\) in .*empty-\w+$/,
    ],
    [
      "a PDF with a password",
      () => `${ROOT}fixtures/bad/encrypted.pdf`,
      /encrypted\.pdf: the PDF is encrypted with a password$/,
    ],
    [
      "a DOCX without word/document.xml",
      () => `${ROOT}fixtures/bad/no-document.docx`,
      /no-document\.docx: not a DOCX file \(no word\/document\.xml\)$/,
    ],
  ];
  it.each(cases)("%s", async (_, make, message) => {
    const file = make();
    const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.yaml`);
    const r = await run(["parse", file, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plan: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false); // nothing written
  });

  it("an unknown option is a usage error (exit 2)", async () => {
    const r = await run(["parse", "--nope", "x.pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--nope'/);
  });
});

describe("-o writes atomically", () => {
  it("writes the same YAML it would print, with the schema modeline first", async () => {
    const out = join(tmp, "hungyen.yaml");
    const r = await run(["parse", "fixtures/hungyen/hungyen-body.docx", "-o", out, "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const text = readFileSync(out, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
    // The same YAML; the modeline's relative path differs (#15: it resolves from each output's folder).
    const body = (s: string) => s.slice(s.indexOf("\n"));
    expect(body(text)).toBe(
      body((await run(["parse", "fixtures/hungyen/hungyen-body.docx", "-q"])).stdout),
    );
  });
});

describe("bin/plan.js", () => {
  it("sets the exit code of the process", async () => {
    const exec = promisify(execFile);
    const ok = await exec("node", ["bin/plan.js", "--version"], { cwd: ROOT });
    expect(ok.stdout.trim()).toBe("0.1.0");
    const bad = await exec("node", ["bin/plan.js", "parse", "missing.pdf"], { cwd: ROOT }).catch(
      (e) => e,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("plan: missing.pdf: no such file\n");
  });
});

function write(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
