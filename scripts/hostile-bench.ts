/**
 * Issue #14: each hostile input of the issue, parsed by the real CLI in a
 * fresh process with default limits; prints the wall time, the peak memory
 * (GNU time's maximum RSS, when /usr/bin/time exists) and the one line the
 * user sees. Run: npm run build && npx vite-node scripts/hostile-bench.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as hostile from "../test/helpers/hostile.js";

const ROOT = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "plan-hostile-"));
const file = (name: string, data: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const fifo = join(dir, "fifo.pdf");
execFileSync("mkfifo", [fifo]);
const bigText = Array.from({ length: 250_000 }, (_, i) => `dòng ${i} tiếp tục một đoạn văn`).join(
  "\n",
);

const cases: [string, string[]][] = [
  ["/dev/zero", ["parse", "/dev/zero"]],
  ["a FIFO with no writer", ["parse", fifo]],
  ["DOCX, headers lie: 300 MB XML", ["parse", file("lying.docx", hostile.lyingDocx(300))]],
  ["PDF, a 30000x30000 image", ["parse", file("image.pdf", hostile.hugeImagePdf())]],
  ["PDF, Form XObject fan-out 10^8", ["parse", file("fanout.pdf", hostile.fanOutPdf(8))]],
  ["PDF, 50k nested q", ["parse", file("nestedq.pdf", hostile.nestedQPdf(50_000))]],
  ["PDF, 1M line segments", ["parse", file("segments.pdf", hostile.manySegmentsPdf(1_000_000))]],
  ["PDF, 1 text + 2000 blank pages", ["parse", file("pages.pdf", hostile.blankPagesPdf(2000))]],
  ["PDF, 1 text + 900 blank pages", ["parse", file("blank.pdf", hostile.blankPagesPdf(900))]],
  ["PDF, a 100-inch scanned page", ["parse", file("bigpage.pdf", hostile.hugePageScanPdf(100))]],
  ["text, 5 MB of short lines", ["parse", file("big.txt", bigText)]],
  ["text, a 4 MB single line", ["parse", file("line.txt", "Kếhoạch".repeat(600_000))]],
  [
    "validate, 200 MB YAML",
    ["validate", file("big.yaml", `notes: "${"a".repeat(200 * 1024 * 1024)}"\n`)],
  ],
];

const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
console.log("| input | time | peak RSS | exit | stderr |\n|---|---|---|---|---|");
for (const [label, args] of cases) {
  const cmd = [process.execPath, `${ROOT}bin/plan.js`, ...args];
  const t = Date.now();
  const r = time
    ? spawnSync(time, ["-f", "RSS %M", ...cmd], { encoding: "utf8" })
    : spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8" });
  const ms = Date.now() - t;
  const rss = /RSS (\d+)/.exec(r.stderr)?.[1];
  const line = r.stderr
    .replace(/RSS \d+\n?/, "")
    .trim()
    .split("\n")[0]
    .replace(dir + "/", "");
  console.log(
    `| ${label} | ${(ms / 1000).toFixed(1)} s | ${rss ? `${Math.round(Number(rss) / 1024)} MB` : "?"} | ${r.status} | ${line.slice(0, 110)} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
