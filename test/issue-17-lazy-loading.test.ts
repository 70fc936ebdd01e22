/**
 * #17: commands that read no document start fast because they do not load
 * pdf.js, the DOCX reader (jszip, fast-xml-parser) or the OCR code. Checked
 * on the built CLI by logging every ES module the process loads.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-modules-"));
const HEAVY = /node_modules\/(pdfjs-dist|jszip|fast-xml-parser)\/|\/read\/(pdf|docx|ocr|scan)/;

async function loadedModules(args: string[]): Promise<string[]> {
  const log = join(tmp, `${args.join("_").replace(/\W/g, "-")}.log`);
  await promisify(execFile)(
    process.execPath,
    ["--import", `${ROOT}test/helpers/log-modules.mjs`, `${ROOT}bin/plan.js`, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, PLAN_MODULE_LOG: log },
    },
  ).catch((e: { code?: number }) => {
    if (typeof e.code !== "number") throw e; // a non-zero exit is fine: only the loaded modules matter here
  });
  return readFileSync(log, "utf8").trim().split("\n");
}

describe("#17 lazy loading", () => {
  it.each([["--version"], ["--help"], ["schema"], ["validate", "fixtures/hue/expected.yaml"]])(
    "plan %s loads no document reader",
    async (...args) => {
      const modules = await loadedModules(args);
      expect(modules.some((m) => m.endsWith("/dist/cli/main.js"))).toBe(true);
      expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    },
  );

  it("plan --version loads the command-line parser and little else", async () => {
    const modules = await loadedModules(["--version"]);
    expect(
      modules.filter((m) => m.includes("/node_modules/") && !m.includes("/commander/")),
    ).toEqual([]);
  });

  it("a PDF parse loads pdf.js but not the DOCX reader or OCR (the check can fail)", async () => {
    const modules = await loadedModules(["parse", "fixtures/hue/hue-appendix.pdf", "-q"]);
    expect(modules.some((m) => m.includes("/pdfjs-dist/"))).toBe(true);
    expect(
      modules.filter((m) => /\/(jszip|fast-xml-parser)\/|\/read\/(docx|scan)\//.test(m)),
    ).toEqual([]);
  });
});
