/**
 * Issue #15: the README's CI recipe works in a clean project. The package is
 * packed (`npm pack`), its tarball installed into a temporary project as the
 * recipe says (dependencies from the npm cache or registry), and
 * `npx plan-397 validate` run there on a valid and a broken plan; the parse
 * output's modeline resolves to the installed schema.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run.js";

const project = mkdtempSync(join(tmpdir(), "plan-i15-pack-"));
const npx = (args: string[]) =>
  spawnSync("npx", ["--no-install", ...args], { cwd: project, encoding: "utf8" });

describe("#15 the packed package in a clean project", () => {
  beforeAll(() => {
    // Built already (pretest): skip `prepare`, so that other tests spawning dist/ never see it half-rewritten.
    const built = existsSync(join(ROOT, "dist/cli/main.js")) ? ["--ignore-scripts"] : [];
    execFileSync("npm", ["pack", "--silent", ...built, "--pack-destination", project], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))!;
    expect(tarball).toMatch(/^plan-397-\d+\.\d+\.\d+\.tgz$/);
    mkdirSync(join(project, "vendor"));
    copyFileSync(join(project, tarball), join(project, "vendor", tarball));
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({
        name: "reviewed-plans",
        private: true,
        devDependencies: { "plan-397": `file:vendor/${tarball}` },
      }),
    );
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: project,
      stdio: ["ignore", "pipe", "inherit"],
    });
    mkdirSync(join(project, "plans/2026"), { recursive: true });
    copyFileSync(
      join(ROOT, "fixtures/validate/valid.yaml"),
      join(project, "plans/2026/dak-nam.yaml"),
    );
  }, 300_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("npx plan-397 validate 'plans/**/*.yaml': exit 0 on a valid plan", () => {
    const r = npx(["plan-397", "validate", "plans/**/*.yaml"]);
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: "",
      stderr: "1 file checked, 0 invalid, 0 problems\n",
    });
  });

  it("the plan bin is the same program, and a broken plan fails the step", () => {
    copyFileSync(
      join(ROOT, "fixtures/validate/bad-date.yaml"),
      join(project, "plans/2026/bad.yaml"),
    );
    const r = npx(["plan", "validate", "plans/**/*.yaml", "--format", "github"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      '::error file=plans/2026/bad.yaml,line=10,endLine=10,col=9,endColumn=21,title=invalid-date::"2026-02-30" is not a real date\n',
    );
  });

  it("plan-397 parse writes a modeline that resolves to the installed schema", () => {
    copyFileSync(
      join(ROOT, "fixtures/hungyen/hungyen-body.txt"),
      join(project, "hungyen-body.txt"),
    );
    const r = npx(["plan-397", "parse", "hungyen-body.txt", "-o", "plans/hungyen.yaml", "-q"]);
    expect(r.status, r.stderr).toBe(0);
    const out = join(project, "plans/hungyen.yaml");
    const ref = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(out, "utf8"))![1];
    expect(ref).toBe("../node_modules/plan-397/schemas/plan.schema.json");
    expect(existsSync(resolve(dirname(out), ref))).toBe(true);
  });
});
