/**
 * Write a file atomically: a temporary file beside the target, then rename,
 * so a crash or a bad input never leaves a half-written output. Outputs, the
 * parse cache and the OCR cache all write through here.
 *
 * What is at the path is respected: a symbolic link is written through (its
 * target is replaced, the link stays), an existing file keeps its mode, and
 * a device, FIFO or terminal (`-o /dev/stdout`, `-o /dev/null`) is written
 * directly, since renaming over it would replace the device with a file.
 */
import { randomBytes } from "node:crypto";
import { chmod, lstat, mkdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { PID_HEX, sweep, track } from "./cleanup.js";
import { InputError } from "./diagnostics.js";

/** `.NAME.<writer pid, 8 hex><random, 8 hex>.tmp`; the older `.NAME.<12 hex>.tmp` too. */
export const TEMP_NAME = /^\..+\.(?:([0-9a-f]{8})[0-9a-f]{8}|[0-9a-f]{12})\.tmp$/;

const swept = new Set<string>();

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const st = await stat(path).catch(() => undefined);
  if (st && !st.isFile()) {
    if (st.isDirectory())
      throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    await writeFile(path, content, "utf8");
    return;
  }
  // Through symbolic links: the real file is the one replaced. A dangling link is written through as is.
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink() && !st) {
    await writeFile(path, content, "utf8");
    return;
  }
  const target = st ? await realpath(path) : path;
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  if (!swept.has(dir)) {
    swept.add(dir);
    sweep(dir, TEMP_NAME); // what an earlier, killed run left behind
  }
  const tmp = join(dir, `.${basename(target)}.${PID_HEX}${randomBytes(4).toString("hex")}.tmp`);
  const release = track(tmp);
  try {
    // Created with the target's permissions, so that a 0600 file's content is never readable by others.
    await writeFile(tmp, content, { encoding: "utf8", mode: st ? st.mode & 0o777 : 0o666 });
    if (st) await chmod(tmp, st.mode & 0o7777);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  } finally {
    release();
  }
}

/** A file the run reads, and how the user named it. */
export interface NamedPath {
  path: string;
  name: string;
}

/**
 * Refuse to write an output over one of the run's inputs (`plan parse x.pdf
 * -o x.pdf` would replace the document with its YAML): the same file by real
 * path or by device and inode (a hard link). Exit 2 through InputError.
 */
export async function refuseInputsAsOutputs(
  outputs: NamedPath[],
  inputs: NamedPath[],
): Promise<void> {
  const identity = async (p: string) => {
    const st = await stat(p).catch(() => undefined);
    if (!st?.isFile()) return undefined;
    return { real: await realpath(p).catch(() => p), inode: `${st.dev}:${st.ino}` };
  };
  const ins = await Promise.all(inputs.map(async (i) => ({ ...i, id: await identity(i.path) })));
  for (const o of outputs) {
    const id = await identity(o.path);
    if (!id) continue;
    const same = ins.find((i) => i.id && (i.id.real === id.real || i.id.inode === id.inode));
    if (same) {
      const also = same.name === o.name ? "" : ` (the same file as ${same.name})`;
      throw new InputError(
        o.name,
        `is an input of this run${also}; refusing to overwrite it with the output (choose another -o)`,
        "output-is-input",
      );
    }
  }
}

/** Why an output could not be written, for `plan: FILE: reason`. */
export function writeErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "cannot write the output: permission denied";
  if (code === "ENOSPC") return "cannot write the output: no space left on the device";
  if (code === "EISDIR") return "cannot write the output: it is a folder";
  if (code === "ENOTDIR" || code === "EEXIST")
    return "cannot write the output: a part of its path is a file, not a folder";
  if (code === "EROFS") return "cannot write the output: the file system is read-only";
  return `cannot write the output: ${(e as Error).message}`;
}
