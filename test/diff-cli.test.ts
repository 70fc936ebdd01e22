/**
 * Issue #5: `plan diff` as a user sees it: whole outputs snapshotted per
 * command line, exit codes (0 clean, 1 findings, 2 bad input), --fail-on,
 * the coverage matrix, and bad inputs ending in one line with nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_KINDS } from "../src/diff/types.js";
import { run, snapshotText } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-diff-"));

describe("plan diff: whole output", () => {
  it.each([
    ["diff", "fixtures/cantho/expected.yaml"],
    ["diff", "fixtures/hungyen/expected.yaml", "-f", "markdown"],
    ["diff", "fixtures/hungyen/expected.yaml", "--lang", "en"],
    [
      "diff",
      "--against",
      "397",
      "fixtures/hue/expected.yaml",
      "fixtures/cantho/expected.yaml",
      "fixtures/hungyen/expected.yaml",
      "-f",
      "markdown",
    ],
  ])("plan %s", async (...args) => {
    const r = await run(args, { COLUMNS: "120" });
    const name = args.join(" ").replace(/[/\\]/g, "_");
    await expect(snapshotText(args, r)).toMatchFileSnapshot(`snapshots/${name}.md`);
  });
});

describe("plan diff --format json", () => {
  it("prints only JSON: findings with kind, section, ids, phrases, both texts and confidence", async () => {
    const r = await run([
      "diff",
      "fixtures/cantho/cantho-body.pdf",
      "--against",
      "397",
      "-f",
      "json",
    ]);
    // #15: the body alone names its appendix; the one warning says it was not given.
    expect(r.stderr).toMatch(
      /^fixtures\/cantho\/cantho-body.pdf \(page 3\): warning: [^\n]+ \[appendix-missing\]\n$/,
    );
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      formatVersion: 1,
      reference: { name: "397/NQ-CP" },
      plan: { name: "fixtures/cantho/cantho-body.pdf", locality: "Cần Thơ" },
    });
    expect(out.summary.elements).toEqual({ kept: 14, changed: 1, missing: 0, absent: 58 });
    const dropped = out.findings.find((f: { kind: string }) => f.kind === "phraseDropped");
    expect(dropped).toMatchObject({
      section: "viewpoints",
      referenceId: "vp-6",
      planId: "vp-6",
      dropped: ["rõ thời gian"],
      added: [],
      reference: { id: "vp-6", file: "397/NQ-CP" },
      plan: { id: "vp-6", file: "fixtures/cantho/cantho-body.pdf" },
      referenceBasis: "inferred",
    });
    expect(dropped.reference.text).toContain("rõ thời gian");
    expect(dropped.plan.text).not.toContain("rõ thời gian");
    expect(dropped.confidence).toBeGreaterThan(0.9);
  });
});

describe("exit codes and --fail-on", () => {
  it("0 when nothing differs", async () => {
    const r = await run([
      "diff",
      "fixtures/hue/expected.yaml",
      "fixtures/hue/expected.yaml",
      "-f",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
  it("1 on any finding by default; --fail-on narrows the kinds that count", async () => {
    expect((await run(["diff", "fixtures/cantho/expected.yaml", "-f", "json"])).code).toBe(1);
    expect(
      (
        await run([
          "diff",
          "fixtures/cantho/expected.yaml",
          "-f",
          "json",
          "--fail-on",
          "targetChanged,leadChanged",
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await run([
          "diff",
          "fixtures/cantho/expected.yaml",
          "-f",
          "json",
          "--fail-on",
          "phraseDropped",
        ])
      ).code,
    ).toBe(1);
    expect(
      (await run(["diff", "fixtures/cantho/expected.yaml", "-f", "json", "--fail-on", "none"]))
        .code,
    ).toBe(0);
  });
  it("an unknown kind in --fail-on is a usage error naming the kinds", async () => {
    const r = await run(["diff", "fixtures/cantho/expected.yaml", "--fail-on", "missng"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `plan: --fail-on: unknown finding kind missng (kinds: ${FINDING_KINDS.join(", ")}, or any, none)\n`,
    );
  });
});

describe("bad input: exit 2, one line, nothing written", () => {
  const broken = join(tmp, "broken.yaml");
  writeFileSync(broken, "schemaVersion: 1\ndocument: [unclosed\n");
  const invalid = join(tmp, "invalid.yaml");
  writeFileSync(
    invalid,
    readFileSync("fixtures/cantho/expected.yaml", "utf8").replace("horizon: 2030", "horizon: soon"),
  );
  it.each([
    ["broken YAML", [broken], /broken\.yaml: not a valid plan model: \d+:\d+: Flow sequence/],
    [
      "a model that breaks the schema",
      [invalid],
      /invalid\.yaml: not a valid plan model: \d+:\d+: expected number, found string "soon"$/,
    ],
    ["a missing plan", ["nope.yaml"], /^plan: nope\.yaml: no such file$/],
    [
      "a missing reference",
      ["fixtures/cantho/expected.yaml", "--against", "nope.pdf"],
      /^plan: nope\.pdf: no such file$/,
    ],
    [
      "three plans without --against",
      ["a.yaml", "b.yaml", "c.yaml"],
      /name the reference: --against 397/,
    ],
  ])("%s", async (_, args, message) => {
    const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.html`);
    const r = await run(["diff", ...args, "-f", "html", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the coverage matrix", () => {
  it("puts reference elements down and plans across, each cell kept, changed, missing or absent", async () => {
    const r = await run(["diff", "--against", "397", "fixtures/*/expected.yaml", "-f", "json"]);
    expect(r.code).toBe(1);
    const cov = JSON.parse(r.stdout);
    expect(cov.plans).toEqual([
      "fixtures/cantho/expected.yaml",
      "fixtures/hue/expected.yaml",
      "fixtures/hungyen/expected.yaml",
    ]);
    const row = (id: string) =>
      cov.rows.find((x: { referenceId: string }) => x.referenceId === id).cells;
    expect(row("vp-6")).toEqual(["changed", "kept", "changed"]);
    expect(row("vp-3")).toEqual(["kept", "changed", "kept"]);
    expect(row("t-1.1.1")).toEqual(["absent", "kept", "absent"]);
    expect(cov.rows).toHaveLength(7 + 1 + 6 + 8 + 50 + 1);
  });
});
