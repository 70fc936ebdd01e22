/**
 * Diagnostics → text (with a code frame), JSON, GitHub annotations, SARIF
 * 2.1.0. All four render the same list; nothing else goes to stdout.
 */
import type { Diagnostic } from "../diagnostics.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleDescription } from "./rule-catalogue.js";
import { formatDiagnostic } from "./format-diagnostic.js";
import { VERSION } from "../version.js";
import { escapeTerminal } from "./escape.js";

export type DiagnosticFormat = "text" | "json" | "github" | "sarif";

/** GitHub shows about ten annotations of a kind per step; more are summarised. */
const GITHUB_CAP = 50;

export function codeFrame(source: string, d: Diagnostic): string {
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

/**
 * A file's SARIF location: relative to the working directory under the
 * `%SRCROOT%` base (code scanning resolves it against the checkout), or an
 * absolute file: URI for a file outside it.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return { uri: encodeURI(rel.split(sep).join("/")), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(abs).href };
}

function region(d: Diagnostic) {
  if (!d.line) return undefined;
  return { startLine: d.line, startColumn: Math.max(1, d.column ?? 1), ...(d.endLine ? { endLine: d.endLine } : {}), ...(d.endColumn ? { endColumn: d.endColumn } : {}) };
}

/**
 * SARIF 2.1.0: one run, rules described from the catalogue, results at
 * their regions, and files that could not be read as tool execution
 * notifications (they were not checked, so they are not results).
 */
export function formatSarif(diags: Diagnostic[], cwd: string = process.cwd()): string {
  const unreadable = diags.filter((d) => d.ruleId === "file-unreadable");
  const results = diags.filter((d) => d.ruleId !== "file-unreadable");
  const rules = [...new Set(results.map((d) => d.ruleId))].sort();
  const location = (d: Diagnostic) => {
    const r = region(d);
    return { physicalLocation: { artifactLocation: artifactLocation(d.file ?? "", cwd), ...(r ? { region: r } : {}) } };
  };
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "plan",
            version: VERSION,
            rules: rules.map((id) => ({ id, shortDescription: { text: ruleDescription(id) } })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((d) => ({
              level: "error",
              message: { text: `${d.file}: ${d.message}` },
              descriptor: { id: d.ruleId },
              locations: [location(d)],
            })),
          },
        ],
        results: results.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: rules.indexOf(d.ruleId),
          level: d.severity === "info" ? "note" : d.severity,
          message: { text: d.message },
          locations: [
            {
              ...location(d),
              ...(d.pointer !== undefined ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: "member" }] } : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
