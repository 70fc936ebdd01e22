// npm run bench: the speed and memory of `plan`, printed in one run (issue #17):
//   1. each corpus PDF and the 122-page appendix in a fresh process, beside raw pdf.js text
//      extraction and poppler's pdftotext; the appendix also with its pages read in order
//   2. where reading pages side by side starts to pay: the appendix cut to N pages (needs qpdf)
//   3. batch runs: the 5 files in one process, warm --cache, 24 plans
//   4. start-up: `plan --version`, `plan validate` of one YAML
//   5. OCR of the 16-page scan fixture (needs tesseract; BENCH_OCR=0 skips it)
// Each figure is the median of RUNS runs (BENCH_RUNS, default 3); CPU is user+sys of the
// process, RSS its peak. The machine's load average is printed beside each section: on a
// shared machine wall times are pessimistic, CPU times much less so.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LONG = "fixtures/bench/long-appendix.pdf";
const FILES = [
  "fixtures/hue/hue-body.pdf",
  "fixtures/hue/hue-appendix.pdf",
  "fixtures/cantho/cantho-body.pdf",
  "fixtures/hungyen/hungyen-body.pdf",
  LONG,
];
const SCAN = "fixtures/scan/hue-appendix-scan.pdf";
const cores = availableParallelism();
const out = mkdtempSync(join(tmpdir(), "plan-bench-"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} on ${cores} cores`;
const times = (n, f) => Array.from({ length: n }, f);
const has = (cmd) => !spawnSync(cmd, ["--version"]).error || !spawnSync(cmd, ["-v"]).error;
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Run a command; wall ms, and CPU ms and peak RSS MB where /usr/bin/time is there. */
function timed(cmd, args, env = {}) {
  const full = TIME ? [TIME, ["-f", "\n%U %S %M", cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  if (!TIME) return { ms, cpu: NaN, rss: NaN, stdout: r.stdout };
  const [u, s, kb] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { ms, cpu: (u + s) * 1000, rss: kb / 1024, stdout: r.stdout };
}

function summary(runs) {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpu: median(runs.map((r) => r.cpu)),
    rss: Math.max(...runs.map((r) => r.rss)),
  };
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) =>
        String(c)
          .padStart(i ? widths[i] : 0)
          .padEnd(i ? 0 : widths[i]),
      )
      .join("  ");
  console.log(line(head));
  for (const r of rows) console.log(line(r));
}

const plan = (file, env) => timed(process.execPath, ["scripts/bench-child.mjs", "plan", file], env);
const pdfjs = (file) => timed(process.execPath, ["scripts/bench-child.mjs", "pdfjs", file]);
const pageCount = (file) => JSON.parse(plan(file).stdout.trim().split("\n").pop()).pages;
const popplerThere = has("pdftotext");

console.log(`plan benchmark: median of ${RUNS} runs each, node ${process.version}, ${load()}\n`);

// 1. One file per process, start-up included.
console.log("1. one file per process (plan parse, start-up included)");
const rows = [];
let longRow;
for (const file of FILES) {
  const pages = pageCount(file);
  const p = summary(times(RUNS, () => plan(file)));
  const raw = summary(times(RUNS, () => pdfjs(file)));
  const pop = popplerThere ? summary(times(RUNS, () => timed("pdftotext", [file, "-"]))) : null;
  rows.push([
    file.split("/").pop(),
    pages,
    p.ms.toFixed(0),
    p.cpu.toFixed(0),
    (pages / (p.ms / 1000)).toFixed(0),
    p.rss.toFixed(0),
    raw.ms.toFixed(0),
    raw.cpu.toFixed(0),
    (p.ms / raw.ms).toFixed(2),
    pop ? pop.ms.toFixed(0) : "n/a",
    pop ? (p.ms / pop.ms).toFixed(0) : "n/a",
  ]);
  if (file === LONG) longRow = { pages, p, raw };
}
const serial = summary(times(RUNS, () => plan(LONG, { PLAN_PAGE_THREADS: "1" })));
rows.push([
  `${LONG.split("/").pop()}, pages in order`,
  longRow.pages,
  serial.ms.toFixed(0),
  serial.cpu.toFixed(0),
  (longRow.pages / (serial.ms / 1000)).toFixed(0),
  serial.rss.toFixed(0),
  longRow.raw.ms.toFixed(0),
  longRow.raw.cpu.toFixed(0),
  (serial.ms / longRow.raw.ms).toFixed(2),
  "",
  "",
]);
table(
  [
    "file",
    "pages",
    "plan ms",
    "CPU ms",
    "pages/s",
    "peak MB",
    "pdf.js text ms",
    "pdf.js CPU ms",
    "x pdf.js",
    "pdftotext ms",
    "x pdftotext",
  ],
  rows,
);
const { pages, p } = longRow;
const pps = pages / (p.ms / 1000);
console.log(
  `targets, ${pages}-page appendix on ${cores} cores: >= 80 pages/s ${pps >= 80 ? "MET" : "MISSED"} (${pps.toFixed(0)}); ` +
    `within 1.5x of pdf.js ${p.ms / longRow.raw.ms <= 1.5 ? "MET" : "MISSED"} (${(p.ms / longRow.raw.ms).toFixed(2)}x; ` +
    `in order, by CPU: ${(serial.cpu / longRow.raw.cpu).toFixed(2)}x); < 250 MB ${p.rss < 250 ? "MET" : "MISSED"} (${p.rss.toFixed(0)} MB)`,
);
console.log(
  `pages read side by side: ${(serial.ms / p.ms).toFixed(2)}x faster in wall time, ${(p.cpu / serial.cpu).toFixed(2)}x the CPU; ${load()}\n`,
);

// 2. Where side by side starts to pay: the long appendix cut to N pages, in order and on all cores.
if (has("qpdf") && cores > 1) {
  console.log(
    "2. pages in order vs side by side, by page count (PLAN_PARALLEL_FROM=1 forces side by side)",
  );
  const cutRows = [];
  for (const n of [10, 20, 30, 40, 60, 90]) {
    const cut = join(out, `long-${n}.pdf`);
    spawnSync("qpdf", ["--empty", "--pages", LONG, `1-${n}`, "--", cut]);
    const one = summary(times(RUNS, () => plan(cut, { PLAN_PAGE_THREADS: "1" })));
    const all = summary(times(RUNS, () => plan(cut, { PLAN_PARALLEL_FROM: "1" })));
    cutRows.push([
      n,
      one.ms.toFixed(0),
      all.ms.toFixed(0),
      (one.ms / all.ms).toFixed(2),
      one.cpu.toFixed(0),
      all.cpu.toFixed(0),
    ]);
  }
  table(
    [
      "pages",
      "in order ms",
      `${cores} threads ms`,
      "speed-up",
      "in order CPU ms",
      `${cores} threads CPU ms`,
    ],
    cutRows,
  );
  console.log(`${load()}\n`);
} else console.log("2. skipped: needs qpdf and more than one core\n");

// 3. Batch runs: start-up paid once.
function batch(args, inputs = FILES) {
  return timed(process.execPath, [
    "bin/plan.js",
    "parse",
    ...inputs,
    "-o",
    `${out}/`,
    "-q",
    ...args,
  ]);
}
const totalPages = rows.slice(0, FILES.length).reduce((s, r) => s + r[1], 0);
console.log(`3. batch runs (one plan parse ... -o DIR/), start-up included`);
const cacheDir = join(out, ".cache");
const batchRows = [
  [
    `the ${FILES.length} files, 1 thread`,
    totalPages,
    summary(times(RUNS, () => batch(["-j", "1"]))),
  ],
  [
    `the ${FILES.length} files, ${cores} threads`,
    totalPages,
    summary(times(RUNS, () => batch(["-j", String(cores)]))),
  ],
];
batch(["--cache", "--cache-location", cacheDir]);
batchRows.push([
  `the ${FILES.length} files, warm --cache`,
  totalPages,
  summary(times(RUNS, () => batch(["--cache", "--cache-location", cacheDir]))),
]);
const COPIES = 24;
const inbox = join(out, "inbox");
mkdirSync(inbox);
for (let i = 1; i <= COPIES; i++)
  copyFileSync("fixtures/hue/hue-appendix.pdf", join(inbox, `plan-${i}-appendix.pdf`));
for (const j of [1, cores])
  batchRows.push([
    `${COPIES} plans (hue-appendix.pdf), ${j} thread(s)`,
    COPIES * 16,
    summary(times(RUNS, () => batch(["-j", String(j)], [inbox]))),
  ]);
table(
  ["run", "pages", "ms", "CPU ms", "pages/s", "peak MB"],
  batchRows.map(([label, n, s]) => [
    label,
    n,
    s.ms.toFixed(0),
    s.cpu.toFixed(0),
    (n / (s.ms / 1000)).toFixed(0),
    s.rss.toFixed(0),
  ]),
);
console.log(`${load()}\n`);

/** A wall-time target, and the same target by CPU time (what a loaded machine still measures fairly). */
function verdict(s, ms) {
  return `< ${ms} ms: ${s.ms < ms ? "MET" : "MISSED"} (by CPU: ${s.cpu < ms ? "MET" : "MISSED"})`;
}

// 4. Start-up of the commands that read no document.
console.log("4. start-up (median of 5)");
const cli = (...args) => summary(times(5, () => timed(process.execPath, ["bin/plan.js", ...args])));
const version = cli("--version");
const validate = cli("validate", "fixtures/hue/expected.yaml");
const bare = summary(times(5, () => timed(process.execPath, ["-e", "0"])));
table(
  ["command", "ms", "CPU ms", "peak MB", "target"],
  [
    ["node -e 0 (Node itself)", bare.ms.toFixed(0), bare.cpu.toFixed(0), bare.rss.toFixed(0), ""],
    [
      "plan --version",
      version.ms.toFixed(0),
      version.cpu.toFixed(0),
      version.rss.toFixed(0),
      verdict(version, 120),
    ],
    [
      "plan validate hue/expected.yaml (63 KB)",
      validate.ms.toFixed(0),
      validate.cpu.toFixed(0),
      validate.rss.toFixed(0),
      verdict(validate, 250),
    ],
  ],
);
console.log(`${load()}\n`);

// 5. OCR of the scan fixture: pages side by side, one tesseract thread each.
if (process.env.BENCH_OCR === "0") console.log("5. OCR skipped (BENCH_OCR=0)");
else if (!has("tesseract") || !popplerThere)
  console.log("5. OCR skipped: needs tesseract-ocr, tesseract-ocr-vie and poppler-utils");
else {
  const ocrRuns = Number(process.env.BENCH_OCR_RUNS ?? 1);
  console.log(`5. OCR of ${SCAN} (16 pages; median of ${ocrRuns}, no cache)`);
  const ocrRows = [];
  for (const j of [1, cores]) {
    const s = summary(
      times(ocrRuns, () =>
        timed(process.execPath, ["bin/plan.js", "parse", SCAN, "-q", "-j", String(j)]),
      ),
    );
    ocrRows.push([
      `${j} page(s) at a time`,
      s.ms.toFixed(0),
      s.cpu.toFixed(0),
      (16 / (s.ms / 60000)).toFixed(0),
      s.rss.toFixed(0),
    ]);
  }
  table(["OCR", "ms", "CPU ms (with tesseract)", "pages/min", "peak MB"], ocrRows);
  console.log(
    `target: 16 pages in < 15 s ${Number(ocrRows[ocrRows.length - 1][1]) < 15000 ? "MET" : "MISSED"}; ${load()}`,
  );
}
rmSync(out, { recursive: true, force: true });
