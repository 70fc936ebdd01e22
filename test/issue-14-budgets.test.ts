/**
 * Issue #14: nothing hangs. Each hostile input of the issue, generated here
 * (test/helpers/hostile.ts), ends in one `plan: FILE: reason` line naming
 * the limit, exit 2, and no temporary folder left behind. The times and
 * peak memory are measured by `node scripts/hostile-bench.mjs`; the test
 * timeouts below only guard against a hang.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PID_HEX } from "../src/cleanup.js";
import * as hostile from "./helpers/hostile.js";
import { run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-i14-"));
const write = (name: string, data: Buffer | string) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const ourJobDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`plan-job-${PID_HEX}-`));

/** The whole of stderr is one line for this file, with this reason. */
function expectRefused(r: { code: number; stderr: string }, file: string, reason: RegExp) {
  expect(r.stderr).toMatch(
    new RegExp(`^plan: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${reason.source}\\n$`),
  );
  expect(r.code).toBe(2);
}

afterAll(() => expect(ourJobDirs()).toEqual([]));

describe("#14 budgets: bytes counted while reading", () => {
  it("plan parse /dev/zero stops at --max-bytes", async () => {
    expectRefused(
      await run(["parse", "/dev/zero"]),
      "/dev/zero",
      /larger than the --max-bytes limit of 100 MB/,
    );
    expectRefused(
      await run(["parse", "/dev/zero", "--max-bytes", "1MB"]),
      "/dev/zero",
      /larger than the --max-bytes limit of 1 MB/,
    );
  });

  it("a FIFO with no writer does not hang parse, validate or diff", async () => {
    const fifo = join(tmp, "pipe.pdf");
    execFileSync("mkfifo", [fifo]);
    expectRefused(await run(["parse", fifo]), fifo, /the file is empty/);
    expectRefused(await run(["diff", fifo]), fifo, /the file is empty/);
    const yamlFifo = join(tmp, "pipe.yaml");
    execFileSync("mkfifo", [yamlFifo]);
    const v = await run(["validate", yamlFifo]);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/1 file checked, 1 invalid/);
    expectRefused(await run(["diff", yamlFifo]), yamlFifo, /the file is empty/);
  });

  it("validate and diff refuse a model over the limit before parsing it", async () => {
    const big = write("big.yaml", `id: x\nnotes: "${"a".repeat(2 * 1024 * 1024)}"\n`);
    const v = await run(["validate", big, "--max-bytes", "1MB"]);
    expect(v.stderr).toMatch(
      new RegExp(`^plan: ${big}: larger than the --max-bytes limit of 1 MB\\n`),
    );
    expect(v.code).toBe(2);
    expectRefused(
      await run(["diff", big, "--max-bytes", "1MB"]),
      big,
      /larger than the --max-bytes limit of 1 MB/,
    );
  });

  it("--max-bytes takes sizes and refuses nonsense", async () => {
    const r = await run(["parse", "/dev/zero", "--max-bytes", "lots"]);
    expect(r.stderr).toBe(
      "plan: --max-bytes: expected a size such as 50MB, 512KB or 1000000, got lots\n",
    );
    expect(r.code).toBe(2);
  });
});

describe("#14 budgets: a DOCX counted while inflating", () => {
  it("headers that say 1 KB for 300 MB of XML: stopped at the limit", async () => {
    const file = write("lying.docx", hostile.lyingDocx(300));
    expectRefused(
      await run(["parse", file]),
      file,
      /word\/document\.xml inflates past the --max-bytes limit of 50 MB \(a zip bomb\?\)/,
    );
  }, 30_000);
});

describe("#14 budgets: PDFs", () => {
  it("a 30000x30000 image is not decoded", async () => {
    const file = write("image.pdf", hostile.hugeImagePdf());
    // The page's text is read and the image skipped: the file is then judged as any other non-plan.
    expectRefused(
      await run(["parse", file]),
      file,
      /found no plan structure \(no numbered sections, no task table\)/,
    );
  }, 30_000);

  it("2001 pages: refused by --max-pages", async () => {
    const file = write("pages.pdf", hostile.blankPagesPdf(2000));
    expectRefused(
      await run(["parse", file]),
      file,
      /has 2001 pages, over the --max-pages limit of 1000/,
    );
  }, 30_000);

  it("a text page and 25 blank pages: blank paper is not sent to OCR", async () => {
    const file = write("blank.pdf", hostile.blankPagesPdf(25));
    expectRefused(
      await run(["parse", file]),
      file,
      /found no plan structure \(no numbered sections, no task table\)/,
    );
  }, 30_000);

  it("a 100-inch scanned page is not rasterised", async () => {
    const file = write("bigpage.pdf", hostile.hugePageScanPdf(100));
    expectRefused(
      await run(["parse", file]),
      file,
      /page 1 would be 900 megapixels at 300 dpi, over the --max-pixels limit of 60000000/,
    );
  }, 30_000);

  it.each([
    [
      "Form XObjects drawing each other ten times, 8 deep",
      "fanout.pdf",
      () => hostile.fanOutPdf(8),
    ],
    ["50,000 nested q", "nestedq.pdf", () => hostile.nestedQPdf(50_000)],
    ["a million line segments", "segments.pdf", () => hostile.manySegmentsPdf(1_000_000)],
  ])(
    "%s: the worker is stopped at the page's time limit",
    async (_, name, make) => {
      const file = write(name, make());
      // Stopped while pdf.js reads the page, or, on a faster machine, after it while the rulings are built: a limit either way.
      expectRefused(
        await run(["parse", file, "--timeout", "2"]),
        file,
        /(?:page 1 takes longer than 2 s to read \(millions of drawing operators\?\); stopped \(--timeout\)|took longer than the --timeout limit of 2 s; stopped)/,
      );
    },
    30_000,
  );

  it("--max-operators refuses a busy page", async () => {
    const file = write("busy.pdf", hostile.manySegmentsPdf(20_000));
    expectRefused(
      await run(["parse", file, "--max-operators", "10000"]),
      file,
      /page 1 has \d+ drawing operators, over the --max-operators limit of 10000/,
    );
  }, 30_000);
});

describe("#14 threads are clamped to the cores", () => {
  it("-j 1000 asks for at most one worker per core", async () => {
    const { clampJobs } = await import("../src/batch/pool.js");
    const { availableParallelism } = await import("node:os");
    expect(clampJobs(1000)).toBe(availableParallelism());
    expect(clampJobs(1)).toBe(1);
    expect(clampJobs(0)).toBe(1);
  });
});
