/**
 * Issue #15: `plan validate --format sarif` is valid SARIF 2.1.0 under the
 * official schema (test/schemas/, with its source), describes its rules from
 * the catalogue, names files relative to the working directory, and reports
 * a file it could not read as a tool execution notification.
 */
import { readFileSync } from "node:fs";
import Ajv04Module from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv04 = (Ajv04Module as unknown as { default: typeof Ajv04Module }).default ?? Ajv04Module;
type Validator = ((d: unknown) => boolean) & { errors?: unknown };
const ajv = new (Ajv04 as unknown as new (o: object) => { compile: (s: object) => Validator })({
  allErrors: true,
  strict: false,
  validateFormats: false,
});
const sarifSchema = ajv.compile(
  JSON.parse(readFileSync(`${ROOT}test/schemas/sarif-schema-2.1.0.json`, "utf8")),
);

const V = "fixtures/validate";

describe("#15 SARIF output", () => {
  it("validates against the official SARIF 2.1.0 schema, with notifications for unreadable files", async () => {
    const r = await run([
      "validate",
      `${V}/broken-six-ways.yaml`,
      `${V}/nope.yaml`,
      "--format",
      "sarif",
    ]);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(sarifSchema(log), JSON.stringify(sarifSchema.errors)).toBe(true);
    const run0 = log.runs[0];
    expect(run0.results).toHaveLength(6);
    expect(run0.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: "error",
          message: { text: `${V}/nope.yaml: no such file` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `${V}/nope.yaml`, uriBaseId: "%SRCROOT%" },
              },
            },
          ],
        },
      ],
    });
  });

  it("describes each rule in words, not by repeating its id, and makes up no informationUri", async () => {
    const r = await run(["validate", `${V}/broken-six-ways.yaml`, "--format", "sarif"]);
    const driver = JSON.parse(r.stdout).runs[0].tool.driver;
    expect(driver.informationUri).toBeUndefined();
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).not.toBe(rule.id);
      expect(rule.shortDescription.text).toMatch(/^[A-Z].{10,}\.$/);
    }
    expect(driver.rules.map((x: { id: string }) => x.id)).toEqual([
      "duplicate-id",
      "invalid-date",
      "unknown-key",
      "wrong-type",
      "yaml-duplicate-key",
      "yaml-indentation",
    ]);
  });

  it("names files relative to the working directory, also when given an absolute path", async () => {
    const r = await run(["validate", `${ROOT}${V}/bad-date.yaml`, "--format", "sarif"]);
    const log = JSON.parse(r.stdout);
    expect(sarifSchema(log), JSON.stringify(sarifSchema.errors)).toBe(true);
    expect(log.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe(new URL(`file://${ROOT}`).href);
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${V}/bad-date.yaml`, uriBaseId: "%SRCROOT%" },
      region: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 21 },
    });
  });
});
