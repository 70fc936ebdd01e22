/**
 * Issue #12: each failure the issue lists, on a sweep document of its own
 * (fixtures/sweep/, see test/issue-12-layout-sweep.test.ts), checked field
 * by field against the model the layout was typeset from.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanFiles } from "../src/parse.js";
import { ROOT } from "./helpers/run.js";

const DIR = `${ROOT}fixtures/sweep/`;
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, "utf8"));
const layout = (id: string) => manifest.layouts.find((l: { id: string }) => l.id === id);

async function parse(file: string) {
  const { plan, diagnostics } = await parsePlanFiles([{ path: DIR + file, name: file }]);
  return { plan, diagnostics };
}

describe("#12 failures the issue lists", () => {
  it("a column-number row (1) (2) ... under the header is no task (L227, both PDFs)", async () => {
    for (const file of ["L227.lo.pdf", "L227.chromium.pdf"]) {
      const { plan } = await parse(file);
      expect(layout("L227").dims.numberRow).toBe("yes");
      expect(plan.tasks.map((t) => t.text)).toEqual(
        layout("L227").expected.tasks.map((t: { text: string }) => t.text),
      );
    }
  });

  it("a table with no group rows gives one group g-1 titled by its caption (L247)", async () => {
    const { plan } = await parse("L247.chromium.pdf");
    expect(layout("L247").dims.groups).toBe("none");
    expect(plan.taskGroups).toEqual([
      { id: "g-1", number: 1, title: "NHIỆM VỤ, GIẢI PHÁP VÀ HÀNH ĐỘNG CỤ THỂ" },
    ]);
    expect(new Set(plan.tasks.map((t) => t.group))).toEqual(new Set(["g-1"]));
  });

  it("text drawn partly by a fallback font reads in order (L247.lo.pdf: Arial-metric font without Vietnamese)", async () => {
    const { plan, diagnostics } = await parse("L247.lo.pdf");
    expect(layout("L247").dims.font).toBe("arial");
    expect(plan.tasks.map((t) => t.text)).toEqual(
      layout("L247").expected.tasks.map((t: { text: string }) => t.text),
    );
    expect(diagnostics.filter((d) => d.ruleId === "garbled-text")).toEqual([]);
  });

  it("Nguồn kinh phí, Ghi chú and other columns are kept (L127 funding and note, L247 Cấp trình)", async () => {
    const a = (await parse("L127.chromium.pdf")).plan.tasks;
    const want = layout("L127").expected.tasks;
    expect(a.map((t) => [t.funding, t.note])).toEqual(
      want.map((t: { funding: string; note: string }) => [t.funding, t.note]),
    );
    const b = (await parse("L247.chromium.pdf")).plan.tasks;
    expect(b.map((t) => t.extra)).toEqual(
      layout("L247").expected.tasks.map((t: { extra: unknown }) => t.extra),
    );
  });

  it("centred cells of a table ruled between rows only land in their columns (L007.lo.pdf)", async () => {
    const { plan } = await parse("L007.lo.pdf");
    expect(layout("L007").dims).toMatchObject({ rulings: "horizontals", align: "center" });
    const want = layout("L007").expected.tasks;
    expect(plan.tasks.map((t) => [t.deadline.raw, t.output])).toEqual(
      want.map((t: { deadline: { raw: string }; output: string }) => [t.deadline.raw, t.output]),
    );
  });

  it("lead and coordinating cells merged across page breaks reach every row (L147.lo.pdf)", async () => {
    const { plan } = await parse("L147.lo.pdf");
    expect(layout("L147").dims.mergeSame).toBe("yes");
    const want = layout("L147").expected.tasks;
    expect(plan.tasks.map((t) => [t.lead, t.coordinate])).toEqual(
      want.map((t: { lead: string[]; coordinate: string[] }) => [t.lead, t.coordinate]),
    );
  });
});
