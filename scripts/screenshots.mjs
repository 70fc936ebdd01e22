#!/usr/bin/env node
// Renders the reports an analyst sends in headless Chromium (Debian's chromium)
// to the PNGs the README shows: docs/diff-report.png, docs/coverage-report.png,
// docs/diff-tables.png. Run after `npm run build`:
//   node scripts/screenshots.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

const tmp = mkdtempSync(join(tmpdir(), "plan-screens-"));
const plan = (...args) => {
  try {
    execFileSync("node", ["bin/plan.js", ...args, "-q"], { stdio: "ignore" });
  } catch (e) {
    // Exit 1 means findings: the report was written.
    if (e.status !== 1) throw e;
  }
};

function shoot(html, png, [width, height]) {
  const profile = mkdtempSync(join(tmp, "profile-"));
  const flags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-background-networking",
    `--user-data-dir=${profile}`,
  ];
  execFileSync(
    "chromium",
    [
      ...flags,
      "--force-device-scale-factor=1",
      `--window-size=${width},${height}`,
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: "ignore" },
  );
  console.log(`wrote ${png}`);
}

// The Huế plan as an analyst might receive a revision of it: a task removed, a
// target lowered, a deadline moved later, a lead changed, an output reworded.
// Its tasks keep their appendix pages, so the report links to them.
const hue = parse(readFileSync("fixtures/hue/expected.yaml", "utf8"));
const task = (id) => hue.tasks.find((t) => t.id === id);
hue.document.locality = "Huế (bản sửa)";
for (const t of hue.tasks) t.source = { file: "hue-appendix.pdf", ...t.source };
hue.objectives.specific[3].text = hue.objectives.specific[3].text.replace("100%", "90%");
hue.objectives.specific[3].targets[0].value = 90;
task("t-1.1.1").deadline = {
  raw: "12/2026",
  kind: "due",
  due: "2026-12",
  recurrence: null,
  requestedBy: null,
};
task("t-1.1.2").lead = ["UBND các xã, phường"];
task("t-1.1.3").output = "Kế hoạch kiểm tra";
hue.tasks = hue.tasks.filter((t) => t.id !== "t-3.4");
const edited = join(tmp, "hue-edited.yaml");
writeFileSync(edited, stringify(hue));

plan("diff", edited, "-f", "html", "-o", join(tmp, "hue.html"));
shoot(join(tmp, "hue.html"), "docs/diff-report.png", [1360, 1900]);

// Three plans against Resolution 397, with one report per plan beside the matrix.
plan(
  "diff",
  "--against",
  "397",
  "fixtures/hue/expected.yaml",
  "fixtures/cantho/expected.yaml",
  "fixtures/hungyen/expected.yaml",
  "-f",
  "html",
  "-o",
  join(tmp, "coverage") + "/",
);
shoot(join(tmp, "coverage", "index.html"), "docs/coverage-report.png", [1360, 1500]);

// The revision's task table beside the original's.
plan(
  "diff",
  "fixtures/hue/expected.yaml",
  edited,
  "--tables",
  "-f",
  "html",
  "-o",
  join(tmp, "tables.html"),
);
// The tables come after the findings: render the page from there.
const page = readFileSync(join(tmp, "tables.html"), "utf8").replace(
  /<h2>Tổng hợp[\s\S]*?(?=<h2>Đối chiếu bảng)/,
  "",
);
writeFileSync(join(tmp, "tables-only.html"), page);
shoot(join(tmp, "tables-only.html"), "docs/diff-tables.png", [1360, 1100]);
