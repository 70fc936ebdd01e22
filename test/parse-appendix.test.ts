/**
 * Issue #3: hue-appendix.pdf and hue-appendix.docx give the 8 groups and 50
 * tasks of expected.yaml, every field equal.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers/run.js";

const want = parse(readFileSync(`${ROOT}fixtures/hue/expected.yaml`, "utf8"));

/**
 * expected.yaml took its pages from the text dump, whose page breaks differ
 * from the PDF's: these rows start on the later page in hue-appendix.pdf
 * (checked by reading the PDF: page 3 begins with "+ Rà soát các quy định
 * quản lý nhà nước về chất lượng sản phẩm").
 */
const PDF_PAGES: Record<string, number> = { "t-1.1.7": 3, "t-1.1.8": 3, "t-2.1": 4 };

async function parseAppendix(file: string) {
  const r = await run(["parse", file, "-f", "json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe.each(["pdf", "docx"])("hue-appendix.%s", (format) => {
  it("gives the 8 task groups", async () => {
    const got = await parseAppendix(`fixtures/hue/hue-appendix.${format}`);
    expect(got.taskGroups).toEqual(want.taskGroups);
  });

  it("gives the 50 tasks, every field equal", async () => {
    const got = await parseAppendix(`fixtures/hue/hue-appendix.${format}`);
    expect(got.tasks.map((t: { id: string }) => t.id)).toEqual(
      want.tasks.map((t: { id: string }) => t.id),
    );
    for (const [i, exp] of want.tasks.entries()) {
      const task = got.tasks[i];
      for (const key of ["group", "parent", "text", "output", "lead", "coordinate"])
        expect(task[key], `${exp.id}.${key}`).toEqual(exp[key]);
      // `condition` is an optional model field the hand transcription does not use.
      const { condition, ...deadline } = task.deadline;
      expect(deadline, `${exp.id}.deadline`).toEqual(exp.deadline);
      if (condition !== undefined) expect(exp.deadline.kind).toBe("conditional");
      expect(task.source.file).toBe(`hue-appendix.${format}`);
      if (format === "pdf") {
        expect(task.source.page, `${exp.id}.source.page`).toBe(
          PDF_PAGES[exp.id] ?? exp.source?.page ?? task.source.page,
        );
        expect(task.source.page).toBeGreaterThanOrEqual(1);
      } else {
        expect(task.source.page).toBeUndefined(); // DOCX has no pages
      }
    }
  });
});

describe("body and appendix together", () => {
  it("give one complete model", async () => {
    const got = await parseAppendix("fixtures/hue/hue-body.pdf");
    const both = JSON.parse(
      (
        await run([
          "parse",
          "fixtures/hue/hue-body.pdf",
          "fixtures/hue/hue-appendix.pdf",
          "-f",
          "json",
        ])
      ).stdout,
    );
    expect(both.document).toEqual(want.document);
    expect(both.viewpoints).toEqual(got.viewpoints);
    expect(both.tasks).toHaveLength(50);
    expect(both.taskGroups).toHaveLength(8);
    expect(both.provenance.files.map((f: { path: string }) => f.path)).toEqual([
      "hue-body.pdf",
      "hue-appendix.pdf",
    ]);
  });

  it("quantified task text gets targets (t-2.3: 100%, trên 90%, 100%)", async () => {
    const got = await parseAppendix("fixtures/hue/hue-appendix.docx");
    const t = got.tasks.find((x: { id: string }) => x.id === "t-2.3");
    expect(t.targets.map((x: { value: number; op?: string }) => [x.value, x.op ?? "="])).toEqual([
      [100, "="],
      [90, ">"],
      [100, "="],
    ]);
  });
});

describe("a text dump that names table columns but holds no rows (issue #3)", () => {
  it("says the table could not be rebuilt instead of returning no tasks silently", async () => {
    // hue-appendix.txt itself is rebuilt now (test/text-dump-appendix.test.ts); a header with nothing under it is not.
    const text = `${readFileSync(`${ROOT}fixtures/hue/hue-body.txt`, "utf8")}\n\nNHIỆM VỤ, GIẢI PHÁP HÀNH ĐỘNG CỤ THỂ THỜI HẠN KẾT QUẢ CƠ QUAN CHỦ TRÌ\n`;
    const file = join(mkdtempSync(join(tmpdir(), "plan-dump-")), "header-only.txt");
    writeFileSync(file, text);
    const r = await run(["parse", file, "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.tasks).toEqual([]);
    expect(got.provenance.warnings).toContainEqual(
      expect.objectContaining({ code: "table-not-rebuilt", file: "header-only.txt" }),
    );
    expect(r.stderr).toContain("[table-not-rebuilt]");
  });
});
