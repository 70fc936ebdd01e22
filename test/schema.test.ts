import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../src/model/schema.js";
import { ROOT, run } from "./helpers/run.js";

describe("schemas/plan.schema.json", () => {
  it("is what the zod model generates (run `npm run schema` after changing the model)", () => {
    const committed = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, "utf8"));
    expect(committed).toEqual(planJsonSchema());
  });

  it("is draft-07 and rejects unknown keys at the top level", () => {
    const s = planJsonSchema();
    expect(s.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(s.additionalProperties).toBe(false);
  });

  it("is printed by `plan schema`", async () => {
    const r = await run(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(planJsonSchema());
    expect(r.stderr).toBe("");
  });
});
