/**
 * #11: unit tests of tables/ (and the column vocabulary it asks) on tables
 * built here: header roles, two-level headers, typed roles from a reader,
 * page fragments stitched, merged cells, agency lists and task items.
 */
import { describe, expect, it } from "vitest";
import { columnRole, headerRoles } from "../src/lexicon/columns.js";
import type { Paragraph, Table, TableCell } from "../src/read/types.js";
import { splitAgencies } from "../src/tables/agencies.js";
import { splitTables, tasksFromTables } from "../src/tables/index.js";
import { findHeader, stitch } from "../src/tables/stitch.js";
import { splitItems } from "../src/tables/tasks.js";

const para = (text: string, label?: string): Paragraph => ({
  kind: "paragraph",
  text,
  ...(label ? { label } : {}),
});
/** A cell from its text: a leading "- " or "+ " becomes the label. */
function cell(
  row: number,
  col: number,
  text: string,
  span: Partial<Pick<TableCell, "rowSpan" | "colSpan">> = {},
): TableCell {
  const paragraphs = text.split("\n").map((line) => {
    const m = /^([-+])\s+(.*)$/.exec(line);
    return m ? para(m[2], m[1]) : para(line);
  });
  return { row, col, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, paragraphs };
}
function table(rows: (string | null)[][], extra: Partial<Table> = {}): Table {
  const cells = rows.flatMap((r, i) => r.flatMap((t, k) => (t === null ? [] : [cell(i, k, t)])));
  return { kind: "table", rowCount: rows.length, colCount: rows[0].length, cells, ...extra };
}

describe("#11 tables: column roles from header wording", () => {
  it.each([
    ["CƠ QUAN CHỦ TRÌ", "lead"],
    ["Đơn vị thực hiện", "lead"],
    ["Thời gian hoàn thành", "deadline"],
    ["Tiến độ", "deadline"],
    ["KẾTQUẢ", "output"],
    ["S T T", "stt"],
    ["Nội dung nhiệm vụ", "task"],
    ["Ghi chú", "note"],
    ["Ngân sách", null],
  ])("%s → %s", (text, role) => {
    expect(columnRole(text)).toBe(role);
  });

  it("'Nhiệm vụ' alone is the task column when no other column holds the tasks; duplicates keep the first", () => {
    expect(headerRoles(["STT", "Nhiệm vụ", "Thời hạn", "Chủ trì", "Chủ trì"])).toEqual([
      "stt",
      "task",
      "deadline",
      "lead",
      null,
    ]);
  });
});

describe("#11 tables: headers", () => {
  it("a two-level header: 'Cơ quan thực hiện' over 'Chủ trì' | 'Phối hợp'", () => {
    const t: Table = {
      kind: "table",
      rowCount: 3,
      colCount: 4,
      cells: [
        cell(0, 0, "Nhiệm vụ", { rowSpan: 2 }),
        cell(0, 1, "Thời hạn", { rowSpan: 2 }),
        cell(0, 2, "Cơ quan thực hiện", { colSpan: 2 }),
        cell(1, 2, "Chủ trì"),
        cell(1, 3, "Phối hợp"),
        cell(2, 0, "- Rà soát."),
        cell(2, 1, "2026"),
        cell(2, 2, "Sở Y tế"),
        cell(2, 3, "Công an tỉnh"),
      ],
    };
    expect(findHeader(t)).toEqual({
      rows: [0, 1],
      roles: ["task", "deadline", "lead", "coordinate"],
      texts: ["Nhiệm vụ", "Thời hạn", "Chủ trì", "Phối hợp"],
    });
  });

  it("roles a reader already read are taken as they are, with no header row", () => {
    const t = table([["- Rà soát.", "2026", "Sở Y tế"]], {
      columnRoles: ["task", "deadline", "lead"],
    });
    expect(findHeader(t)).toEqual({
      rows: [],
      roles: ["task", "deadline", "lead"],
      texts: ["", "", ""],
    });
    expect(findHeader({ ...t, columnRoles: ["task", "note"] })).toBeNull();
  });
});

