/**
 * Issue #14: nothing lost. An output never replaces an input, a symlink is
 * written through, a file keeps its mode, a FIFO stays a FIFO, two plans
 * never share an output name, a write error is one line, and temporary
 * files are removed on Ctrl-C and swept by the next run.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as hostile from "./helpers/hostile.js";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i14-out-"));
const fresh = () => mkdtempSync(join(tmp, "case-"));
const BODY = `${ROOT}fixtures/hungyen/hungyen-body.txt`;

describe("#14 an output that is an input is refused", () => {
  it("plan parse x.pdf -o x.pdf keeps the PDF, exit 2", async () => {
    const dir = fresh();
    const pdf = join(dir, "hue-body.pdf");
    copyFileSync(`${ROOT}fixtures/hue/hue-body.pdf`, pdf);
    const before = readFileSync(pdf);
    const r = await run(["parse", pdf, "-o", pdf]);
    expect(r.stderr).toBe(
      `plan: ${pdf}: is an input of this run; refusing to overwrite it with the output (choose another -o)\n`,
    );
    expect(r.code).toBe(2);
    expect(readFileSync(pdf).equals(before)).toBe(true);
  });

  it("a hard link to the input is the same file", async () => {
    const dir = fresh();
    const txt = join(dir, "body.txt");
    copyFileSync(BODY, txt);
    linkSync(txt, join(dir, "out.yaml"));
    const r = await run(["parse", txt, "-o", join(dir, "out.yaml")]);
    expect(r.stderr).toBe(
      `plan: ${join(dir, "out.yaml")}: is an input of this run (the same file as ${txt}); refusing to overwrite it with the output (choose another -o)\n`,
    );
    expect(r.code).toBe(2);
    expect(readFileSync(txt, "utf8")).toBe(readFileSync(BODY, "utf8"));
  });

  it("plan diff plan.yaml -f html -o plan.yaml keeps the reviewed YAML", async () => {
    const dir = fresh();
    const yaml = join(dir, "plan.yaml");
    copyFileSync(`${ROOT}fixtures/hue/expected.yaml`, yaml);
    const r = await run(["diff", yaml, "-f", "html", "-o", yaml]);
    expect(r.stderr).toMatch(
      /^plan: .*plan\.yaml: is an input of this run; refusing to overwrite it/,
    );
    expect(r.code).toBe(2);
    expect(readFileSync(yaml, "utf8")).toBe(
      readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8"),
    );
  });

  it("in a batch, an output that would land on an input is refused before parsing", async () => {
    const dir = fresh();
    copyFileSync(BODY, join(dir, "p.yaml")); // a text dump someone named .yaml
    copyFileSync(BODY, join(dir, "q.txt"));
    const r = await run(["parse", "p.yaml", "q.txt", "-o", "./"], {}, { cwd: dir });
    expect(r.stderr).toBe(
      "plan: p.yaml: is an input of this run; refusing to overwrite it with the output (choose another -o)\n",
    );
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "p.yaml"), "utf8")).toBe(readFileSync(BODY, "utf8"));
    expect(existsSync(join(dir, "q.yaml"))).toBe(false);
  });
});

describe("#14 what is at the output path is respected", () => {
  it("a symlink is written through and stays a link; the target keeps mode 0600", async () => {
    const dir = fresh();
    const target = join(dir, "real.yaml");
    writeFileSync(target, "old");
    chmodSync(target, 0o600);
    symlinkSync("real.yaml", join(dir, "link.yaml"));
    const r = await run(["parse", BODY, "-o", join(dir, "link.yaml")]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.yaml"))).toBe("real.yaml");
    expect(readFileSync(target, "utf8")).toMatch(/^# yaml-language-server/);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(["link.yaml", "real.yaml"]);
  });

  it("a FIFO is written to, not renamed over", async () => {
    const dir = fresh();
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let got = "";
    reader.stdout.on("data", (d) => (got += d));
    const closed = new Promise((resolve) => reader.on("close", resolve));
    const r = await run(["parse", BODY, "-o", fifo]);
    await closed;
    expect(r.code).toBe(0);
    expect(got).toMatch(/^# yaml-language-server/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a write error is one line and exit 2, not an unhandled rejection", async () => {
    const dir = fresh();
    writeFileSync(join(dir, "file"), "x");
    const out = join(dir, "file", "out.yaml");
    const r = await run(["parse", BODY, "-o", out]);
    expect(r.stderr).toBe(
      `plan: ${out}: cannot write the output: a part of its path is a file, not a folder\n`,
    );
    expect(r.code).toBe(2);
  });
});

describe("#14 output names are unique per run", () => {
  it("a/x, b/x and a-x make three outputs, the collision said on stderr", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(BODY, join(dir, "a", "x.txt"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.txt`, join(dir, "b", "x.txt"));
    copyFileSync(`${ROOT}fixtures/hue/hue-body.txt`, join(dir, "a-x.txt"));
    const r = await run(
      ["parse", "a/x.txt", "b/x.txt", "a-x.txt", "-o", "out/", "-q"],
      {},
      { cwd: dir },
    );
    expect(r.stderr).toBe("plan: a-x.txt: written as a-x-2.yaml: a/x.txt is written as a-x.yaml\n");
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a-x-2.yaml", "a-x.yaml", "b-x.yaml"]);
    expect(readFileSync(join(dir, "out", "a-x-2.yaml"), "utf8")).toMatch(/Thừa Thiên Huế|Huế/);
  });
});

describe("#14 temporary files", () => {
  it("the next run sweeps stale temporary files of ours, and only those", async () => {
    const dir = fresh();
    const gone = spawnSync("true").pid!; // a process id that has ended
    const stale = `.plan.yaml.${gone.toString(16).padStart(8, "0")}0badc0de.tmp`;
    const old = ".other.yaml.0123456789ab.tmp"; // the older name, without a pid: stale after an hour
    const live = `.plan.yaml.${process.pid.toString(16).padStart(8, "0")}12345678.tmp`;
    for (const n of [stale, old, live, ".notes.tmp", "keep.tmp"]) writeFileSync(join(dir, n), "x");
    const hourAgo = Date.now() / 1000 - 7200;
    utimesSync(join(dir, old), hourAgo, hourAgo);
    const r = await run(["parse", BODY, "-o", join(dir, "plan.yaml")]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, ".notes.tmp", "keep.tmp", "plan.yaml"].sort());
  });

  it("Ctrl-C during a parse leaves no temporary folder", async () => {
    const dir = fresh();
    const pdf = join(dir, "slow.pdf");
    writeFileSync(pdf, hostile.nestedQPdf(50_000));
    const child = spawn(
      process.execPath,
      [`${ROOT}bin/plan.js`, "parse", pdf, "-o", join(dir, "out.yaml")],
      { env: { ...process.env, TMPDIR: dir } },
    );
    await new Promise((r) => setTimeout(r, 1500));
    const during = readdirSync(dir).filter((n) => n.startsWith("plan-job-"));
    child.kill("SIGINT");
    const signal = await new Promise((r) => child.on("exit", (_, sig) => r(sig)));
    expect(during).toHaveLength(1);
    expect(signal).toBe("SIGINT");
    expect(readdirSync(dir).sort()).toEqual(["slow.pdf"]);
  }, 20_000);
});
