/**
 * `plan validate --format sarif`: diagnostics as SARIF 2.1.0, for code
 * scanning (checked against the official schema in test/issue-15-sarif.test.ts).
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../../diagnostics.js";
import { VERSION } from "../../version.js";
import { ruleDescription } from "../rule-catalogue.js";
import type { FormatOptions } from "./options.js";

/**
 * A file's SARIF location: relative to the working directory under the
 * `%SRCROOT%` base (code scanning resolves it against the checkout), or an
 * absolute file: URI for a file outside it.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel))
    return { uri: encodeURI(rel.split(sep).join("/")), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(abs).href };
}

function region(d: Diagnostic) {
  if (!d.line) return undefined;
  return {
    startLine: d.line,
    startColumn: Math.max(1, d.column ?? 1),
    ...(d.endLine ? { endLine: d.endLine } : {}),
    ...(d.endColumn ? { endColumn: d.endColumn } : {}),
  };
}

/**
 * SARIF 2.1.0: one run, rules described from the catalogue, results at
 * their regions, and files that could not be read as tool execution
 * notifications (they were not checked, so they are not results).
 */
export default function diagnosticsSarif(
  diags: Diagnostic[],
  opts: Pick<FormatOptions, "cwd"> = {},
): string {
  const cwd = opts.cwd ?? process.cwd();
  const unreadable = diags.filter((d) => d.ruleId === "file-unreadable");
  const results = diags.filter((d) => d.ruleId !== "file-unreadable");
  const rules = [...new Set(results.map((d) => d.ruleId))].sort();
  const location = (d: Diagnostic) => {
    const r = region(d);
    return {
      physicalLocation: {
        artifactLocation: artifactLocation(d.file ?? "", cwd),
        ...(r ? { region: r } : {}),
      },
    };
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
        originalUriBaseIds: {
          "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href },
        },
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
              ...(d.pointer !== undefined
                ? { logicalLocations: [{ fullyQualifiedName: d.pointer, kind: "member" }] }
                : {}),
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
