/**
 * File arguments with globs ("plans/<two stars>/<star>.yaml", quoted), expanded here because CI
 * configurations often quote them. Plain paths pass through unchanged, so a
 * missing file is still reported by name.
 */
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === "node_modules" || e.name.startsWith(".git")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else out.push(p);
  }
}

export async function expandGlobs(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pat of patterns) {
    if (!/[*?]/.test(pat)) {
      out.push(pat);
      continue;
    }
    const base = pat.split("/").findIndex((seg) => /[*?]/.test(seg));
    const root = pat.split("/").slice(0, base).join("/") || ".";
    const files: string[] = [];
    await walk(join(cwd, root), files);
    const re = globToRegExp(pat.replace(/^\.\//, ""));
    const matched = files.map((f) => relative(cwd, f).split(sep).join("/")).filter((f) => re.test(f)).sort();
    out.push(...matched);
  }
  return [...new Set(out)];
}
