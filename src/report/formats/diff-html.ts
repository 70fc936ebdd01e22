/**
 * `plan diff --format html`: one self-contained page (inline CSS, no script,
 * no external resource) that opens from an e-mail attachment with no network.
 * A summary at the top, then per section a four-column comparison:
 * reference | plan | finding | note, with dropped phrases in <del> and added
 * ones in <ins>.
 */
import type { Coverage } from "../diff/coverage.js";
import { SECTION_TITLES, type DiffResult, type DiffSection, type ElementStatus, type Finding } from "../diff/types.js";
import { countByKind, countByStatus, findingNote } from "./diff-format.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The text with each phrase (exact substrings, in order) wrapped in a tag. */
function mark(text: string, phrases: string[], tag: "del" | "ins"): string {
  let out = "";
  let at = 0;
  for (const p of phrases) {
    const i = text.indexOf(p, at);
    if (i < 0) continue;
    out += esc(text.slice(at, i)) + `<${tag}>${esc(p)}</${tag}>`;
    at = i + p.length;
  }
  return out + esc(text.slice(at));
}

const CSS = `
body{font:15px/1.45 "Noto Serif","Times New Roman",serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f2f2f2}td.id{white-space:nowrap;font-family:monospace;font-size:.85em;color:#555}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none;border-bottom:1px solid #060}
.kind{font-family:monospace;font-size:.85em;white-space:nowrap}.weak{color:#b00;font-weight:bold}
.summary td,.summary th{width:auto}.kept{background:#eaf6ea}.changed{background:#fff6d9}.missing{background:#fde4e4}.absent{color:#999}
.muted{color:#777;font-size:.9em}
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

function findingCell(fs: Finding[]): string {
  return fs
    .map((f) => {
      const value = f.from !== undefined ? `<br>${esc(f.from)} → ${esc(f.to ?? "")}` : "";
      return `<div><span class="kind${f.weakened ? " weak" : ""}">${esc(f.kind)}</span> ${esc(f.message)}${value}</div>`;
    })
    .join("");
}

function row(fs: Finding[]): string {
  const ref = fs.find((f) => f.reference)?.reference;
  const plan = fs.find((f) => f.plan)?.plan;
  const dropped = fs.flatMap((f) => f.dropped);
  const added = fs.flatMap((f) => f.added);
  const where = (e: { id: string; file?: string; page?: number } | undefined) => (e ? `${e.id}${e.page ? `, p. ${e.page}` : ""}` : "");
  const refCell = ref ? `<div class="muted">${esc(where(ref))}</div>${mark(ref.text, dropped, "del")}` : "—";
  const planCell = plan ? `<div class="muted">${esc(where(plan))}</div>${mark(plan.text, added, "ins")}` : "—";
  const notes = [...new Set(fs.map(findingNote).filter(Boolean).flatMap((n) => n.split(", ")))].join(", ");
  return `<tr><td>${refCell}</td><td>${planCell}</td><td>${findingCell(fs)}</td><td>${esc(notes)}</td></tr>`;
}

export function formatDiffHtml(r: DiffResult): string {
  const status = countByStatus(r);
  const kinds = countByKind(r.findings);
  const parts: string[] = [
    `<h1>${esc(r.plan.name)} compared with ${esc(r.reference.name)}</h1>`,
    `<p class="muted">Reference: ${esc(r.reference.title ?? r.reference.name)}<br>Plan: ${esc(r.plan.title ?? r.plan.name)}</p>`,
    `<table class="summary"><tr><th>kept</th><th>changed</th><th>missing</th><th>not in the files given</th><th>findings</th></tr>`,
    `<tr><td class="kept">${status.kept}</td><td class="changed">${status.changed}</td><td class="missing">${status.missing}</td><td class="absent">${status.absent}</td><td>${r.findings.length}</td></tr></table>`,
    `<p>${Object.entries(kinds)
      .filter(([, n]) => n)
      .map(([k, n]) => `<span class="kind">${esc(k)}</span> ${n}`)
      .join(" · ")}</p>`,
    `<p class="muted">Differences of locality words, level words (bộ/sở), spelling variants, letter case and punctuation are not counted. Findings on reference elements that were inferred rather than found in the official text say so in the note.</p>`,
  ];
  for (const section of Object.keys(SECTION_TITLES) as DiffSection[]) {
    const fs = r.findings.filter((f) => f.section === section);
    const kept = r.elements.filter((e) => e.section === section && e.status === "kept");
    if (!fs.length && !kept.length) continue;
    parts.push(`<h2>${esc(SECTION_TITLES[section])}</h2>`);
    if (fs.length) {
      const groups = new Map<string, Finding[]>();
      for (const f of fs) {
        const key = f.referenceId ? `r:${f.referenceId}` : f.planId ? `p:${f.planId}` : `x:${groups.size}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      parts.push(`<table><tr><th>reference</th><th>plan</th><th>finding</th><th>note</th></tr>`, ...[...groups.values()].map(row), `</table>`);
    }
    if (kept.length) parts.push(`<p class="muted">Kept unchanged: ${kept.map((e) => esc(e.referenceId)).join(", ")}</p>`);
  }
  return page(`${r.plan.name} — ${r.reference.name}`, parts.join("\n"));
}

const STATUS_TEXT: Record<ElementStatus, string> = { kept: "kept", changed: "changed", missing: "missing", absent: "–" };

export function formatCoverageHtml(cov: Coverage): string {
  const head = `<tr><th>${esc(cov.reference)}</th>${cov.plans.map((p) => `<th>${esc(p)}</th>`).join("")}</tr>`;
  const rows = cov.rows.map(
    (r) => `<tr><td><span class="kind">${esc(r.referenceId)}</span> ${esc(r.text.slice(0, 120))}${r.text.length > 120 ? "…" : ""}</td>${r.cells.map((s) => `<td class="${s}">${STATUS_TEXT[s]}</td>`).join("")}</tr>`,
  );
  return page(`Coverage of ${cov.reference}`, [`<h1>Coverage of ${esc(cov.reference)}</h1>`, `<table>${head}${rows.join("")}</table>`, `<p class="muted">– : that part of the plan was not in the files given.</p>`].join("\n"));
}
