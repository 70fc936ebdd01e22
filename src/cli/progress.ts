/**
 * A one-line progress bar on stderr, only on a terminal: piped or redirected
 * runs print nothing, so logs and machine outputs stay clean.
 */
import type { Io } from "./io.js";

export class Progress {
  private shown = false;
  constructor(
    private readonly io: Io,
    private total: number,
    private readonly enabled: boolean,
  ) {}

  /** `total` 0 at construction: the caller gives it with each update (pages of a scan). */
  update(done: number, label: string, total = this.total): void {
    this.total = total || this.total;
    if (!this.enabled || !this.total) return;
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
