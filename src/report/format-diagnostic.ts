/** Human-readable diagnostics for stderr: `place: severity: message [rule]`. */
import { formatPlace, type Diagnostic } from "../diagnostics.js";
import { escapeTerminalLine, quoteFileName } from "./escape.js";

/** One line whatever the message holds: document text and file names have their controls shown as \x1b, \n. */
export function formatDiagnostic(d: Diagnostic): string {
  const row = d.rowId ? ` (${escapeTerminalLine(d.rowId)})` : "";
  const place = formatPlace({
    ...d,
    file: d.file === undefined ? undefined : quoteFileName(d.file),
  });
  return `${escapeTerminalLine(place)}: ${d.severity}: ${escapeTerminalLine(d.message)}${row} [${d.ruleId}]`;
}
