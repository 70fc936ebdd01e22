/**
 * Issue #2: headings vary in wording and numbering; roles come from meaning.
 * A "BỐI CẢNH" section first shifts every roman number; "QUAN ĐIỂM CHỈ ĐẠO",
 * "Mục tiêu chung:" with inline text, "Chỉ tiêu cụ thể" with a) b) items.
 */
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

describe("a plan with a context section first and other heading words", () => {
  it("finds every part by meaning", async () => {
    const r = await run(["parse", "fixtures/synthetic/shifted-sections.txt", "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.document).toEqual({
      kind: "plan",
      title: "Thực hiện Nghị quyết số 397/NQ-CP ngày 05/12/2025 của Chính phủ về đấu tranh ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại, hàng giả, xâm phạm quyền sở hữu trí tuệ giai đoạn 2026 - 2030",
      issuer: "UBND tỉnh Đắk Nam",
      level: "province",
      locality: "Đắk Nam",
      number: "42/KH-UBND",
      date: "2026-01-15",
      implements: ["397/NQ-CP", "13/CT-TTg"],
      horizon: 2030,
      signer: { name: "Nguyễn Văn An", title: "Chủ tịch" },
    });
    expect(got.sections.map((s: { number: string; role: string }) => `${s.number} ${s.role}`)).toEqual([
      "I context",
      "II viewpoints",
      "III objectives",
      "IV tasks",
      "V implementation",
    ]);
    expect(got.viewpoints.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(got.objectives.general).toBe("Kiên quyết phòng ngừa, đấu tranh, ngăn chặn tình trạng buôn lậu trên địa bàn tỉnh.");
    expect(got.objectives.specific).toEqual([
      { id: "ob-1", text: "100% cán bộ, công chức thực thi công vụ được tập huấn nghiệp vụ.", targets: [{ value: 100, unit: "%", subject: "cán bộ, công chức thực thi công vụ" }] },
      { id: "ob-2", text: "Tỷ lệ giải quyết tin báo về tội phạm đạt trên 90%.", targets: [{ value: 90, unit: "%", subject: "Tỷ lệ giải quyết tin báo về tội phạm", op: ">" }] },
    ]);
    expect(got.implementation).toEqual({
      funding: "Các sở, ngành bố trí kinh phí trong dự toán hằng năm.",
      reporting: [{ text: "Chế độ báo cáo: Các sở, ngành gửi báo cáo về Sở Công Thương trước ngày 15/11 hằng năm.", due: "--11-15", recurrence: "annual", to: "Sở Công Thương" }],
    });
  });
});