describe("#11 tables: fragments → groups and tasks", () => {
  const header = ["STT", "Nhiệm vụ, giải pháp", "Hành động cụ thể", "Thời hạn", "Cơ quan chủ trì"];
  const page1 = table(
    [
      header,
      [
        "1",
        "Hoàn thiện thể chế",
        "- Rà soát các quy định\ncòn bất cập",
        "Quý II/2026",
        "Sở Tư pháp",
      ],
      ["2", null, "- Xây dựng quy chế phối hợp", "2026", "- Công an tỉnh\n- Sở Công Thương"],
    ],
    { page: 1 },
  );
  // The group cell spans both body rows.
  page1.cells = page1.cells.map((c) => (c.row === 1 && c.col === 1 ? { ...c, rowSpan: 2 } : c));
  // Page 2: no header; its first row continues the last row of page 1 (lower case, empty number cell).
  const page2 = table(
    [
      ["", "", "và cơ chế chia sẻ thông tin.", "", ""],
      [
        "3",
        "Tuyên truyền",
        "- Tổ chức hội nghị\n+ Cấp tỉnh",
        "Thường xuyên",
        "Sở Văn hóa, Thể thao và Du lịch",
      ],
    ],
    { page: 2 },
  );

  it("stitches the page fragments into one task table", () => {
    const { paragraphs, taskTables } = splitTables([para("PHỤ LỤC"), page1, page2]);
    expect(paragraphs.map((x) => x.text)).toEqual(["PHỤ LỤC"]);
    expect(taskTables).toHaveLength(1);
    expect(taskTables[0].pages).toEqual([1, 2]);
    expect(taskTables[0].rows.map((r) => r.continues)).toEqual([false, false, true, false]);
  });

  it("gives groups, tasks and sub-tasks with their row's cells; a row cut by the page break is joined", () => {
    const r = tasksFromTables([stitch([page1, page2])!], "in/appendix.pdf");
    expect(r.taskGroups.map((g) => [g.id, g.title])).toEqual([
      ["g-1", "Hoàn thiện thể chế"],
      ["g-2", "Tuyên truyền"],
    ]);
    expect(
      r.tasks.map((t) => [
        t.id,
        t.group,
        t.parent,
        t.text,
        t.deadline.due ?? t.deadline.kind,
        t.lead,
      ]),
    ).toEqual([
      ["t-1.1", "g-1", null, "Rà soát các quy định còn bất cập", "2026-06", ["Sở Tư pháp"]],
      [
        "t-1.2",
        "g-1",
        null,
        "Xây dựng quy chế phối hợp và cơ chế chia sẻ thông tin.",
        "2026",
        ["Công an tỉnh", "Sở Công Thương"],
      ],
      ["t-2.1", "g-2", null, "Tổ chức hội nghị", "continuous", ["Sở Văn hóa, Thể thao và Du lịch"]],
      ["t-2.1.1", "g-2", "t-2.1", "Cấp tỉnh", "continuous", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ]);
    expect(r.tasks[0].source).toEqual({ file: "appendix.pdf", page: 1 });
  });
});

describe("#11 tables: cells", () => {
  it("agency lists split on '- ' items and ';', on ',' only between agency names", () => {
    expect(splitAgencies([para("Sở Tư pháp; Công an thành phố, Sở Công Thương")])).toEqual([
      "Sở Tư pháp",
      "Công an thành phố",
      "Sở Công Thương",
    ]);
    expect(splitAgencies([para("Sở Văn hóa, Thể thao và Du lịch")])).toEqual([
      "Sở Văn hóa, Thể thao và Du lịch",
    ]);
    expect(
      splitAgencies([
        para("Công an tỉnh", "-"),
        para("và các đơn vị liên quan"),
        para("Sở Y tế", "-"),
      ]),
    ).toEqual(["Công an tỉnh và các đơn vị liên quan", "Sở Y tế"]);
  });

  it("task items: '- ' a task, '+ ' or 'a)' a sub-task, unmarked text continues the item", () => {
    expect(
      splitItems([
        para("Rà soát", "-"),
        para("các quy định."),
        para("Cấp tỉnh", "+"),
        para("Cấp xã", "a)"),
      ]),
    ).toEqual([
      { text: "Rà soát các quy định.", sub: false },
      { text: "Cấp tỉnh", sub: true },
      { text: "Cấp xã", sub: true },
    ]);
  });
});
