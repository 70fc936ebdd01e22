/**
 * #11: the library API users' scripts import. parse, validate and diff give
 * the same results as the commands, as data; an unusable input is an
 * InputError with its file and reason.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diff, InputError, parse, validate } from "../src/index.js";
import { ROOT } from "./helpers/run.js";

describe("#11 library API", () => {
  it("parse: a plan from its body and appendix, as `plan parse` gives it", async () => {
    const { plan, diagnostics } = await parse(
      ["fixtures/hue/hue-body.pdf", "fixtures/hue/hue-appendix.pdf"],
      { cwd: ROOT },
    );
    expect(plan.document.number).toBe("127/QĐ-UBND");
    expect(plan.tasks).toHaveLength(50);
    expect(plan.provenance?.files.map((f) => f.path)).toEqual(["hue-body.pdf", "hue-appendix.pdf"]);
    expect(diagnostics.every((d) => d.file?.startsWith("fixtures/hue/"))).toBe(true);
  });

  it("parse: an unusable input throws InputError naming the file", async () => {
    const err = await parse("fixtures/hue/missing.pdf", { cwd: ROOT }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ file: "fixtures/hue/missing.pdf", reason: "no such file" });
  });

  it("validate: a valid model gives the plan; an invalid one its problems at line and column", () => {
    const ok = validate(readFileSync(`${ROOT}fixtures/validate/valid.yaml`, "utf8"), "valid.yaml");
    expect(ok.valid).toBe(true);
    expect(ok.plan?.schemaVersion).toBe(1);
    const bad = validate(
      readFileSync(`${ROOT}fixtures/validate/unquoted-year.yaml`, "utf8"),
      "unquoted-year.yaml",
    );
    expect(bad.valid).toBe(false);
    expect(bad.plan).toBeUndefined();
    expect(bad.diagnostics[0]).toMatchObject({
      file: "unquoted-year.yaml",
      severity: "error",
      ruleId: "wrong-type",
    });
    expect(bad.diagnostics[0].line).toBeGreaterThan(1);
  });

  it("diff: a plan against Resolution 397 and against itself", () => {
    const hue = validate(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8")).plan!;
    const against397 = diff("397", { name: "hue", plan: hue });
    expect(against397.reference.name).toBe("397/NQ-CP");
    expect(against397.plan.name).toBe("hue");
    expect(against397.findings.length).toBeGreaterThan(0);
    expect(diff(hue, hue).findings).toEqual([]);
  });
});
