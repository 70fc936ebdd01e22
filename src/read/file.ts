/**
 * Reading an input file within a byte budget. The bytes are counted while
 * reading, not taken from `stat`: `/dev/zero` reports size 0 and never ends,
 * and a FIFO reports nothing at all. The file is opened non-blocking, so a
 * FIFO with no writer reads as empty instead of waiting for ever, and one
 * whose writer goes quiet stops after IDLE_MS.
 */
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { InputError } from "../diagnostics.js";
import { formatBytes } from "../limits.js";

const CHUNK = 1024 * 1024;
/** A pipe that sends nothing for this long is given up on. */
const IDLE_MS = 10_000;

/** Why a file could not be opened, in the words of `plan: FILE: reason`. */
export function unreadableReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "ENXIO") return "cannot be opened for reading (a socket or a pipe with no reader)";
  return (e as Error).message;
}

export async function readBounded(
  path: string,
  name: string,
  maxBytes: number,
  flag = "--max-bytes",
): Promise<Buffer> {
  let fh: FileHandle;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(name, unreadableReason(e), "input-unreadable");
  }
  const tooLarge = () =>
    new InputError(
      name,
      `larger than the ${flag} limit of ${formatBytes(maxBytes)}`,
      "input-too-large",
    );
  try {
    const st = await fh.stat();
    if (st.isDirectory())
      throw new InputError(name, "is a directory, not a file", "input-unreadable");
    if (st.isFile() && st.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    let idleSince = Date.now();
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      let n: number;
      try {
        ({ bytesRead: n } = await fh.read(buf, 0, buf.length, null));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
        if (Date.now() - idleSince > IDLE_MS)
          throw new InputError(
            name,
            `no data came for ${IDLE_MS / 1000} s; stopped waiting`,
            "input-unreadable",
          );
        await sleep(20);
        continue;
      }
      if (n === 0) break;
      idleSince = Date.now();
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(name, unreadableReason(e), "input-unreadable");
  } finally {
    await fh.close();
  }
}
