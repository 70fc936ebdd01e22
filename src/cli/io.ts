/**
 * The CLI's only contact with the outside world, injected so that tests run
 * `main()` in-process and capture everything (markdownlint-cli2's approach).
 */

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress display) and may use colour. */
  isTTY: boolean;
  /** Whether stdout is a terminal, so that tables may use colour. */
  stdoutIsTTY?: boolean;
}

export function processIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
}

export { writeFileAtomic } from "../write-atomic.js";
