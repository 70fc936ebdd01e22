/**
 * `plan parse` arguments → input files: plain files as given, quoted globs
 * expanded, folders searched for plan documents (PDF, DOCX, text).
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { expandGlobs } from "./glob.js";

const DOCUMENT = /\.(pdf|docx|txt|text)$/i;

async function documentsIn(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await documentsIn(p, out);
    else if (DOCUMENT.test(e.name)) out.push(p);
  }
}

/** Paths as the user would name them: what a folder holds is named under the folder as given. */
export async function expandInputs(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of await expandGlobs(args, cwd)) {
    const isDir = await stat(resolve(cwd, arg)).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      out.push(arg);
      continue;
    }
    const found: string[] = [];
    const dir = resolve(cwd, arg);
    await documentsIn(dir, found);
    out.push(...found.map((f) => join(arg, relative(dir, f)).split(sep).join("/")));
  }
  return [...new Set(out)];
}

/** An output path that names a folder: written with a trailing "/", or an existing folder. */
export async function isOutputFolder(path: string, asGiven: string): Promise<boolean> {
  return (
    asGiven.endsWith("/") ||
    (await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  );
}
