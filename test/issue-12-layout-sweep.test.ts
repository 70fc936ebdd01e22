/**
 * Issue #12: a sample of the layout sweep (every 20th layout of seed 12,
 * each as DOCX, LibreOffice PDF and Chromium PDF; scripts/layout-sweep.mjs
 * --sample) parsed and scored field by field against the model it was
 * typeset from. Each document must keep at least the accuracy recorded in
 * fixtures/sweep/floor.json (a ratchet: raise it when the reader improves),
 * and every DOCX must be exact. The full 300-layout sweep is
 * `npm run sweep && npm run bench:tables`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELDS, ratio, scorePlan } from "../scripts/sweep/score.mjs";
import { parsePlanFiles } from "../src/parse.js";
import { ROOT } from "./helpers/run.js";

const DIR = `${ROOT}fixtures/sweep/`;
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, "utf8"));
const floor: Record<string, Record<string, number>> = JSON.parse(
  readFileSync(`${DIR}floor.json`, "utf8"),
);
interface Doc {
  producer: string;
  file: string;
  expected: unknown;
}
const docs: Doc[] = manifest.layouts.flatMap(
  (l: { files: Record<string, string>; expected: unknown }) =>
    Object.entries(l.files).map(([producer, file]) => ({ producer, file, expected: l.expected })),
);

describe("#12 layout sweep sample", () => {
  it("holds about 40 documents from two PDF producers and DOCX", () => {
    expect(docs.length).toBeGreaterThanOrEqual(39);
    expect(new Set(docs.map((d) => d.producer))).toEqual(new Set(["docx", "lo", "chromium"]));
  });

  it.each(docs)(
    "$file keeps its accuracy on every field",
    async ({ producer, file, expected }: Doc) => {
      const { plan } = await parsePlanFiles([{ path: DIR + file, name: file }]);
      const s = scorePlan(expected, plan);
      const got = Object.fromEntries(FIELDS.filter((f) => s[f][1]).map((f) => [f, ratio(s[f])!]));
      const want =
        producer === "docx" ? Object.fromEntries(Object.keys(got).map((f) => [f, 1])) : floor[file];
      for (const f of Object.keys(got))
        expect({ f, ok: got[f] >= want[f] - 1e-9, got: got[f] }).toMatchObject({ f, ok: true });
    },
  );
});
