import { describe, expect, it } from "vitest";
import { labelNumber, splitLabel } from "../src/lexicon/labels.js";

describe("splitLabel", () => {
  it.each([
    ["I. QUAN ĐIỂM", "I.", "QUAN ĐIỂM"],
    ["1. Mục tiêu tổng quát", "1.", "Mục tiêu tổng quát"],
    ["3.1. Các sở, ban, ngành", "3.1.", "Các sở, ban, ngành"],
    ["a) Mục tiêu", "a)", "Mục tiêu"],
    ["- Rà soát", "-", "Rà soát"],
    ["– Rà soát", "-", "Rà soát"],
    ["+ Tham gia", "+", "Tham gia"],
    // the long benchmark appendix has 160 groups: three-digit numbers are labels too
    ["160. Hoàn thiện thể chế", "160.", "Hoàn thiện thể chế"],
  ])("%j", (input, label, text) => {
    expect(splitLabel(input)).toEqual({ label, text });
  });

  it.each(["100% cán bộ", "2026 sau khi sửa đổi", "02/2026 theo yêu cầu", "Kế hoạch"])(
    "%j has no label",
    (input) => {
      expect(splitLabel(input)).toEqual({ text: input });
    },
  );

  it("reads the number a label carries", () => {
    expect([
      labelNumber("IV."),
      labelNumber("12."),
      labelNumber("3.2."),
      labelNumber("c)"),
      labelNumber("-"),
    ]).toEqual([4, 12, 2, 3, undefined]);
  });
});
