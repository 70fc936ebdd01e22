/**
 * Diagnostics → text (with a code frame), JSON, GitHub annotations, SARIF
 * 2.1.0. All four render the same list; nothing else goes to stdout.
 */
import type { Diagnostic } from "../diagnostics.js";
import { escapeTerminalLine } from "./escape.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { VERSION } from "../version.js";

export type DiagnosticFormat = "text" | "json" | "github" | "sarif";

/** GitHub shows about ten annotations of a kind per step; more are summarised. */
const GITHUB_CAP = 50;

/** Columns of source shown around the problem: a 50 MB line must not print 400 MB of frame. */
const FRAME_WIDTH = 100;

/**
 * The line before, the line and the line after, each cut to the same window
 * of columns around the problem (with … where cut), and control characters
 * shown as \x1b so that a YAML value cannot drive the terminal.
 */
export function codeFrame(source: string, d: Diagnostic): string {
  if (!d.line) return "";
  const lines = sourceLines(source, d.line - 1, d.line + 1);
  const from = Math.max(1, d.line - 1), to = Math.min(from + lines.length - 1, d.line + 1);
  const width = String(to).length;
  const column = Math.max(1, d.column ?? 1);
  const start = Math.max(0, column - 1 - Math.floor(FRAME_WIDTH / 2));
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

/** Lines `first`..`last` (1-based) of a text, found without splitting all of it. */
function sourceLines(source: string, first: number, last: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (let n = 1; n <= last && at <= source.length; n++) {
    let end = source.indexOf("\n", at);
    if (end < 0) end = source.length;
    if (n >= first) out.push(source.slice(at, end).replace(/\r$/, ""));
    at = end + 1;
  }
  return out;
}

export function formatText(diags: Diagnostic[], sources: Map<string, string>): string {
  return diags
    .map((d) => {
      const frame = d.file && sources.has(d.file) ? codeFrame(sources.get(d.file)!, d) : "";
      return frame ? `${formatDiagnostic(d)}\n${frame}\n` : `${formatDiagnostic(d)}\n`;
    })
    .join("");
}

export function formatJson(diags: Diagnostic[]): string {
  return JSON.stringify({ formatVersion: 1, diagnostics: diags }, null, 2) + "\n";
}

const escData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escProp = (s: string) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatGithub(diags: Diagnostic[]): string {
  const lines = diags.slice(0, GITHUB_CAP).map((d) => {
    const props = [`file=${escProp(d.file ?? "")}`];
    if (d.line) props.push(`line=${d.line}`);
    if (d.endLine) props.push(`endLine=${d.endLine}`);
    // col/endColumn only on one-line spans (GitHub's annotation semantics).
    if (d.column && (!d.endLine || d.endLine === d.line)) {
      props.push(`col=${d.column}`);
      if (d.endColumn) props.push(`endColumn=${d.endColumn}`);
    }
    props.push(`title=${escProp(d.ruleId)}`);
    return `::${d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice"} ${props.join(",")}::${escData(d.message)}`;
  });
  if (diags.length > GITHUB_CAP) lines.push(`::warning title=plan::${diags.length - GITHUB_CAP} more problems not shown as annotations; run plan validate locally for all of them`);
  return lines.map((l) => l + "\n").join("");
}

export function formatSarif(diags: Diagnostic[]): string {
  const rules = [...new Set(diags.map((d) => d.ruleId))].sort();
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "plan", version: VERSION, informationUri: "https://plan.local", rules: rules.map((id) => ({ id, shortDescription: { text: id } })) } },
        results: diags.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: rules.indexOf(d.ruleId),
          level: d.severity === "info" ? "note" : d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: (d.file ?? "").replace(/\\/g, "/") },
                region: { startLine: Math.max(1, d.line ?? 1), startColumn: Math.max(1, d.column ?? 1), ...(d.endLine ? { endLine: d.endLine } : {}), ...(d.endColumn ? { endColumn: d.endColumn } : {}) },
              },
              ...(d.pointer !== undefined ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: "member" }] } : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
