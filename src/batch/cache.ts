/**
 * A parse cache: one JSON file per plan, keyed by the hashes of its input
 * files, their names (they appear in the model), the parser's own code, the
 * versions of the libraries it runs on and the OCR tools it found (a PDF
 * cached before tesseract was installed must be read again after), so a
 * re-run over unchanged files reads the result instead of parsing, and a
 * new parser never serves an old result. An entry is checked against the
 * model's schema when read: a damaged or hand-edited one is a miss, and is
 * rewritten. The options that change a result (--ocr) are part of the key too.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import type { Diagnostic } from "../diagnostics.js";
import { Plan, type PlanModel } from "../model/schema.js";
import { CODE_ROOT } from "../package-files.js";
import { PARSER_NAME } from "../version.js";
import { writeFileAtomic } from "../write-atomic.js";
import type { InputFile } from "./group.js";

export interface CachedParse {
  plan: PlanModel;
  diagnostics: Diagnostic[];
}

const CachedDiagnostic = z
  .object({
    severity: z.enum(["error", "warning", "info"]),
    ruleId: z.string(),
    message: z.string(),
  })
  .passthrough();
const CachedParse = z.object({ plan: Plan, diagnostics: z.array(CachedDiagnostic) });

let fingerprint: string | undefined;

/** `name@version` of each library `plan` depends on, as installed (node_modules), not as declared. */
export function dependencyVersions(): string[] {
  let pkgDir = CODE_ROOT;
  while (!existsSync(join(pkgDir, "package.json")) && dirname(pkgDir) !== pkgDir)
    pkgDir = dirname(pkgDir);
  const own = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const require = createRequire(join(pkgDir, "package.json"));
  return Object.keys(own.dependencies ?? {})
    .sort()
    .map((dep) => {
      try {
        // The package's own package.json, found from its entry point (exports may hide "./package.json").
        let dir = dirname(require.resolve(dep));
        while (dirname(dir) !== dir) {
          const p = join(dir, "package.json");
          if (existsSync(p)) {
            const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
            if (pkg.name === dep) return `${dep}@${pkg.version}`;
          }
          dir = dirname(dir);
        }
      } catch {
        // not resolvable: its absence is part of the key
      }
      return `${dep}@missing`;
    });
}

let tools: Promise<string> | undefined;

/** The external tools a parse may use: tesseract's version and whether OCR can run at all. */
export function toolsFingerprint(): Promise<string> {
  // Loaded here, not at start-up: a parse without --cache never loads the OCR code (#17).
  tools ??= import("../read/scan/ocr.js")
    .then(({ tesseractVersion, ocrAvailable }) => Promise.all([tesseractVersion(), ocrAvailable()]))
    .then(([v, ok]) => `${v}|${ok.ok ? "ocr" : `no ocr: ${ok.missing}`}`);
  return tools;
}

/** The parser's version, a hash of its code (dist/ when built, src/ under the test runner) and its libraries' versions. */
export function parserFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = CODE_ROOT;
  const hash = createHash("sha256").update(PARSER_NAME).update(dependencyVersions().join("\n"));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts|yaml)$/.test(e.name)) hash.update(e.name).update(readFileSync(p));
    }
  };
  walk(root);
  fingerprint = hash.digest("hex").slice(0, 16);
  return fingerprint;
}

/** `options`: the parse options that change a result (the OCR mode), as text. */
export async function cacheKey(files: InputFile[], options = ""): Promise<string> {
  const hash = createHash("sha256")
    .update(parserFingerprint())
    .update(await toolsFingerprint())
    .update(options)
    .update("\0");
  for (const f of files)
    hash
      .update(f.name)
      .update("\0")
      .update(await readFile(f.path))
      .update("\0");
  return hash.digest("hex");
}

export class ParseCache {
  /** `options`: the parse options that change a result (the OCR mode), part of every key. */
  constructor(
    private readonly dir: string,
    private readonly options = "",
  ) {}

  /** The key and the cached result for these files; no key when a file cannot be read (parsing it then gives the right error). */
  async lookup(files: InputFile[]): Promise<{ key?: string; hit?: CachedParse }> {
    const key = await cacheKey(files, this.options).catch(() => undefined);
    return { key, hit: key ? await this.get(key) : undefined };
  }

  async get(key: string): Promise<CachedParse | undefined> {
    try {
      const entry = CachedParse.safeParse(
        JSON.parse(await readFile(join(this.dir, `${key}.json`), "utf8")),
      );
      // A damaged or hand-edited entry is a miss; the parse that follows rewrites it.
      return entry.success ? (entry.data as CachedParse) : undefined;
    } catch {
      return undefined; // a missing or unreadable entry is a miss
    }
  }

  async set(key: string, value: CachedParse): Promise<void> {
    await writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(value));
  }
}
