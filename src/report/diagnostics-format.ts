/**
 * Diagnostics → text (with a code frame), JSON, GitHub annotations, SARIF
 * 2.1.0. All four render the same list; nothing else goes to stdout.
 */
import type { Diagnostic } from "../diagnostics.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { VERSION } from "../version.js";

export type DiagnosticFormat = "text" | "json" | "github" | "sarif";

/** GitHub shows about ten annotations of a kind per step; more are summarised. */
const GITHUB_CAP = 50;

export function codeFrame(source: string, d: Diagnostic): string {
  if (!d.line) return "";
  const lines = source.split(/\r?\n/);
  const from = Math.max(1, d.line - 1), to = Math.min(lines.length, d.line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`${n === d.line ? ">" : " "} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === d.line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, (d.column ?? 1) - 1))}^`);
  }
  return out.join("\n");
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
