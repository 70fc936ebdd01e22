/**
 * #13: reporting duties per clause, not per paragraph; section roles by
 * meaning (funding, reporting); a "CHẾ ĐỘ BÁO CÁO" section gives duties.
 */
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../src/read/types.js";
import { roleOf } from "../src/structure/sections.js";
import { recipient, reportingFrom } from "../src/structure/reporting.js";
import { realDoc } from "./helpers/real.js";
import { run } from "./helpers/run.js";

const para = (text: string): Paragraph => ({ kind: "paragraph", text });

describe("#13 reporting duties per clause", () => {
  it("splits a yearly report, a mid-term and a final review into three duties", () => {
    const text =
      "Trước ngày 15 tháng 12 hằng năm, các sở, ngành báo cáo UBND tỉnh (qua Sở Công Thương) kết quả thực hiện; " +
      "báo cáo sơ kết trước ngày 15 tháng 6 năm 2028 và báo cáo tổng kết trước ngày 15 tháng 12 năm 2030.";
    expect(reportingFrom([para(text)])).toEqual([
      {
        text: "Trước ngày 15 tháng 12 hằng năm, các sở, ngành báo cáo UBND tỉnh (qua Sở Công Thương) kết quả thực hiện",
        due: "--12-15",
        recurrence: "annual",
        to: "UBND tỉnh",
      },
      {
        text: "Báo cáo sơ kết trước ngày 15 tháng 6 năm 2028",
        due: "2028-06-15",
        recurrence: null,
        to: "UBND tỉnh",
      },
      {
        text: "Báo cáo tổng kết trước ngày 15 tháng 12 năm 2030.",
        due: "2030-12-15",
        recurrence: null,
        to: "UBND tỉnh",
      },
    ]);
  });

  it("gives two semiannual duties for 'Định kỳ 6 tháng (trước ngày 10 tháng 6 và ngày 10 tháng 12)'", () => {
    const text =
      "Định kỳ 6 tháng (trước ngày 10 tháng 6 và ngày 10 tháng 12), các xã gửi báo cáo về Sở Công Thương.";
    const duties = reportingFrom([para(text)]);
    expect(duties.map((d) => [d.due, d.recurrence, d.to])).toEqual([
      ["--06-10", "semiannual", "Sở Công Thương"],
      ["--12-10", "semiannual", "Sở Công Thương"],
    ]);
    expect(duties.every((d) => d.text === text)).toBe(true);
  });

  it("does not take the date of a cited act for a deadline", () => {
    const text =
      "Tăng cường theo dõi việc thực hiện Nghị quyết số 15-NQ/TW ngày 05 tháng 5 năm 2022; định kỳ hàng năm báo cáo kết quả gửi Bộ Kế hoạch và Đầu tư.";
    expect(reportingFrom([para(text)])).toEqual([]);
  });

  it("names the addressee, not the body a report goes through", () => {
    expect(recipient("báo cáo UBND tỉnh (qua Sở Tài chính) trước ngày 10/12")).toBe("UBND tỉnh");
    expect(
      recipient(
        "gửi báo cáo về cơ quan Thường trực 389 thành phố (Sở Công Thương) trước ngày 30 tháng 09",
      ),
    ).toBe("Sở Công Thương");
  });
});

describe("#13 section roles by meaning", () => {
  it.each([
    ["NỘI DUNG", "tasks"],
    ["KINH PHÍ THỰC HIỆN", "funding"],
    ["VỐN ĐẦU TƯ", "funding"],
    ["CHẾ ĐỘ BÁO CÁO", "reporting"],
    ["TỔ CHỨC THỰC HIỆN", "implementation"],
  ])("%s is %s", (heading, role) => expect(roleOf(heading)).toBe(role));

  it("reads the duty of a CHẾ ĐỘ BÁO CÁO section (laocai-ubnd-kh134, a text dump)", async () => {
    const r = await run(["parse", realDoc("laocai-ubnd-kh134-2026-nq34tu-kcn.txt"), "-f", "json"]);
    const plan = JSON.parse(r.stdout);
    expect(plan.sections.map((s: { role: string }) => s.role)).toEqual([
      "purpose",
      "tasks",
      "tasks",
      "funding",
      "implementation",
      "reporting",
    ]);
    expect(
      plan.implementation.reporting.map((d: Record<string, unknown>) => [
        d.due,
        d.recurrence,
        d.to,
      ]),
    ).toEqual([[null, "monthly", "Sở Công Thương"]]);
    expect(plan.implementation.funding).toMatch(
      /^Khái toán tổng số vốn đầu tư thực hiện: 7\.080 tỷ đồng/,
    );
  });
});
