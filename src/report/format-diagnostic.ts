/** Human-readable diagnostics for stderr: `place: severity: message [rule]`. */
import { formatPlace, type Diagnostic } from "../diagnostics.js";
import { escapeTerminalLine } from "../report/escape.js";

export function formatDiagnostic(d: Diagnostic): string {
  const row = d.rowId ? ` (${d.rowId})` : "";
  // Messages quote the file's own text: no control character reaches the terminal.
  return `${formatPlace(d)}: ${d.severity}: ${escapeTerminalLine(d.message)}${row} [${d.ruleId}]`;
}
