/** Human-readable diagnostics for stderr: `place: severity: message [rule]`. */
import { formatPlace, type Diagnostic } from "../diagnostics.js";

export function formatDiagnostic(d: Diagnostic): string {
  const row = d.rowId ? ` (${d.rowId})` : "";
  return `${formatPlace(d)}: ${d.severity}: ${d.message}${row} [${d.ruleId}]`;
}
