/**
 * File arguments with globs, expanded here because CI configurations quote
 * them ('plans/<two stars>/<star>.yaml'): tinyglobby (picomatch) gives
 * absolute patterns, braces, classes and extglobs; an argument starting with
 * "!" removes what it matches from the others. Every command expands its
 * arguments here, so a pattern means the same thing everywhere.
 *
 * An argument that names an existing path, or that has no glob syntax, passes
 * through unchanged: a missing file is still reported by its name, and a file
 * called `KH [2025].pdf` is that file, not a class.
 */
import { stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

const IGNORED = ["**/node_modules/**", "**/.git/**"];

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Whether `arg` is a pattern to expand rather than a path to take as written. */
export async function isPattern(arg: string, cwd: string): Promise<boolean> {
  return isDynamicPattern(arg) && !(await exists(resolve(cwd, arg)));
}

/**
 * Arguments → paths in the order given (each pattern's matches sorted),
 * without repeats. Matches of a relative pattern are relative to `cwd`, of an
 * absolute pattern absolute, as the user wrote them.
 */
export async function expandGlobs(args: string[], cwd: string): Promise<string[]> {
  const negated = args.filter((a) => a.startsWith("!") && a.length > 1).map((a) => a.slice(1));
  const out: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("!") && arg.length > 1) continue;
    if (!(await isPattern(arg, cwd))) {
      out.push(arg);
      continue;
    }
    const absolute = isAbsolute(arg);
    const ignore = [...IGNORED, ...negated];
    const found = await glob(arg, { cwd, absolute, ignore, expandDirectories: false, dot: false });
    out.push(...found.sort());
  }
  const excluded = new Set(negated.filter((n) => !isDynamicPattern(n)).map((n) => resolve(cwd, n)));
  return [...new Set(out)].filter((p) => !excluded.has(resolve(cwd, p)));
}
