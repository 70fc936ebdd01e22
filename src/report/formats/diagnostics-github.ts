/** `plan validate --format github`: GitHub Actions workflow annotations. */
import type { Diagnostic } from "../../diagnostics.js";

/** GitHub shows about ten annotations of a kind per step; more are summarised. */
const GITHUB_CAP = 50;

const escData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escProp = (s: string) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export default function diagnosticsGithub(diags: Diagnostic[]): string {
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
  if (diags.length > GITHUB_CAP)
    lines.push(
      `::warning title=plan::${diags.length - GITHUB_CAP} more problems not shown as annotations; run plan validate locally for all of them`,
    );
  return lines.map((l) => l + "\n").join("");
}
