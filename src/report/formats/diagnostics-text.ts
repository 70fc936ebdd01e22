/** `plan validate --format text`: one line per diagnostic (`file:line:col: severity: message [rule]`) and a code frame. */
import type { Diagnostic } from "../../diagnostics.js";
import { escapeTerminal } from "../escape.js";
import { formatDiagnostic } from "../format-diagnostic.js";
import type { FormatOptions } from "./options.js";

function codeFrame(source: string, d: Diagnostic): string {
  if (!d.line) return "";
  // CR alone ends a line too (old Mac files): never send a bare CR to the terminal.
  const lines = source.split(/\r\n|\r|\n/);
  const from = Math.max(1, d.line - 1), to = Math.min(lines.length, d.line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`${n === d.line ? ">" : " "} ${String(n).padStart(width)} | ${escapeTerminal(lines[n - 1])}`);
    if (n === d.line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, (d.column ?? 1) - 1))}^`);
  }
  return out.join("\n");
}

export default function diagnosticsText(diags: Diagnostic[], opts: Pick<FormatOptions, "sources"> = {}): string {
  const sources = opts.sources ?? new Map<string, string>();
  // An unreadable file already has its `plan: FILE: reason` line from the CLI.
  return diags
    .filter((d) => d.ruleId !== "file-unreadable")
    .map((d) => {
      const frame = d.file && sources.has(d.file) ? codeFrame(sources.get(d.file)!, d) : "";
      return frame ? `${formatDiagnostic(d)}\n${frame}\n` : `${formatDiagnostic(d)}\n`;
    })
    .join("");
}
