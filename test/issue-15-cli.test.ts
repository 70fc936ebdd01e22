/**
 * Issue #15: the command line as its users expect it. Globs through a
 * maintained library (absolute, braces, classes, negation) for every
 * command; EPIPE ends quietly; flags checked (-o FILE with several plans,
 * -j, colour, --fail-on); `+` joins files only where both exist; YAML output
 * without aliases; a schema modeline that resolves from the output.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, run, snapshotText, type RunResult } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i15-"));

/** The whole output, with this machine's paths made neutral. */
async function snapshot(args: string[], r: RunResult, name = args.join(" ")) {
  const neutral = (s: string) => s.split(ROOT).join("<ROOT>/").split(tmp).join("<TMP>");
  const shown = { code: r.code, stdout: neutral(r.stdout), stderr: neutral(r.stderr) };
  await expect(snapshotText(args.map(neutral), shown)).toMatchFileSnapshot(
    `snapshots/issue-15/${neutral(name)
      .replace(/[/\\*?]/g, "_")
      .replace(/[<>]/g, "")}.md`,
  );
}

async function check(args: string[], env: Record<string, string> = {}) {
  const r = await run(args, env);
  await snapshot(args, r);
  return r;
}

const checkedFiles = (r: RunResult) =>
  JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file.replace(ROOT, "<ROOT>/"));

describe("#15 globs: absolute, braces, classes, negation, for every command", () => {
  it("validate: a quoted absolute glob with braces", async () => {
    const r = await check(["validate", `${ROOT}fixtures/validate/{bad-date,bad-enum}.yaml`]);
    expect(r.stderr).toContain("2 files checked, 2 invalid");
  });

  it("validate: a character class, and '!pattern' removes matches", async () => {
    const r = await run([
      "validate",
      "fixtures/validate/[a-b]*.yaml",
      "!**/alias-bomb.yaml",
      "--format",
      "json",
    ]);
    expect([...new Set(checkedFiles(r))]).toEqual([
      "fixtures/validate/bad-date.yaml",
      "fixtures/validate/bad-enum.yaml",
      "fixtures/validate/broken-six-ways.yaml",
    ]);
  });

  it("diff: braces in --against coverage", async () => {
    const r = await run([
      "diff",
      "--against",
      "397",
      "fixtures/{hue,cantho}/expected.yaml",
      "-f",
      "json",
    ]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).plans).toEqual([
      "fixtures/cantho/expected.yaml",
      "fixtures/hue/expected.yaml",
    ]);
  });

  it("parse: a class picks the text dump, an absolute glob the same file", async () => {
    const a = await run(["parse", "fixtures/hungyen/hungyen-body.[t]xt", "-f", "json", "-q"]);
    const b = await run(["parse", `${ROOT}fixtures/hungyen/hungyen-body.t?t`, "-f", "json", "-q"]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).objectives.specific.length).toBeGreaterThan(0);
    expect(JSON.parse(b.stdout).objectives).toEqual(JSON.parse(a.stdout).objectives);
  });

  it("a glob that matches nothing is one line and exit 2", async () => {
    const r = await check(["validate", "fixtures/validate/{none,nothing}-*.yaml"]);
    expect(r.code).toBe(2);
  });
});

/** bin/plan.js with a reader that leaves after the first chunk, as `| head -c1` does. */
function runClosingPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/plan.js"), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (b) => (stderr += b));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("#15 EPIPE: a reader that leaves early", () => {
  it("plan parse | head: exit 0, nothing on stderr", async () => {
    expect(
      await runClosingPipe([
        "parse",
        "fixtures/hue/hue-body.pdf",
        "fixtures/hue/hue-appendix.pdf",
        "-f",
        "json",
        "-q",
      ]),
    ).toEqual({ code: 0, stderr: "" });
  });

  it("plan diff | head: exit 1 for its findings, as without the pipe, nothing on stderr", async () => {
    expect(await runClosingPipe(["diff", "fixtures/hue/expected.yaml", "-f", "json"])).toEqual({
      code: 1,
      stderr: "",
    });
  });
});

