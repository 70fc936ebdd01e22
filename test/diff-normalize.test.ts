/**
 * Issue #5: the one normaliser of `plan diff`. Differences that are not
 * substance (locality, level swaps, spelling variants, case, punctuation)
 * give no phrase; real omissions do, quoted as a reader would quote them.
 */
import { describe, expect, it } from "vitest";
import { agencyFamily, compareLeads } from "../src/diff/agencies.js";
import { comparable, placeKeys } from "../src/diff/normalize.js";
import { phraseChanges } from "../src/diff/phrases.js";

const HUE = placeKeys("Huế");

describe("not substance: no phrase is reported", () => {
  it.each([
    ["sĩ / sỹ", "mỗi người dân là một chiến sĩ", "mỗi người dân là một chiến sỹ"],
    ["hoá / hóa, uỷ / ủy, khoẻ / khỏe", "hàng hóa, cấp ủy, sức khỏe", "hàng hoá, cấp uỷ, sức khoẻ"],
    ["đảm bảo / bảo đảm", "bảo đảm tuân thủ", "đảm bảo tuân thủ"],
    ["letter case", "huy động sức mạnh từ Nhân dân", "huy động sức mạnh từ nhân dân"],
    [
      "punctuation",
      "khoa học, công nghệ; chủ động, thường xuyên",
      "khoa học công nghệ, chủ động thường xuyên",
    ],
    [
      "locality words",
      "không để khoảng trống trong quản lý",
      "không để khoảng trống trong quản lý trên địa bàn thành phố Huế",
    ],
    [
      "level swap bộ / sở",
      "Các bộ, ngành, địa phương chủ động rà soát",
      "Các sở, ban, ngành chủ động rà soát",
    ],
    [
      "level swap chính quyền cơ sở / các phường, xã",
      "chính quyền cơ sở là nòng cốt",
      "chính quyền các phường, xã là nòng cốt",
    ],
    ["an abbreviation", "Ủy ban nhân dân các xã", "UBND các xã"],
    ["a moved word", "được đáp ứng các yêu cầu", "đáp ứng được các yêu cầu"],
  ])("%s", (_, reference, plan) => {
    expect(phraseChanges(reference, plan, HUE)).toMatchObject({ dropped: [], added: [] });
  });
});

describe("substance: the changed phrase is quoted as written", () => {
  it("a dropped item of a list (Cần Thơ's 6 rõ without 'rõ thời gian')", () => {
    const r = phraseChanges(
      "“rõ người, rõ việc, rõ thời gian, rõ trách nhiệm”",
      "“rõ người, rõ việc, rõ trách nhiệm”",
      HUE,
    );
    expect(r).toMatchObject({ dropped: ["rõ thời gian"], added: [] });
  });
  it("a negation is never ignored", () => {
    expect(phraseChanges("không để chồng chéo", "để chồng chéo", HUE).dropped).toEqual(["không"]);
  });
  it("'Nhân dân' (the People) is not the level word of 'Ủy ban nhân dân'", () => {
    expect(
      phraseChanges("sức mạnh của Nhân dân, doanh nghiệp", "sức mạnh của doanh nghiệp", HUE)
        .dropped,
    ).toEqual(["Nhân dân"]);
  });
  it("a place name in a substantive run is quoted with it", () => {
    expect(
      phraseChanges(
        "tăng trưởng kinh tế nhanh",
        "tăng trưởng kinh tế - xã hội thành phố Huế nhanh",
        HUE,
      ).added,
    ).toEqual(["xã hội thành phố Huế"]);
  });
});

describe("comparison keys", () => {
  it("fold tone placement and i/y but keep tones apart", () => {
    expect(comparable("Hoá")).toBe(comparable("hóa"));
    expect(comparable("kỹ thuật")).toBe(comparable("kĩ thuật"));
    expect(comparable("hóa")).not.toBe(comparable("hòa"));
    expect(comparable("quy")).not.toBe(comparable("qui"));
  });
});

describe("lead agencies across levels", () => {
  it.each([
    ["Bộ Y tế", "Sở Y tế"],
    ["Bộ Công an", "Công an thành phố"],
    ["Bộ Tài chính", "Chi cục Hải quan KV IX"],
    ["Bộ Quốc phòng", "Bộ chỉ huy quân sự thành phố"],
    ["Bộ Công Thương", "Chi cục Quản lý thị trường"],
    ["Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao"],
    ["Cơ quan Thường trực Ban Chỉ đạo 389 quốc gia", "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh"],
  ])("%s ~ %s", (ministry, local) => {
    expect(compareLeads([ministry], [local]).change).toBeNull();
  });
  it("families: the ministry and its local arms share one", () => {
    expect(agencyFamily("Sở Y tế")).toBe(agencyFamily("Bộ Y tế"));
    expect(agencyFamily("Thuế Thành phố")).toBe("tài chính");
    expect(agencyFamily("UBND các xã, phường")).toBe("generic");
  });
  it("a named ministry replaced by 'the departments' is generalised", () => {
    expect(compareLeads(["Bộ Y tế"], ["Các sở, ngành"])).toEqual({
      missing: ["Bộ Y tế"],
      change: "generalised",
    });
  });
  it("a named ministry replaced by another department is reassigned", () => {
    expect(compareLeads(["Bộ Y tế"], ["Sở Công Thương"]).change).toBe("reassigned");
  });
  it("'all ministries and localities' may be narrowed to named bodies", () => {
    expect(
      compareLeads(["Các bộ, ngành, địa phương"], ["Sở Tư pháp", "Công an thành phố"]).change,
    ).toBeNull();
  });
});
