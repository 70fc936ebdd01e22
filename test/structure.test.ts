/**
 * #11: unit tests of structure/ on paragraphs built here, so that a rule
 * fails here first, with the paragraph that broke it, before a whole
 * document's parse does.
 */
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../src/read/types.js";
import { tasksFromBody } from "../src/structure/body-tasks.js";
import { findSections, roleOf } from "../src/structure/sections.js";
import { structureBody } from "../src/structure/index.js";

const p = (text: string, label?: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  kind: "paragraph",
  text,
  ...(label ? { label } : {}),
  ...extra,
});

describe("#11 structure: section roles come from what a heading says", () => {
  it.each([
    ["QUAN ĐIỂM CHỈ ĐẠO", "viewpoints"],
    ["MỤC ĐÍCH, YÊU CẦU", "purpose"],
    ["Mục tiêu", "objectives"],
    ["NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "tasks"],
    ["NỘI DUNG KẾ HOẠCH", "tasks"],
    ["TỔ CHỨC THỰC HIỆN", "implementation"],
    ["BỐI CẢNH VÀ TÌNH HÌNH", "context"],
    // The contract gives funding and reporting sections roles of their own (#13).
    ["KINH PHÍ", "funding"],
    ["CHẾ ĐỘ BÁO CÁO", "reporting"],
    ["KẾT LUẬN", "other"],
  ])("%s → %s", (heading, role) => {
    expect(roleOf(heading)).toBe(role);
  });

  it("finds numbered sections wherever they start, and their spans", () => {
    const paras = [
      p("KẾ HOẠCH"),
      p("BỐI CẢNH", "I."),
      p("Tình hình."),
      p("QUAN ĐIỂM", "II."),
      p("Một.", "1."),
      p("TỔ CHỨC THỰC HIỆN", "III."),
    ];
    const sections = findSections(paras, 1);
    expect(sections.map((s) => [s.number, s.role, s.start, s.end])).toEqual([
      ["I", "context", 1, 3],
      ["II", "viewpoints", 3, 5],
      ["III", "implementation", 5, 6],
    ]);
  });
});

describe("#11 structure: a body → viewpoints, objectives and their targets", () => {
  const body = [
    p("ỦY BAN NHÂN DÂN TỈNH ĐẮK NAM"),
    p("KẾ HOẠCH", undefined, { align: "center", bold: true }),
    p("Thực hiện Nghị quyết số 397/NQ-CP của Chính phủ giai đoạn 2026 - 2030", undefined, {
      align: "center",
      bold: true,
    }),
    p("QUAN ĐIỂM", "I."),
    p("Phòng ngừa là chính.", "1."),
    p("Xử lý nghiêm vi phạm.", "2."),
    p("MỤC TIÊU", "II."),
    p("Mục tiêu chung: Kiên quyết đấu tranh chống buôn lậu.", "1."),
    p("Mục tiêu cụ thể", "2."),
    p("100% cán bộ được tập huấn.", "a)"),
  ];
  const r = structureBody(body, "body.txt");

  it("numbers the viewpoints as written", () => {
    expect(r.body.viewpoints.map((v) => [v.id, v.number, v.text])).toEqual([
      ["vp-1", 1, "Phòng ngừa là chính."],
      ["vp-2", 2, "Xử lý nghiêm vi phạm."],
    ]);
  });

  it("takes the general objective inline and the specific ones with their targets", () => {
    expect(r.body.objectives.general).toBe("Kiên quyết đấu tranh chống buôn lậu.");
    expect(r.body.objectives.specific).toEqual([
      {
        id: "ob-1",
        text: "100% cán bộ được tập huấn.",
        targets: [{ value: 100, unit: "%", subject: "cán bộ" }],
      },
    ]);
  });

  it("warns about what it could not find, with the file", () => {
    expect(r.diagnostics.map((d) => [d.ruleId, d.file])).toEqual([]);
    const empty = structureBody([p("Một đoạn văn.")], "x.txt");
    expect(empty.diagnostics.map((d) => [d.ruleId, d.file])).toEqual([["no-sections", "x.txt"]]);
  });
});

describe("#11 structure: tasks written in the body", () => {
  it("numbered solutions are groups, '- ' items tasks, field lines their cells", () => {
    const r = tasksFromBody(
      [
        p("Hoàn thiện thể chế", "1."),
        p("Rà soát các văn bản quy định.", "-"),
        p("Cơ quan chủ trì: Sở Tư pháp; Công an tỉnh"),
        p("Thời gian thực hiện: Quý II/2026"),
        p("Rà soát quy định về quảng cáo.", "+"),
        p("Tuyên truyền", "2."),
        p("Tổ chức hội nghị. Cơ quan chủ trì: Sở Văn hóa Thời hạn: Thường xuyên", "-"),
      ],
      "plans/body.pdf",
    );
    expect(r.taskGroups.map((g) => [g.id, g.title])).toEqual([
      ["g-1", "Hoàn thiện thể chế"],
      ["g-2", "Tuyên truyền"],
    ]);
    expect(r.tasks.map((t) => [t.id, t.parent, t.lead, t.deadline.kind, t.deadline.due])).toEqual([
      ["t-1.1", null, ["Sở Tư pháp", "Công an tỉnh"], "due", "2026-06"],
      ["t-1.1.1", "t-1.1", [], "unspecified", null],
      ["t-2.1", null, ["Sở Văn hóa"], "continuous", null],
    ]);
    // Tasks cite the file by its base name; diagnostics name it as given.
    expect(r.tasks[0].source).toEqual({ file: "body.pdf" });
    expect(r.diagnostics.map((d) => [d.ruleId, d.file, d.rowId])).toEqual([
      ["lead-empty", "plans/body.pdf", "t-1.1.1"],
    ]);
  });
});
