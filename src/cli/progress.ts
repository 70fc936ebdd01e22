/**
 * A one-line progress bar on stderr, only on a terminal: piped or redirected
 * runs print nothing, so logs and machine outputs stay clean.
 */
import type { Io } from "./io.js";

export class Progress {
  private shown = false;
  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${this.total} ${label}`;
    this.io.stderr(`\r\x1b[2K${line.slice(0, 100)}`);
    this.shown = true;
  }

  /** Clear the bar before printing a message line, and at the end. */
  clear(): void {
    if (this.shown) this.io.stderr("\r\x1b[2K");
    this.shown = false;
  }
}
