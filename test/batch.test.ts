/**
 * Issue #6: many plans in one run. Folders and globs expand, bodies pair
 * with their appendices by name, one output per plan goes to -o DIR, a bad
 * file is reported at the end without stopping the rest (exit 1), the cache
 * serves unchanged files, and progress shows only on a terminal.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { groupByPlan, planKey } from "../src/batch/group.js";
import { makePdf } from "./helpers/pdf.js";
import { ROOT, run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-batch-"));

/** A folder of plans as they arrive by e-mail: pairs, duplicates in two formats, and junk. */
function inbox(): string {
  const dir = mkdtempSync(join(tmp, "inbox-"));
  mkdirSync(join(dir, "hue"));
  copyFileSync(`${ROOT}fixtures/hue/hue-body.pdf`, join(dir, "hue", "hue-body.pdf"));
  copyFileSync(`${ROOT}fixtures/hue/hue-appendix.pdf`, join(dir, "hue", "hue-appendix.pdf"));
  copyFileSync(`${ROOT}fixtures/cantho/cantho-body.pdf`, join(dir, "cantho-body.pdf"));
  copyFileSync(`${ROOT}fixtures/cantho/cantho-body.docx`, join(dir, "cantho-body.docx"));
  copyFileSync(`${ROOT}fixtures/hungyen/hungyen-body.docx`, join(dir, "hungyen.docx"));
  writeFileSync(
    join(dir, "broken.pdf"),
    readFileSync(`${ROOT}fixtures/hue/hue-body.pdf`).subarray(0, 3000),
  );
  writeFileSync(join(dir, "notes.txt"), "Danh sách cần mua\nsữa\nbánh mì\n");
  writeFileSync(join(dir, "readme.md"), "not a plan document, not picked up");
  return dir;
}

describe("pairing files into plans by name", () => {
  it.each([
    ["hue-body.pdf", "hue", "body"],
    ["hue-appendix.pdf", "hue", "appendix"],
    ["Kế hoạch 127 - Phụ lục.pdf", "ke-hoach-127", "appendix"],
    ["ke-hoach-127_phu-luc-1.docx", "ke-hoach-127", "appendix"],
    ["KH 127 PL.pdf", "kh-127", "appendix"],
    ["hungyen.docx", "hungyen", "body"],
  ])("%s → %s (%s)", (name, key, role) => {
    expect(planKey(`/x/${name}`)).toEqual({ key: `/x/${key}`, role });
  });
  it.each([
    ["x-kehoach.docx", "x-phuluc.docx"],
    ["x-ke-hoach.docx", "x-phu-luc.pdf"],
    ["X_KeHoach.pdf", "X PhuLuc 01.pdf"],
  ])("#13 pairs %s with %s by role words without diacritics", (body, appendix) => {
    const [g, ...rest] = groupByPlan([body, appendix].map((p) => ({ path: `a/${p}`, name: p })));
    expect(rest).toEqual([]);
    expect(g.files.map((f) => f.name)).toEqual([body, appendix]);
    expect(planKey(`a/${appendix}`).role).toBe("appendix");
  });
  it("reads one copy of a document given in several formats, PDF first", () => {
    const files = ["a/x-body.docx", "a/x-body.pdf", "a/x-body.txt", "a/x-appendix.docx"].map(
      (p) => ({ path: p, name: p }),
    );
    const [g] = groupByPlan(files);
    expect(g.files.map((f) => f.name)).toEqual(["a/x-body.pdf", "a/x-appendix.docx"]);
    expect(g.skipped.map((s) => [s.file.name, s.sameAs.name])).toEqual([
      ["a/x-body.docx", "a/x-body.pdf"],
      ["a/x-body.txt", "a/x-body.pdf"],
    ]);
  });
});

