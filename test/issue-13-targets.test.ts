/**
 * #13: the target grammar (src/model/targets.ts) on wordings other than the
 * real documents it was measured on: counts and measures with their units,
 * ranges, bounds before and after, and which words make the subject.
 */
import { describe, expect, it } from "vitest";
import { findTargets } from "../src/model/targets.js";

describe("#13 targets: numbers and units", () => {
  it("reads a measure in thousands and decimals, Vietnamese style", () => {
    expect(findTargets("Kim ngạch xuất khẩu đạt khoảng 1.250,5 triệu USD.")).toEqual([
      { value: 1250.5, unit: "triệu USD", subject: "Kim ngạch xuất khẩu" },
    ]);
  });

  it("keeps what a unit is per: %/năm, triệu đồng/người/năm", () => {
    expect(findTargets("Thu nhập bình quân đầu người: trên 80 triệu đồng/người/năm.")).toEqual([
      { value: 80, unit: "triệu đồng/người/năm", subject: "Thu nhập bình quân đầu người", op: ">" },
    ]);
    expect(findTargets("Giá trị sản xuất nông nghiệp tăng bình quân 4,5%/năm")).toEqual([
      { value: 4.5, unit: "%/năm", subject: "Giá trị sản xuất nông nghiệp tăng bình quân" },
    ]);
  });

  it("reads points of percentage and times", () => {
    expect(findTargets("Tỷ lệ thất nghiệp khu vực thành thị giảm 0,5 điểm %.")).toEqual([
      { value: 0.5, unit: "điểm%", subject: "Tỷ lệ thất nghiệp khu vực thành thị giảm" },
    ]);
    expect(findTargets("Quy mô nền kinh tế gấp 2 lần trở lên so với năm 2020.")).toEqual([
      { value: 2, unit: "lần", subject: "Quy mô nền kinh tế gấp", op: ">=" },
    ]);
  });

  it("counts the nouns it knows, with their bounds", () => {
    expect(findTargets("Thu hút ít nhất 20 dự án đầu tư vào khu kinh tế cửa khẩu")).toEqual([
      { value: 20, unit: "dự án", subject: "Thu hút", op: ">=" },
    ]);
    expect(findTargets("Hỗ trợ chuyển đổi nghề cho dưới 1.000 hộ gia đình.")).toEqual([
      { value: 1000, unit: "hộ gia đình", subject: "Hỗ trợ chuyển đổi nghề cho", op: "<" },
    ]);
  });

  it("makes a range two targets, >= the low end and <= the high end, 'khoảng' or not", () => {
    const both = (subject: string, unit: string, low: number, high: number) => [
      { value: low, unit, subject, op: ">=" },
      { value: high, unit, subject, op: "<=" },
    ];
    expect(findTargets("Tỷ lệ che phủ rừng đạt khoảng 45% - 46%.")).toEqual(
      both("Tỷ lệ che phủ rừng", "%", 45, 46),
    );
    expect(findTargets("Năng suất lao động tăng 6 - 6,5%/năm")).toEqual(
      both("Năng suất lao động tăng", "%/năm", 6, 6.5),
    );
    expect(findTargets("Vốn đầu tư toàn xã hội đạt 1.200-1.500 tỷ đồng")).toEqual(
      both("Vốn đầu tư toàn xã hội", "tỷ đồng", 1200, 1500),
    );
  });
});

