/**
 * The command line's own messages: the one-line `plan: FILE: reason` with the
 * file name quoted when odd and the reason's control characters shown as
 * `\x1b`, `\n` (#14: a file name or a document's text must not move the cursor
 * or forge a line). The words themselves are in the catalogue, src/messages/
 * (#16), in Vietnamese and English.
 */
import { escapeTerminalLine, quoteFileName } from "../report/escape.js";

export function fileLine(file: string, reason: string): string {
  return `plan: ${quoteFileName(file)}: ${escapeTerminalLine(reason)}`;
}

/** A file name inside a message: quoted when odd, never raw controls. */
export function shownName(file: string): string {
  return escapeTerminalLine(quoteFileName(file));
}
