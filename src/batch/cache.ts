/**
 * A parse cache: one JSON file per plan, keyed by the hashes of its input
 * files, their names (they appear in the model), the parser's own code and
 * the options that change a result (--ocr),
 * so a re-run over unchanged files reads the result instead of parsing, and
 * a new parser never serves an old result.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { PlanModel } from "../model/schema.js";
import { CODE_ROOT } from "../package-files.js";
import { PARSER_NAME } from "../version.js";
import { writeFileAtomic } from "../write-atomic.js";
import type { InputFile } from "./group.js";

export interface CachedParse {
  plan: PlanModel;
  diagnostics: Diagnostic[];
}

let fingerprint: string | undefined;

/** The parser's version and a hash of its code (dist/ when built, src/ under the test runner). */
export function parserFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = CODE_ROOT;
  const hash = createHash("sha256").update(PARSER_NAME);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
  const hash = createHash("sha256").update(parserFingerprint()).update(options).update("\0");
  for (const f of files) hash.update(f.name).update("\0").update(await readFile(f.path)).update("\0");
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
      return JSON.parse(await readFile(join(this.dir, `${key}.json`), "utf8")) as CachedParse;
    } catch {
      return undefined; // a missing or damaged entry is a miss
    }
  }

  async set(key: string, value: CachedParse): Promise<void> {
    await writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify(value));
  }
}
