/**
 * The command line's own messages: the one-line `plan: FILE: reason` with the
 * file name quoted when odd and the reason's control characters shown as
 * `\x1b`, `\n` (#14: a file name or a document's text must not move the cursor
 * or forge a line), and the messages added for issue #15, in one place so
 * that they can move into the message catalogue (Vietnamese/English) as a whole.
 */
import { escapeTerminalLine, quoteFileName } from "../report/escape.js";

export function fileLine(file: string, reason: string): string {
  return `plan: ${quoteFileName(file)}: ${escapeTerminalLine(reason)}`;
}

/** A file name inside a message: quoted when odd, never raw controls. */
export function shownName(file: string): string {
  return escapeTerminalLine(quoteFileName(file));
}

export const MESSAGES = {
  jobsNotPositive: (_given: string) => "-j takes a positive whole number (plans at once)",
  outputNotFolder: (output: string, plans: number) =>
    `-o ${output}: ${plans} plans need a folder, one file each; end it with / (-o ${output.replace(/\.(ya?ml|json)$/i, "")}/) or parse one plan`,
  failOnEmpty: (kinds: readonly string[]) =>
    `--fail-on needs finding kinds (a comma list of ${kinds.join(", ")}), or any, or none; it was empty`,
  failOnUnknown: (unknown: string[], kinds: readonly string[]) =>
    `--fail-on: unknown finding kind ${unknown.join(", ")} (kinds: ${kinds.join(", ")}, or any, none)`,
  planSummary: (output: string, tasks: number, warnings: number, ocrPages: number) =>
    `${output}: ${tasks} ${tasks === 1 ? "task" : "tasks"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ` +
    `${ocrPages} OCR ${ocrPages === 1 ? "page" : "pages"}`,
  validateSummary: (checked: number, unreadable: number, invalid: number, problems: number) =>
    `${checked} ${checked === 1 ? "file" : "files"} checked` +
    (unreadable ? `, ${unreadable} unreadable` : "") +
    `, ${invalid} invalid, ${problems} ${problems === 1 ? "problem" : "problems"}`,
} as const;