describe("plan parse DIR -o OUT/", () => {
  it("writes one file per plan, continues past bad files and lists them at the end (exit 1)", async () => {
    const dir = inbox();
    const out = join(tmp, "out-batch");
    const r = await run(["parse", dir, "-o", `${out}/`, "-j", "2"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readdirSync(out).sort()).toEqual(["cantho.yaml", "hue.yaml", "hungyen.yaml"]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /cantho-body\.docx: skipped, the same document as .*cantho-body\.pdf in another format$/,
    );
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(
        /broken\.pdf: (not a valid PDF|cannot read the PDF|the PDF has no text layer)/,
      ),
      expect.stringMatching(/notes\.txt: found no plan structure/),
      `plan: parsed 3 of 5 plan(s) into ${out}/; 2 failed (listed above)`,
    ]);
    // The paired Huế files give the same model as parsing the pair on its own.
    const alone = await run([
      "parse",
      `${dir}/hue/hue-body.pdf`,
      `${dir}/hue/hue-appendix.pdf`,
      "-q",
    ]);
    // The same YAML after the modeline, whose schema path is relative to each output (#15).
    const body = (text: string) => text.slice(text.indexOf("\n"));
    expect(body(readFileSync(join(out, "hue.yaml"), "utf8"))).toBe(body(alone.stdout));
    expect(parse(alone.stdout).tasks).toHaveLength(50);
  });

  it("gives the same outputs on one thread and on two", async () => {
    const dir = inbox();
    await run(["parse", dir, "-o", join(tmp, "j1/"), "-j", "1", "-q"]);
    await run(["parse", dir, "-o", join(tmp, "j2/"), "-j", "2", "-q"]);
    for (const f of ["cantho.yaml", "hue.yaml", "hungyen.yaml"])
      expect(readFileSync(join(tmp, "j2", f), "utf8")).toBe(
        readFileSync(join(tmp, "j1", f), "utf8"),
      );
  });

  it("several plans without -o DIR: exit 2 with what to do", async () => {
    const r = await run([
      "parse",
      "fixtures/cantho/cantho-body.pdf",
      "fixtures/hungyen/hungyen-body.pdf",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "plan: found 2 plans (cantho, hungyen); write them with -o DIR, one file each (or pass --one-plan if these files are one plan)\n",
    );
  });

  it("shows a progress bar on a terminal and none when piped", async () => {
    const dir = inbox();
    const tty = await run(["parse", dir, "-o", join(tmp, "tty/"), "-j", "1"], {}, { isTTY: true });
    expect(tty.stderr).toMatch(/\r\x1b\[2K\[#+-*\] \d\/5 /);
    const piped = await run(["parse", dir, "-o", join(tmp, "piped/"), "-j", "1"]);
    expect(piped.stderr).not.toContain("\r");
  });
});

describe("--cache", () => {
  it("serves unchanged files from the cache and re-parses a changed one", async () => {
    const dir = mkdtempSync(join(tmp, "cached-"));
    copyFileSync(`${ROOT}fixtures/cantho/cantho-body.docx`, join(dir, "cantho.docx"));
    const cache = join(dir, ".cache");
    const args = [
      "parse",
      join(dir, "cantho.docx"),
      "--cache",
      "--cache-location",
      cache,
      "-f",
      "json",
    ];
    const first = await run(args);
    expect(JSON.parse(first.stdout).document.locality).toBe("Cần Thơ");
    const [entry] = readdirSync(cache);
    // Prove the second run reads the cache: mark the cached model.
    const cached = JSON.parse(readFileSync(join(cache, entry), "utf8"));
    cached.plan.document.locality = "from the cache";
    writeFileSync(join(cache, entry), JSON.stringify(cached));
    expect(JSON.parse((await run(args)).stdout).document.locality).toBe("from the cache");
    // A changed input has another key.
    copyFileSync(`${ROOT}fixtures/hungyen/hungyen-body.docx`, join(dir, "cantho.docx"));
    expect(JSON.parse((await run(args)).stdout).document.locality).toBe("Hưng Yên");
    expect(readdirSync(cache)).toHaveLength(2);
  });
});

describe("a 1000-page PDF that is not a plan", () => {
  it("stops after the first pages and says it found no plan structure", async () => {
    const file = join(tmp, "report.pdf");
    writeFileSync(
      file,
      makePdf(
        Array.from({ length: 1000 }, (_, i) => `Annual statistics, table ${i + 1}: 12 34 56 78`),
      ),
    );
    const out = join(tmp, "report.yaml");
    const r = await run(["parse", file, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `plan: ${file}: found no plan structure in the first 30 of 1000 pages; stopped reading\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
