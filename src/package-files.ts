/**
 * Where the package's own files are. This module sits at the root of the
 * code: src/ under the test runner (TypeScript run directly), dist/ once
 * built. The one place that tells the two apart.
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder the running code is in: `src/` or `dist/`. */
export const CODE_ROOT = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = dirname(CODE_ROOT);

/** A compiled module (`batch/worker.js`): in dist/, from src/ or dist/ alike; undefined unbuilt. */
export function builtModule(path: string): string | undefined {
  const found = join(basename(CODE_ROOT) === "src" ? join(PACKAGE_ROOT, "dist") : CODE_ROOT, path);
  return existsSync(found) ? found : undefined;
}

/** A data file kept with the sources (`reference/nq397.yaml`): beside the code, else in src/. */
export function sourceDataFile(path: string): string {
  const candidates = [join(CODE_ROOT, path), join(PACKAGE_ROOT, "src", path)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${basename(path)} is missing (looked in ${candidates.join(", ")})`);
  return found;
}

/** A file at the package's root (`schemas/plan.schema.json`), the same from src/ and dist/. */
export function packageFile(path: string): string {
  return join(PACKAGE_ROOT, path);
}
