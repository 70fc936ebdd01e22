import { describe, expect, it } from "vitest";
import { parseDeadline } from "../src/model/deadline.js";

describe("parseDeadline", () => {
  it.each([
    ["Thường xuyên", "continuous", null, null, null],
    ["Thường xuyên/đột xuất", "continuous", null, null, null],
    ["Định kỳ, thường xuyên", "periodic", null, null, null],
    ["02/2026 theo yêu cầu của Bộ Y tế", "due", "2026-02", null, "Bộ Y tế"],
    ["2027", "due", "2027", null, null],
    ["12/2025", "due", "2025-12", null, null],
    ["Quý I/2026", "due", "2026-03", null, null],
    ["Quý IV năm 2026", "due", "2026-12", null, null],
    ["31/12/2026", "due", "2026-12-31", null, null],
    ["trước ngày 30 tháng 9 năm 2026", "due", "2026-09-30", null, null],
    ["Giai đoạn 2026 - 2030", "due", "2030", null, null],
    ["6 tháng đầu năm 2026", "due", "2026-06", null, null],
    ["Hằng năm", "periodic", null, "annual", null],
    ["Định kỳ hằng quý", "periodic", null, "quarterly", null],
    ["hàng tháng", "periodic", null, "monthly", null],
    [
      "2027 và định kỳ theo quý thực hiện sau khi hoàn thành nhiệm vụ sau tháng 12/2027",
      "due",
      "2027",
      "quarterly",
      null,
    ],
    [
      "Theo chỉ đạo của Ban Chỉ đạo Trung ương",
      "on-instruction",
      null,
      null,
      "Ban Chỉ đạo Trung ương",
    ],
    ["Khi có yêu cầu", "on-instruction", null, null, null],
    [
      "2026 sau khi sửa đổi, bổ sung Quyết định 19 của Thủ tướng Chính phủ",
      "conditional",
      "2026",
      null,
      null,
    ],
    ["", "unspecified", null, null, null],
    ["Chưa xác định", "unspecified", null, null, null],
  ])("%j", (raw, kind, due, recurrence, requestedBy) => {
    const d = parseDeadline(raw);
    expect({
      kind: d.kind,
      due: d.due,
      recurrence: d.recurrence,
      requestedBy: d.requestedBy,
    }).toEqual({ kind, due, recurrence, requestedBy });
    expect(d.raw).toBe(raw || null);
  });

  it("does not invent an impossible day: 31/02/2026 keeps only the month", () => {
    expect(parseDeadline("31/02/2026").due).toBe("2026-02");
  });
});