describe("#15 flags", () => {
  it("-o FILE with several plans is a usage error, and nothing is created", async () => {
    const out = join(tmp, "plans.yaml");
    const r = await check([
      "parse",
      "fixtures/hungyen/hungyen-body.txt",
      "fixtures/cantho/cantho-body.txt",
      "-o",
      out,
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.each(["0", "abc", "1.5", "-2"])("-j %s is a usage error", async (n) => {
    const r = await check(["parse", "fixtures/hungyen/hungyen-body.txt", `-j${n}`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("-j 2 is accepted", async () => {
    const r = await run([
      "parse",
      "fixtures/hungyen/hungyen-body.txt",
      "fixtures/cantho/cantho-body.txt",
      "-o",
      `${tmp}/j2/`,
      "-j",
      "2",
      "-q",
    ]);
    expect(r.code).toBe(0);
  });

  it("--fail-on '' (an unset CI variable) and unknown kinds are refused", async () => {
    expect((await check(["diff", "fixtures/hungyen/expected.yaml", "--fail-on", ""])).code).toBe(2);
    expect((await check(["diff", "fixtures/hungyen/expected.yaml", "--fail-on", ","])).code).toBe(
      2,
    );
    expect(
      (await check(["diff", "fixtures/hungyen/expected.yaml", "--fail-on", "missing,bogus"])).code,
    ).toBe(2);
  });

  const ESC = "\u001b[";
  const colored = async (args: string[], env: Record<string, string>, stdoutIsTTY: boolean) =>
    (
      await run(["diff", "fixtures/hungyen/expected.yaml", ...args], env, { stdoutIsTTY })
    ).stdout.includes(ESC);
  it.each([
    ["a terminal", [], {}, true, true],
    ["a pipe", [], {}, false, false],
    ["--color on a pipe", ["--color"], {}, false, true],
    ["--no-color on a terminal", ["--no-color"], {}, true, false],
    ["NO_COLOR=1 on a terminal", [], { NO_COLOR: "1" }, true, false],
    ["an empty NO_COLOR= on a terminal", [], { NO_COLOR: "" }, true, true],
    ["FORCE_COLOR=1 on a pipe", [], { FORCE_COLOR: "1" }, false, true],
    ["FORCE_COLOR=0 on a terminal", [], { FORCE_COLOR: "0" }, true, false],
    ["FORCE_COLOR=1 beats NO_COLOR=1", [], { FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
    ["--no-color beats FORCE_COLOR=1", ["--no-color"], { FORCE_COLOR: "1" }, true, false],
    ["TERM=dumb on a terminal", [], { TERM: "dumb" }, true, false],
  ] as const)("colour with %s: %s", async (_, args, env, tty, expected) => {
    expect(await colored([...args], { ...env }, tty)).toBe(expected);
  });
});

describe("#15 diff: '+' joins files only where both sides exist", () => {
  it("a file named a+b.yaml is one plan", async () => {
    copyFileSync(join(ROOT, "fixtures/hungyen/expected.yaml"), join(tmp, "a+b.yaml"));
    const r = await run(["diff", join(tmp, "a+b.yaml"), "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).plan.name).toBe(join(tmp, "a+b.yaml"));
  });

  it("a missing a+b.yaml is named whole", async () => {
    const r = await check(["diff", "fixtures/nope+b.yaml"]);
    expect(r.code).toBe(2);
  });

  it("body+appendix still joins two documents", async () => {
    const r = await run([
      "diff",
      "fixtures/hue/hue-body.pdf+fixtures/hue/hue-appendix.pdf",
      "-f",
      "json",
      "-q",
    ]);
    expect(JSON.parse(r.stdout).summary).toBeDefined();
  });
});

describe("#15 YAML output", () => {
  it("has no anchors or aliases: tasks sharing a merged cell get a copy each", async () => {
    const r = await run(["parse", "fixtures/variants/merged-first-column.pdf", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/(:|-) [&*]a\d+/);
    const plan = parse(r.stdout);
    const leads = plan.tasks.map((t: { lead: string[] }) => JSON.stringify(t.lead));
    // The variant has tasks whose lead comes from one merged cell: equal values, written twice.
    expect(leads.length).toBeGreaterThan(new Set(leads).size);
  });

  it("starts with a modeline that resolves from the output file's folder", async () => {
    const out = join(tmp, "deep/er/hungyen.yaml");
    expect((await run(["parse", "fixtures/hungyen/hungyen-body.txt", "-o", out, "-q"])).code).toBe(
      0,
    );
    const ref = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(out, "utf8"))![1];
    expect(ref).not.toMatch(/^https?:/);
    expect(existsSync(resolve(dirname(out), ref))).toBe(true);
    const stdout = (await run(["parse", "fixtures/hungyen/hungyen-body.txt", "-q"])).stdout;
    expect(stdout.split("\n")[0]).toBe("# yaml-language-server: $schema=schemas/plan.schema.json");
  });

  it("--schema-ref chooses another reference", async () => {
    const r = await run([
      "parse",
      "fixtures/hungyen/hungyen-body.txt",
      "-q",
      "--schema-ref",
      "https://example.org/plan.schema.json",
    ]);
    expect(r.stdout.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://example.org/plan.schema.json",
    );
  });
});

describe("#15 parse: a body without its appendix, and the batch summary", () => {
  it.each([
    "fixtures/hue/hue-body.pdf",
    "fixtures/cantho/cantho-body.docx",
    "fixtures/hungyen/hungyen-body.pdf",
  ])("%s alone: tasks [] and an appendix-missing warning quoting the body", async (file) => {
    const r = await run(["parse", file, "-f", "json"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.tasks).toEqual([]);
    expect(
      plan.provenance.warnings.filter((w: { code: string }) => w.code === "appendix-missing"),
    ).toHaveLength(1);
    expect(r.stderr).toMatch(
      /warning: the plan gives its tasks in an appendix \("[^"]*Phụ lục (kèm theo|đính kèm)[^"]*"\) that was not given/,
    );
  });

  it("with its appendix: no appendix-missing warning", async () => {
    const r = await run([
      "parse",
      "fixtures/hue/hue-body.pdf",
      "fixtures/hue/hue-appendix.pdf",
      "-f",
      "json",
    ]);
    expect(r.stderr).not.toContain("appendix-missing");
  });

  it("the batch summary lists each plan's tasks, warnings and OCR pages", async () => {
    const args = [
      "parse",
      "fixtures/hue/hue-body.txt",
      "fixtures/hue/hue-appendix.docx",
      "fixtures/cantho/cantho-body.txt",
      "-o",
      `${tmp}/batch/`,
      "-j",
      "1",
    ];
    const r = await run(args);
    expect(r.code).toBe(0);
    const summary = r.stderr
      .split("\n")
      .filter((l) => /^plan: \S+\.yaml: /.test(l) || l.startsWith("plan: parsed"));
    expect(summary).toEqual([
      "plan: hue.yaml: 50 tasks, 0 warnings, 0 OCR pages",
      "plan: cantho.yaml: 0 tasks, 1 warning, 0 OCR pages",
      `plan: parsed 2 of 2 plan(s) into ${tmp}/batch/`,
    ]);
  });
});
