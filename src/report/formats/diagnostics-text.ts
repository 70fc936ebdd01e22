/** `plan validate --format text`: one line per diagnostic (`file:line:col: severity: message [rule]`) and a code frame. */
import type { Diagnostic } from "../../diagnostics.js";
import { escapeTerminalLine } from "../escape.js";
import { formatDiagnostic } from "../format-diagnostic.js";
import type { FormatOptions } from "./options.js";

/** Columns of source shown around the problem: a 50 MB line must not print 400 MB of frame. */
const FRAME_WIDTH = 160;

/**
 * The line before, the line and the line after, each cut to the same window
 * of columns around the problem (with … where cut), and control characters
 * shown as \x1b so that a YAML value cannot drive the terminal.
 */
export function codeFrame(source: string, d: Diagnostic): string {
  if (!d.line) return "";
  // CR alone ends a line too (old Mac files): never send a bare CR to the terminal.
  const lines = sourceLines(source, d.line - 1, d.line + 1);
  const from = Math.max(1, d.line - 1),
    to = Math.min(from + lines.length - 1, d.line + 1);
  const width = String(to).length;
  const column = Math.max(1, d.column ?? 1);
  // Lines that fit are shown whole; a longer one from a window that keeps the problem in view.
  const longest = Math.max(...lines.map((l) => l.length));
  const start = Math.max(
    0,
    Math.min(column - 1 - Math.floor(FRAME_WIDTH / 2), longest - FRAME_WIDTH),
  );
  const cut = (text: string) => {
    const shown = text.slice(start, start + FRAME_WIDTH);
    return `${start > 0 ? "…" : ""}${escapeTerminalLine(shown)}${text.length > start + FRAME_WIDTH ? "…" : ""}`;
  };
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const text = lines[n - from] ?? "";
    out.push(`${n === d.line ? ">" : " "} ${String(n).padStart(width)} | ${cut(text)}`);
    if (n === d.line) {
      const before = escapeTerminalLine(text.slice(start, column - 1)).length + (start > 0 ? 1 : 0);
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(before)}^`);
    }
  }
  return out.join("\n");
}

/** Lines `first`..`last` (1-based) of a text, found without splitting all of it; CR, LF and CRLF each end a line. */
function sourceLines(source: string, first: number, last: number): string[] {
  const out: string[] = [];
  const eol = /\r\n|\r|\n/g;
  let at = 0;
  for (let n = 1; n <= last && at <= source.length; n++) {
    eol.lastIndex = at;
    const m = eol.exec(source);
    const end = m ? m.index : source.length;
    if (n >= first) out.push(source.slice(at, end));
    at = m ? m.index + m[0].length : source.length + 1;
  }
  return out;
}

export default function diagnosticsText(
  diags: Diagnostic[],
  opts: Pick<FormatOptions, "sources"> = {},
): string {
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
