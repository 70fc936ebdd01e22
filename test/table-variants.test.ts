/**
 * Issue #3: appendix layouts other than Huế's, each rendered from a DOCX by
 * LibreOffice (scripts/make-variant-fixtures.mjs; outputs committed):
 * other header wordings and column order, an STT column, groups as
 * full-width rows, a two-level header, no repeated header, portrait pages,
 * agencies as "- " lines or separated by ";", w:vMerge / w:gridSpan, and
 * borders drawn as thin filled rectangles (Word) instead of strokes.
 */
import { readFileSync } from "node:fs";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

interface ExpectedTask {
  id: string;
  group: string;
  parent: string | null;
  text: string;
  deadlineRaw: string;
  output: string;
  lead: string[];
  coordinate: string[];
}
const want = JSON.parse(readFileSync(`${ROOT}fixtures/variants/expected.json`, "utf8")) as {
  taskGroups: unknown[];
  tasks: ExpectedTask[];
};

const VARIANTS = [
  "merged-first-column.docx",
  "merged-first-column.pdf",
  "word-borders.pdf",
  "stt-fullwidth-portrait.docx",
  "stt-fullwidth-portrait.pdf",
  "two-level-header.docx",
  "two-level-header.pdf",
  "borderless.docx",
];

describe.each(VARIANTS)("%s", (file) => {
  it("gives every group and task of the spec, every field equal, with no warning", async () => {
    const r = await run(["parse", `fixtures/variants/${file}`, "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.taskGroups).toEqual(want.taskGroups);
    const tasks = got.tasks.map((t: Record<string, any>) => ({
      id: t.id,
      group: t.group,
      parent: t.parent,
      text: t.text,
      deadlineRaw: t.deadline.raw,
      output: t.output,
      lead: t.lead,
      coordinate: t.coordinate,
    }));
    expect(tasks).toEqual(
      want.tasks.map(({ mergedLead: _, ...t }: ExpectedTask & { mergedLead?: boolean }) => t),
    );
    expect(got.provenance.warnings).toEqual([]);
    expect(r.stderr).toBe("");
  });
});

describe("word-borders.pdf", () => {
  it("draws its rulings as filled rectangles only, where merged-first-column.pdf strokes them", async () => {
    const count = async (file: string) => {
      const doc = await getDocument({
        data: new Uint8Array(readFileSync(`${ROOT}fixtures/variants/${file}`)),
        verbosity: 0,
      }).promise;
      const ol = await (await doc.getPage(1)).getOperatorList();
      const paints = ol.fnArray.flatMap((fn, i) =>
        fn === OPS.constructPath ? [(ol.argsArray[i] as number[])[0]] : [],
      );
      await doc.destroy();
      return {
        strokes: paints.filter((p) => p === OPS.stroke).length,
        fills: paints.filter((p) => p === OPS.fill).length,
      };
    };
    const word = await count("word-borders.pdf");
    const lo = await count("merged-first-column.pdf");
    expect(lo.strokes).toBeGreaterThan(10);
    expect(word.strokes).toBe(0);
    expect(word.fills).toBeGreaterThanOrEqual(lo.strokes);
  });
});

describe("borderless.pdf (no rulings: columns from text alignment)", () => {
  it("gives every task; rows whose lead cell was merged in the source are flagged, not guessed", async () => {
    const r = await run(["parse", "fixtures/variants/borderless.pdf", "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.taskGroups).toEqual(want.taskGroups);
    const merged = (want.tasks as (ExpectedTask & { mergedLead: boolean })[]).filter(
      (t) => t.mergedLead,
    );
    expect(merged.map((t) => t.id)).toEqual(["t-1.1.2", "t-2.2", "t-2.3"]);
    for (const exp of want.tasks as (ExpectedTask & { mergedLead: boolean })[]) {
      const t = got.tasks.find((x: { id: string }) => x.id === exp.id);
      expect({
        group: t.group,
        parent: t.parent,
        text: t.text,
        deadlineRaw: t.deadline.raw,
        output: t.output,
      }).toEqual({
        group: exp.group,
        parent: exp.parent,
        text: exp.text,
        deadlineRaw: exp.deadlineRaw,
        output: exp.output,
      });
      if (exp.mergedLead) {
        expect(t.lead).toEqual([]);
        expect(got.provenance.warnings).toContainEqual(
          expect.objectContaining({ code: "lead-empty", rowId: exp.id, page: t.source.page }),
        );
      } else {
        expect([t.lead, t.coordinate]).toEqual([exp.lead, exp.coordinate]);
      }
    }
    expect(got.tasks).toHaveLength(want.tasks.length);
  });
});
