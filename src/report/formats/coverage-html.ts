/** `plan diff --against REF PLANS... -f html`: the coverage matrix as one self-contained page. */
import type { Coverage } from "../../diff/coverage.js";
import type { ElementStatus } from "../../diff/types.js";
import { esc, page } from "../html-page.js";

const STATUS_TEXT: Record<ElementStatus, string> = { kept: "kept", changed: "changed", missing: "missing", absent: "–" };

export default function coverageHtml(cov: Coverage): string {
  const head = `<tr><th>${esc(cov.reference)}</th>${cov.plans.map((p) => `<th>${esc(p)}</th>`).join("")}</tr>`;
  const rows = cov.rows.map(
    (r) => `<tr><td><span class="kind">${esc(r.referenceId)}</span> ${esc(r.text.slice(0, 120))}${r.text.length > 120 ? "…" : ""}</td>${r.cells.map((s) => `<td class="${s}">${STATUS_TEXT[s]}</td>`).join("")}</tr>`,
  );
  return page(`Coverage of ${cov.reference}`, [`<h1>Coverage of ${esc(cov.reference)}</h1>`, `<table>${head}${rows.join("")}</table>`, `<p class="muted">– : that part of the plan was not in the files given.</p>`].join("\n"));
}