describe("#13 targets: subjects", () => {
  it("a count opening its clause has its noun as unit and the rest as subject", () => {
    expect(
      findTargets("03 cụm công nghiệp được đầu tư hạ tầng đồng bộ (Tân Lập, Hòa Bình, Đông Sơn)."),
    ).toEqual([{ value: 3, unit: "cụm công nghiệp", subject: "được đầu tư hạ tầng đồng bộ" }]);
  });

  it("a second figure of a sentence takes the clause after the first", () => {
    expect(
      findTargets("Thành lập mới 300 doanh nghiệp, nâng tổng số lên 2.100 doanh nghiệp."),
    ).toEqual([
      { value: 300, unit: "doanh nghiệp", subject: "Thành lập mới" },
      { value: 2100, unit: "doanh nghiệp", subject: "nâng tổng số" },
    ]);
  });

  it("a clause that is only a year repeats the pair's subject for that year", () => {
    expect(
      findTargets("Tỷ lệ chất thải rắn được thu gom đến năm 2027 đạt 92%, đến năm 2030 đạt 95%."),
    ).toEqual([
      { value: 92, unit: "%", subject: "Tỷ lệ chất thải rắn được thu gom đến năm 2027" },
      { value: 95, unit: "%", subject: "Tỷ lệ chất thải rắn được thu gom đến năm 2030" },
    ]);
  });

  it("'với' introduces the measured attribute; 'so với' does not", () => {
    expect(findTargets("Đưa vào vận hành nhà máy điện rác với công suất 20 MW")).toEqual([
      { value: 20, unit: "MW", subject: "công suất" },
    ]);
    expect(findTargets("Sản lượng lúa so với năm 2020 tăng 1,2 lần")).toEqual([
      { value: 1.2, unit: "lần", subject: "Sản lượng lúa so với năm 2020 tăng" },
    ]);
  });

  it("'có' counts what there is: the noun, where, which and the year", () => {
    expect(
      findTargets(
        "Phát triển y tế, trong đó đến năm 2028 tại mỗi huyện có ít nhất 01 bệnh viện đạt chuẩn " +
          "hạng II",
      ),
    ).toEqual([
      {
        value: 1,
        unit: "bệnh viện",
        subject: "bệnh viện tại mỗi huyện đạt chuẩn hạng II đến năm 2028",
        op: ">=",
      },
    ]);
  });

  it("a leading percentage stops at the next figure and its predicate, 'sử dụng vào' none", () => {
    expect(
      findTargets("100% trạm y tế xã và 90% trường học được kết nối Internet tốc độ cao."),
    ).toEqual([
      { value: 100, unit: "%", subject: "trạm y tế xã" },
      { value: 90, unit: "%", subject: "trường học" },
    ]);
    expect(
      findTargets("Bố trí tối thiểu 20% diện tích đất thu hồi sử dụng vào mục đích cây xanh"),
    ).toEqual([
      {
        value: 20,
        unit: "%",
        subject: "diện tích đất thu hồi sử dụng vào mục đích cây xanh",
        op: ">=",
      },
    ]);
  });

  it("a percentage after a linking verb measures the clause before it, not the noun after", () => {
    expect(findTargets("Tỷ lệ tiêm chủng mở rộng đạt trên 98% trẻ em.")).toEqual([
      { value: 98, unit: "%", subject: "Tỷ lệ tiêm chủng mở rộng", op: ">" },
    ]);
  });
});

describe("#13 targets: what is not a target", () => {
  it("a bracketed itemisation, a rank, a year, a date, a duration, a document number", () => {
    expect(
      findTargets(
        "Hình thành 04 khu công nghiệp (gồm 02 khu công nghiệp ở phía Bắc, 02 ở phía Nam)",
      ),
    ).toHaveLength(1);
    expect(findTargets("Đưa 05 sản phẩm vào TOP 100 doanh nghiệp xuất khẩu")).toEqual([]);
    expect(
      findTargets("Giai đoạn 2026 - 2030, sơ kết 05 năm thực hiện trước ngày 15/12/2028"),
    ).toEqual([]);
    expect(findTargets("Sửa đổi Quyết định số 20/2016/QĐ-TTg và Nghị định 15/2018/NĐ-CP")).toEqual(
      [],
    );
  });

  it("a percentage above 100 is no share of anything", () => {
    expect(findTargets("Doanh thu bằng 120% năm trước")).toEqual([]);
  });
});
