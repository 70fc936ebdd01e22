/**
 * Issue #4: plan validate reports each problem of a broken file at its real
 * line and column, in every format; every output of plan parse validates,
 * also under ajv with the committed JSON Schema.
 */
import { readdirSync, readFileSync } from "node:fs";
import AjvModule from "ajv";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

const V = "fixtures/validate";

/** file → the first error's [line, column, rule id] */
const BROKEN: [string, number, number, string][] = [
  ["wrong-type", 12, 12, "wrong-type"],
  ["unquoted-year", 32, 49, "wrong-type"],
  ["unknown-key", 33, 5, "unknown-key"],
  ["missing-field", 28, 5, "missing-key"],
  ["dangling-parent", 38, 13, "dangling-parent"],
  ["duplicate-id", 36, 9, "duplicate-id"],
  ["bad-date", 10, 9, "invalid-date"],
  ["bad-enum", 40, 44, "invalid-value"],
  ["syntax-error", 5, 30, "yaml-missing-char"],
  ["tab-indent", 7, 1, "yaml-tab-as-indent"],
  ["duplicate-key", 9, 3, "yaml-duplicate-key"],
  ["not-a-mapping", 1, 1, "not-a-mapping"],
  ["custom-tag", 45, 12, "yaml-tag-resolve-failed"],
  ["alias-bomb", 1, 1, "yaml-alias"],
  // issue #6 fuzz: yaml printed a console warning and went on.
  ["complex-key", 5, 3, "complex-key"],
];

describe("plan validate on broken files", () => {
  it.each(BROKEN)(
    "%s.yaml: error at %i:%i [%s], exit 1, in every format",
    async (name, line, column, rule) => {
      const file = `${V}/${name}.yaml`;
      const json = await run(["validate", file, "--format", "json"]);
      expect(json.code).toBe(1);
      const diags = JSON.parse(json.stdout).diagnostics;
      const hit = diags.find((d: { ruleId: string }) => d.ruleId === rule);
      expect(hit, JSON.stringify(diags)).toMatchObject({ file, line, column, severity: "error" });

      const text = await run(["validate", file, "--format", "text"]);
      expect(text.code).toBe(1);
      expect(text.stdout).toBe("");
      expect(text.stderr).toContain(`${file}:${line}:${column}: error: `);
      expect(text.stderr).toContain(`[${rule}]`);

      const gh = await run(["validate", file, "--format", "github"]);
      expect(gh.stdout).toMatch(
        new RegExp(`^::error file=${file.replace(/[./]/g, "\\$&")},line=${line},`, "m"),
      );

      const sarif = JSON.parse((await run(["validate", file, "--format", "sarif"])).stdout);
      expect(sarif.version).toBe("2.1.0");
      const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === rule);
      expect(result.locations[0].physicalLocation.region).toMatchObject({
        startLine: line,
        startColumn: column,
      });
    },
  );

  it("explains YAML's number coercion with the text as written", async () => {
    const r = await run(["validate", `${V}/unquoted-year.yaml`, "--format", "json"]);
    const d = JSON.parse(r.stdout).diagnostics[0];
    expect(d.message).toBe(
      'expected string, found number 2026: `2026` is read as a number; quote it: "2026"',
    );
    expect(d.pointer).toBe("/tasks/0/deadline/due");
    expect(d.actual).toBe("2026");
  });

  it("prints a code frame in text format", async () => {
    const r = await run(["validate", `${V}/dangling-parent.yaml`]);
    await expect(r.stderr).toMatchFileSnapshot("snapshots/validate dangling-parent.txt");
  });

  it("picks GitHub annotations under GitHub Actions (--format auto)", async () => {
    const r = await run(["validate", `${V}/bad-date.yaml`], { GITHUB_ACTIONS: "true" });
    expect(r.stdout).toMatch(/^::error file=/);
  });

  it("escapes annotation properties and messages", async () => {
    const r = await run(["validate", `${V}/bad-enum.yaml`, "--format", "github"]);
    expect(r.stdout).toContain("title=invalid-value::");
    expect(
      r.stdout
        .trim()
        .split("\n")
        .every((l) => l.startsWith("::")),
    ).toBe(true);
  });
});

describe("plan validate on good files and globs", () => {
  it("a valid file: exit 0, nothing on stdout", async () => {
    const r = await run(["validate", `${V}/valid.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("1 file checked, 0 invalid, 0 problems\n");
  });

  it("expands a quoted glob and checks every file", async () => {
    const r = await run(["validate", `${V}/*.yaml`, "--format", "json"]);
    expect(r.code).toBe(1);
    const files = new Set(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file));
    // Every broken fixture (this issue's and #15's), all but valid.yaml.
    expect(files.size).toBe(
      readdirSync(`${ROOT}${V}`).filter((f) => f.endsWith(".yaml") && f !== "valid.yaml").length,
    );
  });

  it("a missing file is an I/O error: exit 2", async () => {
    const r = await run(["validate", `${V}/nope.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`plan: ${V}/nope.yaml: no such file`);
  });
});

describe("every output of plan parse validates", () => {
  // ajv is CommonJS: under NodeNext its class is the default export's `default`.
  const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
  const ajv = new (
    Ajv as unknown as new (
      o: object,
    ) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } }
  )({ allErrors: true, strict: false });
  const validateSchema = ajv.compile(
    JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, "utf8")),
  );
  it.each([
    ["fixtures/hue/hue-body.pdf", "fixtures/hue/hue-appendix.pdf"],
    ["fixtures/hue/hue-body.docx", "fixtures/hue/hue-appendix.docx"],
    ["fixtures/cantho/cantho-body.pdf"],
    ["fixtures/hungyen/hungyen-body.txt"],
    ["fixtures/variants/stt-fullwidth-portrait.pdf"],
  ])("%s", async (...files) => {
    const out = `/tmp/plan-validate-${files[0].replace(/\W/g, "_")}.yaml`;
    expect((await run(["parse", ...files, "-o", out, "-q"])).code).toBe(0);
    const r = await run(["validate", out, "--format", "json"]);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
    expect(r.code).toBe(0);
    const json = JSON.parse((await run(["parse", ...files, "-f", "json", "-q"])).stdout);
    expect(validateSchema(json), JSON.stringify(validateSchema.errors)).toBe(true);
  });
});
