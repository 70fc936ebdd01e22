/** `plan validate --format sarif`: diagnostics as SARIF 2.1.0, for code scanning. */
import type { Diagnostic } from "../../diagnostics.js";
import { VERSION } from "../../version.js";

export default function diagnosticsSarif(diags: Diagnostic[]): string {
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
