/**
 * The one-line messages the CLI prints on stderr, with the file name quoted
 * when odd and the reason's control characters shown as `\x1b`, `\n`: a file
 * name or a document's text must not move the cursor or forge a line.
 */
import { escapeTerminalLine, quoteFileName } from "../report/escape.js";

export function fileLine(file: string, reason: string): string {
  return `plan: ${quoteFileName(file)}: ${escapeTerminalLine(reason)}`;
}

/** A file name inside a message: quoted when odd, never raw controls. */
export function shownName(file: string): string {
  return escapeTerminalLine(quoteFileName(file));
}
