// The layout sweep's draws: a seeded generator of appendix layouts, each
// dimension drawn independently, and the model each layout must give.
// Everything here is deterministic from the seed: the same seed gives the
// same layouts, byte for byte.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const ROOT = new URL("../../", import.meta.url).pathname;

/** mulberry32: small, fast and good enough to draw layouts. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** The dimensions and their values: the bench reports accuracy per value of each. */
export const DIMENSIONS = {
  model: ["hue", "nq397", "variants"],
  orientation: ["landscape", "portrait"],
  columns: ["core", "stt", "funding-note", "extra", "all"],
  order: ["usual", "agencies-first", "shuffled"],
  wording: ["caps", "sentence", "alternative"],
  twoLevel: ["no", "yes"],
  widths: ["even", "task-wide", "random"],
  align: ["left", "center", "justify"],
  valign: ["top", "middle"],
  rulings: ["full", "horizontals", "none", "double"],
  groups: ["merged-first-column", "full-width", "roman", "bold-unnumbered", "none"],
  numberRow: ["no", "yes"],
  headerRepeat: ["yes", "no"],
  font: ["times", "arial", "dejavu", "missing"],
  size: ["11", "12", "13"],
  markers: ["dash", "none"],
  leadStyle: ["semicolon", "lines"],
  mergeSame: ["yes", "no"],
};

/** The CSS/Word font name per font value; "missing" names a font no machine here has. */
export const FONTS = {
  times: "Times New Roman",
  arial: "Arial",
  dejavu: "DejaVu Serif",
  missing: "VnTime Missing",
};

const HEADERS = {
  caps: {
    stt: "STT",
    group: "NHIỆM VỤ, GIẢI PHÁP",
    task: "HÀNH ĐỘNG CỤ THỂ",
    deadline: "THỜI HẠN",
    output: "KẾT QUẢ",
    lead: "CƠ QUAN CHỦ TRÌ",
    coordinate: "CƠ QUAN PHỐI HỢP",
    funding: "NGUỒN KINH PHÍ",
    note: "GHI CHÚ",
    extra: "CẤP TRÌNH",
  },
  sentence: {
    stt: "TT",
    group: "Nhiệm vụ, giải pháp",
    task: "Nội dung",
    deadline: "Thời gian hoàn thành",
    output: "Sản phẩm",
    lead: "Đơn vị chủ trì",
    coordinate: "Đơn vị phối hợp",
    funding: "Nguồn kinh phí",
    note: "Ghi chú",
    extra: "Cấp trình",
  },
  alternative: {
    stt: "Số TT",
    group: "Nhóm nhiệm vụ",
    task: "Tên nhiệm vụ",
    deadline: "Tiến độ thực hiện",
    output: "Hình thức sản phẩm",
    lead: "Cơ quan chủ trì",
    coordinate: "Cơ quan phối hợp",
    funding: "Kinh phí thực hiện",
    note: "Ghi chú",
    extra: "Cấp trình phê duyệt",
  },
};
/** "Nhiệm vụ" alone as the task column's header, where no group column claims the word. */
const TASK_ALONE = "Nhiệm vụ";
export const TWO_LEVEL = {
  caps: "CƠ QUAN THỰC HIỆN",
  sentence: "Đơn vị thực hiện",
  alternative: "Cơ quan thực hiện",
};
export const SUB_HEADERS = { lead: "Chủ trì", coordinate: "Phối hợp" };

export const CAPTION = "NHIỆM VỤ, GIẢI PHÁP VÀ HÀNH ĐỘNG CỤ THỂ";
export const TITLE = "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 397/NQ-CP (phụ lục thử nghiệm bố cục bảng)";

const FUNDING = [
  "Ngân sách nhà nước",
  "Ngân sách thành phố; nguồn hợp pháp khác",
  "Lồng ghép trong kinh phí thường xuyên",
  "",
];
const NOTES = ["", "", "Nhiệm vụ trọng tâm", "Báo cáo định kỳ", ""];
const LEVELS = ["UBND thành phố", "Sở, ngành", "", "Chủ tịch UBND thành phố"];

function loadModels() {
  const yaml = (p) => parse(readFileSync(ROOT + p, "utf8"));
  const hue = yaml("fixtures/hue/expected.yaml");
  const nq = yaml("src/reference/nq397.yaml");
  const spec = JSON.parse(readFileSync(ROOT + "fixtures/variants/spec.json", "utf8"));
  const fromModel = (m) =>
    m.taskGroups.map((g) => ({
      title: g.title,
      tasks: m.tasks
        .filter((t) => t.group === g.id)
        .map((t) => ({
          sub: t.parent !== null,
          text: t.text,
          deadline: { raw: t.deadline.raw, kind: t.deadline.kind, due: t.deadline.due },
          output: t.output,
          lead: t.lead,
          coordinate: t.coordinate,
        })),
    }));
  // The variants' spec has several items per row; the sweep gives each its own row.
  const variants = spec.groups.map((g) => ({
    title: g.title,
    tasks: g.rows.flatMap((r) =>
      r.items.map(([marker, text]) => ({
        sub: marker === "+",
        text,
        deadline: { raw: r.deadline, kind: null, due: null },
        output: r.output,
        lead: r.lead ?? [],
        coordinate: r.coordinate ? r.coordinate.split("; ") : [],
      })),
    ),
  }));
  return { hue: fromModel(hue), nq397: fromModel(nq), variants };
}

let MODELS;

