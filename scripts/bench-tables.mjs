// npm run bench:tables: parses every file of a layout sweep and prints field
// accuracy per producer and per value of each dimension, and the worst cell.
//
//   node scripts/bench-tables.mjs [DIR] [--json FILE] [--floor FILE] [--only L001,L002]
//                                 [--producers lo,chromium]
//
// DIR defaults to /tmp/plan-layout-sweep (made by scripts/layout-sweep.mjs);
// fixtures/sweep/ holds the committed sample.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parsePlanFiles } from "../dist/parse.js";
import { DIMENSIONS } from "./sweep/layouts.mjs";
import { FIELDS, addScores, ratio, scorePlan } from "./sweep/score.mjs";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const jsonOut = opt("json");
const floorOut = opt("floor");
const only = opt("only")?.split(",");
const producersOnly = opt("producers")?.split(",");
const dir = resolve(args[0] ?? "/tmp/plan-layout-sweep");
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

const cells = new Map(); // "dimension=value" → field → [right, of]
const add = (key, s) => cells.set(key, addScores(cells.get(key) ?? {}, s));
const perDoc = [];
const t0 = Date.now();
for (const l of manifest.layouts) {
  if (only && !only.includes(l.id)) continue;
  for (const [producer, file] of Object.entries(l.files)) {
    if (producersOnly && !producersOnly.includes(producer)) continue;
    let plan = null,
      error = null;
    try {
      plan = (await parsePlanFiles([{ path: join(dir, file), name: file }])).plan;
    } catch (e) {
      error = String(e.message ?? e);
    }
    const s = scorePlan(l.expected, plan);
    perDoc.push({ id: l.id, producer, file, error, scores: s });
    add("all", s);
    add(`producer=${producer}`, s);
    for (const [d, v] of Object.entries(l.dims)) add(`${d}=${v}`, s);
  }
}
const fmt = (x) => (x === null ? "" : x.toFixed(3));
const order = [
  "all",
  ...["docx", "lo", "chromium"].map((p) => `producer=${p}`),
  ...Object.entries(DIMENSIONS).flatMap(([d, vs]) => vs.map((v) => `${d}=${v}`)),
];
const keys = order.filter((k) => cells.has(k));
const lines = [
  `| cell | docs | ${FIELDS.join(" | ")} |`,
  `|---|---|${FIELDS.map(() => "---").join("|")}|`,
];
let worst = { value: 2 };
for (const k of keys) {
  const c = cells.get(k);
  const docs =
    k === "all"
      ? perDoc.length
      : perDoc.filter((d) => {
          if (k.startsWith("producer=")) return d.producer === k.slice(9);
          const [dim, v] = k.split("=");
          return manifest.layouts.find((l) => l.id === d.id).dims[dim] === v;
        }).length;
  lines.push(`| ${k} | ${docs} | ${FIELDS.map((f) => fmt(ratio(c[f] ?? [0, 0]))).join(" | ")} |`);
  for (const f of FIELDS) {
    const r = ratio(c[f] ?? [0, 0]);
    if (r !== null && r < worst.value) worst = { value: r, cell: k, field: f };
  }
}
console.log(lines.join("\n"));
console.log(`\nworst cell: ${worst.cell} / ${worst.field} = ${fmt(worst.value)}`);
const bad = perDoc.filter((d) => d.error || ratio(d.scores.taskF1) < 0.9);
const named = bad
  .slice(0, 12)
  .map((d) => d.file + (d.error ? ` (${d.error})` : ""))
  .join(", ");
console.log(
  `${perDoc.length} documents parsed in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${bad.length} with task F1 < 0.9 or an error${bad.length ? `: ${named}${bad.length > 12 ? ", ..." : ""}` : ""}`,
);
// PDF equal to DOCX: the share of layouts where each PDF gives the DOCX's scores on every field.
for (const producer of ["lo", "chromium"]) {
  const pairs = perDoc
    .filter((d) => d.producer === producer)
    .map((d) => [d, perDoc.find((x) => x.id === d.id && x.producer === "docx")])
    .filter(([, x]) => x);
  const same = pairs.filter(([d, x]) =>
    FIELDS.every((f) => ratio(d.scores[f]) === ratio(x.scores[f])),
  ).length;
  if (pairs.length)
    console.log(`${producer} PDF equal to DOCX on every field: ${same} of ${pairs.length} layouts`);
}
if (floorOut) {
  // Each document's accuracy per field, rounded down: the sample test's floor.
  const floor = Object.fromEntries(
    perDoc.map((d) => [
      d.file,
      Object.fromEntries(
        FIELDS.filter((f) => d.scores[f][1]).map((f) => [
          f,
          Math.floor(ratio(d.scores[f]) * 1000) / 1000,
        ]),
      ),
    ]),
  );
  writeFileSync(floorOut, JSON.stringify(floor, null, 1) + "\n");
}
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify({ cells: Object.fromEntries(cells), perDoc, worst }, null, 1),
  );
