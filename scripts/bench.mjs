// npm run bench: pages per second and peak memory of `plan parse`, beside raw
// pdf.js text extraction and poppler's pdftotext on the same files, in the
// same run. Each figure is the median of RUNS fresh processes (module loading
// included for plan and pdf.js; pdftotext is a native binary).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = [
  "fixtures/hue/hue-body.pdf",
  "fixtures/hue/hue-appendix.pdf",
  "fixtures/cantho/cantho-body.pdf",
  "fixtures/hungyen/hungyen-body.pdf",
  "fixtures/bench/long-appendix.pdf",
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function child(mode, file) {
  const r = spawnSync(process.execPath, ["scripts/bench-child.mjs", mode, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${mode} ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function pdftotext(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" });
  if (r.error) return null;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const rows = [];
let totals = { pages: 0, plan: 0, pdfjs: 0, rss: 0 };
for (const file of FILES) {
  const plan = Array.from({ length: RUNS }, () => child("plan", file));
  const raw = Array.from({ length: RUNS }, () => child("pdfjs", file));
  const popp = Array.from({ length: RUNS }, () => pdftotext(file));
  const pages = plan[0].pages;
  const planMs = median(plan.map((x) => x.ms));
  const rawMs = median(raw.map((x) => x.ms));
  const popMs = popp[0] === null ? null : median(popp);
  const rss = Math.max(...plan.map((x) => x.maxRssMB));
  totals = { pages: totals.pages + pages, plan: totals.plan + planMs, pdfjs: totals.pdfjs + rawMs, rss: Math.max(totals.rss, rss) };
  rows.push([file, pages, planMs.toFixed(0), (pages / (planMs / 1000)).toFixed(0), rss.toFixed(0), rawMs.toFixed(0), (planMs / rawMs).toFixed(2), popMs === null ? "n/a" : popMs.toFixed(0), popMs === null ? "n/a" : (planMs / popMs).toFixed(1)]);
}
const head = ["file", "pages", "plan ms", "plan pages/s", "plan peak RSS MB", "pdf.js text ms", "plan / pdf.js", "pdftotext ms", "plan / pdftotext"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(`plan benchmark, median of ${RUNS} runs each, node ${process.version}\n`);
console.log(line(head));
for (const r of rows) console.log(line(r));
const pps = totals.pages / (totals.plan / 1000);
console.log(`\nall files: ${totals.pages} pages, plan ${pps.toFixed(0)} pages/s, ${(totals.plan / totals.pdfjs).toFixed(2)}x raw pdf.js, peak RSS ${totals.rss.toFixed(0)} MB`);
console.log(`goals: within 3x of pdf.js ${totals.plan / totals.pdfjs <= 3 ? "MET" : "MISSED"}; >= 50 pages/s ${pps >= 50 ? "MET" : "MISSED"}; < 250 MB ${totals.rss < 250 ? "MET" : "MISSED"}`);

// Batch mode: all the files in one `plan parse ... -o DIR` process (start-up paid once),
// on one thread and on every core, then again with a warm --cache.
const out = mkdtempSync(join(tmpdir(), "plan-bench-"));
function batch(args, inputs = FILES) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["bin/plan.js", "parse", ...inputs, "-o", `${out}/`, "-q", ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`batch ${args.join(" ")}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const cores = availableParallelism();
const cacheDir = join(out, ".cache");
const batchRows = [
  ["one process, 1 thread", median(Array.from({ length: RUNS }, () => batch(["-j", "1"])))],
  [`one process, ${cores} threads`, median(Array.from({ length: RUNS }, () => batch(["-j", String(cores)])))],
];
batch(["--cache", "--cache-location", cacheDir]);
batchRows.push(["one process, warm --cache", median(Array.from({ length: RUNS }, () => batch(["--cache", "--cache-location", cacheDir])))]);
console.log(`\nbatch: the ${FILES.length} files (${totals.pages} pages) in one run, start-up included`);
for (const [label, ms] of batchRows) console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${(totals.pages / (ms / 1000)).toFixed(0).padStart(5)} pages/s`);

// Many plans of one size: where the threads pay off (one long file bounds the run above).
const COPIES = 24;
const inbox = join(out, "inbox");
mkdirSync(inbox);
for (let i = 1; i <= COPIES; i++) copyFileSync("fixtures/hue/hue-appendix.pdf", join(inbox, `plan-${i}-appendix.pdf`));
const manyPages = COPIES * 16;
console.log(`\nbatch: ${COPIES} copies of hue-appendix.pdf (${manyPages} pages) in one run`);
for (const j of [1, cores]) {
  const ms = median(Array.from({ length: RUNS }, () => batch(["-j", String(j)], [inbox])));
  console.log(`${`one process, ${j} thread(s)`.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${(manyPages / (ms / 1000)).toFixed(0).padStart(5)} pages/s`);
}
rmSync(out, { recursive: true, force: true });
