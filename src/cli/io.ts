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
  /** The terminal's width in columns when stdout is one. */
  columns?: number;
}

/** How wide tables may be: the terminal's width, else $COLUMNS, else 100 (piped output). */
export function outputWidth(io: Io): number {
  return io.columns || Number(io.env.COLUMNS) || 100;
}

/** The day, as an ISO date: SOURCE_DATE_EPOCH (reproducible builds) when set, else today. */
export function today(io: Io): string {
  const epoch = Number(io.env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && io.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date())
    .toISOString()
    .slice(0, 10);
}

/**
 * A writer to a stream whose reader may leave early (`plan parse x | head`):
 * EPIPE means nobody reads any more, so the rest is dropped quietly and the
 * command ends with the exit code it would have had. Other errors still throw.
 */
export function pipeWriter(
  stream: NodeJS.WritableStream & { destroyed?: boolean },
): (s: string) => void {
  let closed = false;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
  });
  return (s) => {
    if (!closed && !stream.destroyed) stream.write(s);
  };
}

export function processIo(): Io {
  return {
    stdout: pipeWriter(process.stdout),
    stderr: pipeWriter(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

export { writeFileAtomic } from "../write-atomic.js";
