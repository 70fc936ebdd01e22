// A large plan for the #14 diff scale test and bench: the tasks of a base plan (the Huế fixture)
// copied until there are `count`, each copy worded a little differently (a rotating place and
// wave number, and synonyms swapped on alternate copies) so no two tasks read the same.
const PLACES = [
  "Phú Vang",
  "Phong Điền",
  "Quảng Điền",
  "Hương Trà",
  "Hương Thủy",
  "A Lưới",
  "Phú Lộc",
  "Nam Đông",
];
const SWAPS = [
  ["tăng cường", "đẩy mạnh"],
  ["kiểm tra", "thanh tra"],
  ["tổ chức", "triển khai"],
];

/** Copy `k` of a base task's text: synonyms swapped on odd copies, then where and which wave. */
export function variedText(text, k) {
  let out = text;
  if (k % 2) for (const [a, b] of SWAPS) out = out.replaceAll(a, b);
  return `${out} (đợt ${k + 1}, địa bàn ${PLACES[k % PLACES.length]})`;
}

/**
 * `base` with its tasks replaced by `count` varied copies, ids t-<copy>.<base index>, and its
 * groups copied alongside (copy k of group g is g-<k·G+g>), so each task copy sits in its own
 * copy of its group, as a long plan's many sections would.
 */
export function bigPlan(base, count) {
  const index = new Map(base.tasks.map((t, b) => [t.id, b]));
  const groupAt = new Map(base.taskGroups.map((g, i) => [g.id, i]));
  const G = base.taskGroups.length;
  const copies = Math.ceil(count / base.tasks.length);
  const taskGroups = [];
  for (let k = 0; k < copies; k++)
    for (const [i, g] of base.taskGroups.entries())
      taskGroups.push({
        ...g,
        id: `g-${k * G + i + 1}`,
        number: k * G + i + 1,
        title: variedText(g.title, k),
      });
  const tasks = [];
  for (let n = 0; n < count; n++) {
    const k = Math.floor(n / base.tasks.length);
    const b = n % base.tasks.length;
    const t = base.tasks[b];
    const parent = index.has(t.parent) ? `t-${k + 1}.${index.get(t.parent) + 1}` : null;
    const group = groupAt.has(t.group) ? `g-${k * G + groupAt.get(t.group) + 1}` : null;
    tasks.push({ ...t, id: `t-${k + 1}.${b + 1}`, group, parent, text: variedText(t.text, k) });
  }
  return { ...base, taskGroups, tasks };
}
