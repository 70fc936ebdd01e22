/**
 * Temporary files and folders this process owns, removed when it is
 * interrupted (Ctrl-C, SIGTERM, a closed terminal), and the sweep that
 * removes what an earlier run could not (kill -9, a power cut).
 *
 * Our temporary names carry the writer's process id in hex, so a later run
 * can tell a stale one (its process is gone) from one a concurrent run is
 * still writing. Nothing but our own patterns is ever removed.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const live = new Set<string>();
let installed = false;

/** After this long a temporary file is stale whoever wrote it. */
const STALE_MS = 60 * 60 * 1000;

export const PID_HEX = process.pid.toString(16).padStart(8, "0");

/** Remove `path` if this process is interrupted before `release` is called. */
export function track(path: string): () => void {
  if (!installed && isMainThread) {
    installed = true;
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(sig, () => {
        removeTracked();
        // Die of the signal as we would have without the handler (exit status 128 + n).
        process.kill(process.pid, sig);
      });
    }
  }
  live.add(path);
  return () => void live.delete(path);
}

export function removeTracked(): void {
  for (const p of live) rmSync(p, { recursive: true, force: true });
  live.clear();
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A temporary name of ours is stale when its writer's process is gone, or
 * when it is older than an hour (a name without a process id, or a reused one).
 */
export function isStale(pidHex: string | undefined, mtimeMs: number): boolean {
  if (pidHex && !alive(parseInt(pidHex, 16))) return true;
  return Date.now() - mtimeMs > STALE_MS;
}

/** Remove the stale entries of `dir` whose names match `pattern` (group 1: the writer's pid in hex, if any). */
export function sweep(dir: string, pattern: RegExp): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const path = `${dir}/${name}`;
    try {
      if (isStale(m[1], statSync(path).mtimeMs)) {
        rmSync(path, { recursive: true, force: true });
        removed.push(path);
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