/** Draw layout number `i` of the sweep `seed`. */
export function drawLayout(seed, i) {
  MODELS ??= loadModels();
  const r = rng(seed * 100003 + i);
  const dims = Object.fromEntries(Object.entries(DIMENSIONS).map(([k, vs]) => [k, pick(r, vs)]));
  const groupsAll = MODELS[dims.model];
  // A run of 2-3 consecutive groups keeps each document a few pages long.
  const n = Math.min(groupsAll.length, 2 + Math.floor(r() * 2));
  const start = Math.floor(r() * (groupsAll.length - n + 1));
  const groups = groupsAll.slice(start, start + n).map((g) => ({
    title: g.title,
    // A group never starts with a sub-task: its parent would lie outside the run.
    tasks: g.tasks.map((t) => ({
      ...t,
      funding: pick(r, FUNDING),
      note: pick(r, NOTES),
      extra: pick(r, LEVELS),
    })),
  }));
  return { id: `L${String(i).padStart(3, "0")}`, seed, dims, groups, columns: columnsOf(dims, r) };
}

/** The table's columns, in order, with header wording and relative width. */
function columnsOf(dims, r) {
  const roles = ["task", "deadline", "output", "lead", "coordinate"];
  if (["stt", "all"].includes(dims.columns)) roles.unshift("stt");
  if (["funding-note", "all"].includes(dims.columns)) roles.push("funding", "note");
  if (["extra", "all"].includes(dims.columns)) roles.push("extra");
  let order = roles;
  if (dims.order === "agencies-first") {
    order = [
      ...roles.filter((x) => ["stt", "task", "lead", "coordinate"].includes(x)),
      ...roles.filter((x) => !["stt", "task", "lead", "coordinate"].includes(x)),
    ];
  } else if (dims.order === "shuffled") {
    const rest = roles.filter((x) => x !== "stt" && x !== "task");
    for (let k = rest.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [rest[k], rest[j]] = [rest[j], rest[k]];
    }
    order = [...roles.filter((x) => x === "stt" || x === "task"), ...rest];
  }
  if (dims.twoLevel === "yes") {
    // The two agency columns sit side by side under one spanning header.
    order = order.filter((x) => x !== "coordinate");
    order.splice(order.indexOf("lead") + 1, 0, "coordinate");
  }
  if (dims.groups === "merged-first-column") order = ["group", ...order];
  const base = {
    stt: 0.5,
    group: 2.2,
    task: 4,
    deadline: 1.6,
    output: 1.8,
    lead: 1.9,
    coordinate: 2.2,
    funding: 1.5,
    note: 1.1,
    extra: 1.3,
  };
  const words = HEADERS[dims.wording];
  return order.map((role) => {
    let w = base[role];
    if (dims.widths === "even") w = role === "stt" ? 0.6 : 2;
    else if (dims.widths === "task-wide" && role === "task") w = 6;
    else if (dims.widths === "random") w *= 0.65 + r() * 0.8;
    let header = words[role];
    if (
      role === "task" &&
      dims.groups !== "merged-first-column" &&
      dims.wording === "sentence" &&
      r() < 0.5
    )
      header = TASK_ALONE;
    return { role, header, width: w };
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
export const roman = (n) => ROMAN[n - 1];

/**
 * The layout's rows: group title rows (per the group style) and one row per
 * task, with merged lead/coordinate spans where consecutive rows agree.
 */
export function rowsOf(layout) {
  const { dims } = layout;
  const rows = [];
  let stt = 0;
  layout.groups.forEach((g, gi) => {
    if (!["merged-first-column", "none"].includes(dims.groups))
      rows.push({ kind: "group", gi, title: g.title });
    g.tasks.forEach((t, ti) => {
      const marker = t.sub ? "+" : dims.markers === "dash" ? "-" : "";
      rows.push({
        kind: "task",
        gi,
        ti,
        first: ti === 0,
        groupSize: g.tasks.length,
        task: t,
        marker,
        stt: t.sub ? "" : String(++stt),
      });
    });
  });
  if (dims.mergeSame === "yes") {
    for (const role of ["lead", "coordinate"]) {
      for (let i = 0; i < rows.length; i++) {
        const a = rows[i];
        if (a.kind !== "task" || a[`${role}Covered`] || !a.task[role].length) continue;
        let span = 1;
        while (rows[i + span]?.kind === "task" && same(rows[i + span].task[role], a.task[role]))
          span++;
        a[`${role}Span`] = span;
        for (let k = 1; k < span; k++) rows[i + k][`${role}Covered`] = true;
      }
    }
  }
  return rows;
}
const same = (x, y) => x.join("\u0001") === y.join("\u0001");

/** The text of each group's title as typeset. */
export function groupTitleText(dims, gi, title, hasStt) {
  if (dims.groups === "roman") return `${roman(gi + 1)}. ${title}`;
  if (dims.groups === "bold-unnumbered") return title;
  if (dims.groups === "full-width" && hasStt) return title;
  return `${gi + 1}. ${title}`;
}

/** The model the layout must give: groups by title, tasks with their parent by text. */
export function expectedOf(layout) {
  const none = layout.dims.groups === "none";
  const taskGroups = none ? [{ title: CAPTION }] : layout.groups.map((g) => ({ title: g.title }));
  const tasks = [];
  layout.groups.forEach((g, gi) => {
    let parent = null;
    for (const t of g.tasks) {
      if (!t.sub) parent = t.text;
      const cols = new Set(layout.columns.map((c) => c.role));
      tasks.push({
        group: none ? 0 : gi,
        parent: t.sub ? parent : null,
        text: t.text,
        deadline: t.deadline,
        output: t.output,
        lead: t.lead,
        coordinate: t.coordinate,
        ...(cols.has("funding") ? { funding: t.funding || null } : {}),
        ...(cols.has("note") ? { note: t.note || null } : {}),
        ...(cols.has("extra")
          ? {
              extra: t.extra
                ? { [layout.columns.find((c) => c.role === "extra").header]: t.extra }
                : {},
            }
          : {}),
      });
    }
  });
  return { taskGroups, tasks };
}
