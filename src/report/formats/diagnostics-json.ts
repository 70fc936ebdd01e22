/** `plan validate --format json`: `{ formatVersion, diagnostics }`, 1-based lines and columns, JSON pointers. */
import type { Diagnostic } from "../../diagnostics.js";

export default function diagnosticsJson(diags: Diagnostic[]): string {
  return JSON.stringify({ formatVersion: 1, diagnostics: diags }, null, 2) + "\n";
}
