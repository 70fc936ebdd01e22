/**
 * Issue #15: plan validate reports every problem in one pass (syntax, schema
 * and domain rules together), one root error for an indentation slip at the
 * line that slipped, both places of a duplicate id, "did you mean" for a
 * misspelled key, a plain message for each YAML construct a plan does not
 * use, and unreadable files in the summary. Each case is the whole output.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateText } from "../src/validate/index.js";
import { nearest } from "../src/validate/suggest.js";
import { ROOT, run, snapshotText } from "./helpers/run.js";

const V = "fixtures/validate";

async function snapshot(args: string[]) {
  const r = await run(args);
  await expect(snapshotText(args, r)).toMatchFileSnapshot(
    `snapshots/issue-15/${args.join(" ").replace(/[/\\]/g, "_")}.md`,
  );
  return r;
}

describe("#15 plan validate: every problem in one pass", () => {
  it("a file broken six ways reports all six: syntax, schema and domain rules together", async () => {
    const r = await snapshot(["validate", `${V}/broken-six-ways.yaml`]);
    expect(r.code).toBe(1);
    const json = await run(["validate", `${V}/broken-six-ways.yaml`, "--format", "json"]);
    const rules = JSON.parse(json.stdout).diagnostics.map(
      (d: { line: number; ruleId: string }) => `${d.line} ${d.ruleId}`,
    );
    expect(rules).toEqual([
      "8 yaml-duplicate-key",
      "13 wrong-type",
      "19 duplicate-id",
      "34 invalid-date",
      "35 unknown-key",
      "48 yaml-indentation",
    ]);
  });

  it("a line indented two spaces less gives one root error at that line, not 11", async () => {
    const r = await snapshot(["validate", `${V}/indent-less.yaml`]);
    expect(r.stderr).toMatch(
      /^fixtures\/validate\/indent-less.yaml:30:3: error: "parent" is indented less/,
    );
    expect(r.stderr.match(/: error: /g)).toHaveLength(1);
  });

  it("a line indented more is reported at that line, in our words", async () => {
    const r = await snapshot(["validate", `${V}/indent-more.yaml`]);
    expect(r.stderr).toMatch(
      /^fixtures\/validate\/indent-more.yaml:31:7: error: "text" is indented more than "parent" on line 30/,
    );
  });

  it("a duplicate id names the first place and the repeat", async () => {
    const r = await snapshot(["validate", `${V}/duplicate-id.yaml`]);
    expect(r.stderr).toContain(
      'duplicate-id.yaml:36:9: error: duplicate id "t-1.1": first used at line 28, column 9',
    );
  });

  it("a duplicate key names the first place and the repeat too", async () => {
    const r = await run(["validate", `${V}/duplicate-key.yaml`]);
    expect(r.stderr).toContain(
      'duplicate-key.yaml:9:3: error: "locality" appears twice in this mapping (first at line 8, column 3); keep one',
    );
  });

  it("a misspelled key gets a did-you-mean, and no second error for the key it lacks", async () => {
    const r = await snapshot(["validate", `${V}/misspelled-key.yaml`]);
    expect(r.stderr).toContain('unknown key "txet"; did you mean "text"?');
    expect(r.stderr).not.toContain("missing required key");
  });

  it.each(["yaml11-timestamp", "infinity", "omap", "several-documents", "cr-only"])(
    "%s.yaml: a message about the construct, at its place",
    async (name) => {
      const r = await snapshot(["validate", `${V}/${name}.yaml`]);
      expect(r.code).toBe(1);
      expect(r.stderr.match(/: error: /g)).toHaveLength(1);
      expect(r.stderr).not.toMatch(
        /YAML\.parseAllDocuments|expects seq|found number null|found an empty document/,
      );
    },
  );

  it("an unreadable file is counted in the summary, and exit 2", async () => {
    const r = await snapshot(["validate", `${V}/valid.yaml`, `${V}/nope.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2 files checked, 1 unreadable, 0 invalid, 0 problems");
  });
});

describe("#15 indentation roots and suggestions, on edited copies of valid.yaml", () => {
  const valid = readFileSync(`${ROOT}${V}/valid.yaml`, "utf8");
  const edit = (from: string, to: string) => {
    expect(valid).toContain(from);
    return valid.replace(from, to);
  };

  it("a valid multi-line plain scalar before the slip is not taken for it", () => {
    const text = edit(
      '    text: "Rà soát các quy định."',
      "    text: Rà soát\n      các quy định.",
    ).replace("    output: null", "      output: null");
    const d = validateText("x.yaml", text);
    expect(d.map((x) => [x.line, x.column, x.ruleId])).toEqual([[42, 7, "yaml-indentation"]]);
    expect(d[0].message).toBe(
      '"output" is indented more than "deadline" on line 41, which already has its value: line it up with line 41 (column 5)',
    );
  });

  it("a first key indented too far, then its siblings less: one error, in its section", () => {
    const d = validateText(
      "x.yaml",
      edit("  kind: plan", "    kind: plan").replace('"2026-02"', '"2026-02-30"'),
    );
    expect(d.map((x) => [x.line, x.ruleId])).toEqual([
      [5, "yaml-indentation"],
      [32, "invalid-date"],
    ]);
  });

  it("an unclosed flow collection keeps yaml's own words", () => {
    const d = validateText("x.yaml", "schemaVersion: 1\ndocument: [unclosed\n");
    expect(d.find((x) => x.ruleId.startsWith("yaml-"))?.message).toMatch(
      /^Flow sequence .* end with a \]$/,
    );
  });

  it.each([
    ["txet", ["text", "id", "group"], "text"],
    ["ouput", ["output", "lead"], "output"],
    ["deadlines", ["deadline"], "deadline"],
    ["colour", ["text", "lead"], undefined],
  ])("nearest(%s) → %s", (word, keys, expected) => {
    expect(nearest(word, keys)).toBe(expected);
  });
});
