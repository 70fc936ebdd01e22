/**
 * #16: `plan export` writes the task table as XLSX and CSV. The XLSX is read
 * back with exceljs and converted by LibreOffice (Debian libreoffice-calc,
 * installed by .ci/run): merged group rows, the filter, accents. Outside CI a
 * machine without soffice skips the LibreOffice half; in CI it fails.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Plan } from "../src/model/schema.js";
import tasksCsv from "../src/report/formats/tasks-csv.js";
import { taskTable } from "../src/report/task-table.js";
import { run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-export-"));
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const hue = Plan.parse(parse(readFileSync("fixtures/hue/expected.yaml", "utf8")));

async function exportHue(name: string, extra: string[] = []) {
  const out = join(tmp, name);
  const r = await run(["export", "fixtures/hue/expected.yaml", "-o", out, ...extra]);
  expect(r).toMatchObject({ code: 0, stdout: "", stderr: `plan: wrote ${out}\n` });
  return out;
}

describe("#16 plan export -o tasks.xlsx", () => {
  it("one row per task under merged group title rows; frozen, filtered header; widths; wrapped text; real dates", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await exportHue("hue.xlsx"));
    const ws = wb.getWorksheet("Nhiệm vụ")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Nhóm nhiệm vụ",
      "Mã",
      "Mã nhiệm vụ cha",
      "Nội dung nhiệm vụ",
      "Thời hạn (nguyên văn)",
      "Thời hạn (ngày)",
      "Sản phẩm",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Trang",
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:J${hue.tasks.length + hue.taskGroups.length + 1}`);
    expect(ws.rowCount).toBe(1 + hue.taskGroups.length + hue.tasks.length);
    // Group rows: merged across all ten columns, titled "N. title".
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges).toHaveLength(hue.taskGroups.length);
    expect(merges[0]).toBe("A2:J2");
    expect(ws.getCell("A2").value).toBe(`1. ${hue.taskGroups[0].title}`);
    // The first task with a date: as written and as the last day it allows.
    const row = ws.getRow(4);
    expect(row.getCell(2).value).toBe("t-1.1.1");
    expect(row.getCell(5).value).toBe("02/2026 theo yêu cầu của Bộ Y tế");
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(row.getCell(6).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(8).value).toBe("Sở Y tế");
    expect(row.getCell(4).alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(4).width).toBe(60);
  });

  it.skipIf(!SOFFICE && process.env.CI !== "true")(
    "LibreOffice opens it with the merged group rows, the filter and the accents",
    async () => {
      expect(
        SOFFICE,
        "soffice is not installed (.ci/run installs Debian's libreoffice-calc)",
      ).toBeDefined();
      const xlsx = await exportHue("lo.xlsx");
      const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmp, "lo-"))}`;
      const convert = (to: string) =>
        promisify(execFile)(
          SOFFICE!,
          [profile, "--headless", "--convert-to", to, "--outdir", tmp, xlsx],
          { timeout: 120_000 },
        );
      await convert("ods");
      const content = await (await JSZip.loadAsync(readFileSync(join(tmp, "lo.ods"))))
        .file("content.xml")!
        .async("string");
      expect(content.match(/table:number-columns-spanned="10"/g)).toHaveLength(
        hue.taskGroups.length,
      );
      expect(content).toMatch(
        /<table:database-range [^>]*table:target-range-address="&apos;Nhiệm vụ&apos;\.A1:&apos;Nhiệm vụ&apos;\.J59" table:display-filter-buttons="true"/,
      );
      await convert("csv:Text - txt - csv (StarCalc):44,34,76");
      const csv = readFileSync(join(tmp, "lo.csv"), "utf8");
      expect(csv.split("\n")[0]).toBe(
        "Nhóm nhiệm vụ,Mã,Mã nhiệm vụ cha,Nội dung nhiệm vụ,Thời hạn (nguyên văn),Thời hạn (ngày),Sản phẩm,Cơ quan chủ trì,Cơ quan phối hợp,Trang",
      );
      expect(csv).toContain(",t-1.1.1,t-1.1,");
      expect(csv).toContain("02/2026 theo yêu cầu của Bộ Y tế");
    },
    180_000,
  );
});

describe("#16 plan export -o tasks.csv", () => {
  it("UTF-8 with a BOM, a header and one row per task, quoted where needed", async () => {
    const bytes = readFileSync(await exportHue("hue.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + hue.tasks.length);
    expect(lines[2]).toMatch(
      /^"1\. Đẩy mạnh công tác hoàn thiện thể chế;[^"]*",t-1\.1\.1,t-1\.1,"Rà soát các quy định quản lý nhà nước về thực phẩm, [^"]*",02\/2026 theo yêu cầu của Bộ Y tế,28\/02\/2026,/,
    );
  });

  it("-f csv without -o prints to stdout; xlsx without -o is a usage error", async () => {
    const csv = await run(["export", "fixtures/hue/expected.yaml", "-f", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFFNhóm nhiệm vụ,")).toBe(true);
    const xlsx = await run(["export", "fixtures/hue/expected.yaml"]);
    expect(xlsx).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "plan: an XLSX file needs somewhere to go: -o FILE.xlsx (or -f csv for stdout)\n",
    });
  });

  it("a plan with no task table: exit 2, one line, nothing written", async () => {
    const out = join(tmp, "cantho.xlsx");
    const r = await run(["export", "fixtures/cantho/expected.yaml", "-o", out]);
    expect(r).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "plan: fixtures/cantho/expected.yaml: no task table (give its appendix too)\n",
    });
    expect(existsSync(out)).toBe(false);
  });

  it("from the documents: each task with its source page", async () => {
    const r = await run([
      "export",
      "fixtures/hue/hue-body.pdf",
      "fixtures/hue/hue-appendix.pdf",
      "-f",
      "csv",
      "-q",
    ]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + 50);
    expect(rows.at(-1)).toMatch(/,1[0-9]$/);
  });

  it("funding, note and extra columns appear when tasks carry them (#12), formulas are defused", () => {
    const plan = structuredClone(hue);
    Object.assign(plan.tasks[0], {
      funding: "Ngân sách tỉnh",
      note: "=1+1",
      extra: { "Kết quả": "Đạt" },
    });
    const table = taskTable(plan, "vi");
    expect(table.columns.map((c) => c.header).slice(-4)).toEqual([
      "Kinh phí",
      "Ghi chú",
      "Kết quả",
      "Trang",
    ]);
    const second = tasksCsv(plan, { lang: "vi" }).split("\r\n")[1];
    expect(second).toContain(",Ngân sách tỉnh,'=1+1,Đạt,1");
  });
});
