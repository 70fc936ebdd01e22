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
      title:
        "Thực hiện Nghị quyết số 397/NQ-CP ngày 05/12/2025 của Chính phủ về đấu tranh ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại, hàng giả, xâm phạm quyền sở hữu trí tuệ giai đoạn 2026 - 2030",
      issuer: "UBND tỉnh Đắk Nam",
      level: "province",
      locality: "Đắk Nam",
      number: "42/KH-UBND",
      date: "2026-01-15",
      implements: ["397/NQ-CP", "13/CT-TTg"],
      horizon: 2030,
      signer: { name: "Nguyễn Văn An", title: "Chủ tịch" },
    });
    expect(
      got.sections.map((s: { number: string; role: string }) => `${s.number} ${s.role}`),
    ).toEqual(["I context", "II viewpoints", "III objectives", "IV tasks", "V implementation"]);
    expect(got.viewpoints.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(got.objectives.general).toBe(
      "Kiên quyết phòng ngừa, đấu tranh, ngăn chặn tình trạng buôn lậu trên địa bàn tỉnh.",
    );
    expect(got.objectives.specific).toEqual([
      {
        id: "ob-1",
        text: "100% cán bộ, công chức thực thi công vụ được tập huấn nghiệp vụ.",
        targets: [{ value: 100, unit: "%", subject: "cán bộ, công chức thực thi công vụ" }],
      },
      {
        id: "ob-2",
        text: "Tỷ lệ giải quyết tin báo về tội phạm đạt trên 90%.",
        targets: [
          { value: 90, unit: "%", subject: "Tỷ lệ giải quyết tin báo về tội phạm", op: ">" },
        ],
      },
    ]);
    expect(got.implementation).toEqual({
      funding: "Các sở, ngành bố trí kinh phí trong dự toán hằng năm.",
      reporting: [
        {
          text: "Chế độ báo cáo: Các sở, ngành gửi báo cáo về Sở Công Thương trước ngày 15/11 hằng năm.",
          due: "--11-15",
          recurrence: "annual",
          to: "Sở Công Thương",
        },
      ],
    });
  });
});

describe("a commune plan whose tasks are in the body (no appendix)", () => {
  it("takes the numbered solutions as groups and their '- ' / '+ ' items as tasks, with inline fields", async () => {
    const r = await run(["parse", "fixtures/synthetic/tasks-in-body.txt", "-f", "json"]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.document).toMatchObject({
      issuer: "UBND xã An Phú",
      level: "commune",
      locality: "An Phú",
      number: "07/KH-UBND",
      date: "2026-02-20",
    });
    expect(got.taskGroups).toEqual([
      {
        id: "g-1",
        number: 1,
        title: "Tăng cường công tác tuyên truyền, nâng cao nhận thức của người dân.",
      },
      { id: "g-2", number: 2, title: "Tăng cường kiểm tra, kiểm soát thị trường." },
    ]);
    const brief = got.tasks.map((t: Record<string, any>) => [
      t.id,
      t.parent,
      t.text,
      t.deadline.kind,
      t.deadline.due,
      t.lead,
      t.coordinate,
    ]);
    expect(brief).toEqual([
      [
        "t-1.1",
        null,
        "Tuyên truyền trên hệ thống loa truyền thanh của xã về tác hại của hàng giả.",
        "continuous",
        null,
        ["Văn phòng HĐND và UBND xã"],
        [],
      ],
      [
        "t-1.2",
        null,
        "Tổ chức cho hộ kinh doanh ký cam kết không kinh doanh hàng giả.",
        "due",
        "2026-06",
        ["Phòng Kinh tế"],
        ["Công an xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
      ],
      [
        "t-2.1",
        null,
        "Kiểm tra các cơ sở kinh doanh thực phẩm, trong đó:",
        "unspecified",
        null,
        [],
        [],
      ],
      [
        "t-2.1.1",
        "t-2.1",
        "Kiểm tra cơ sở kinh doanh thực phẩm chức năng.",
        "unspecified",
        null,
        [],
        [],
      ],
      ["t-2.1.2", "t-2.1", "Kiểm tra chợ và cửa hàng tạp hóa.", "unspecified", null, [], []],
    ]);
    expect(got.implementation).toEqual({
      funding: "Ngân sách xã bố trí trong dự toán hằng năm.",
      reporting: [
        {
          text: "Các đơn vị gửi báo cáo về Phòng Kinh tế trước ngày 10/12 hằng năm.",
          due: "--12-10",
          recurrence: "annual",
          to: "Phòng Kinh tế",
        },
      ],
    });
    expect(r.stderr).not.toContain("table-not-rebuilt");
  });
});
