/**
 * `plan diff --format html`: one self-contained page (inline CSS, no script,
 * no external resource) that opens from an e-mail attachment with no network.
 * A summary at the top, then per section a four-column comparison:
 * reference | plan | finding | note, with dropped phrases in <del> and added
 * ones in <ins>.
 */
import { SECTION_TITLES, type DiffResult, type DiffSection, type Finding } from "../../diff/types.js";
import { countByKind, countByStatus, findingNote } from "../diff-summary.js";
import { esc, page } from "../html-page.js";

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

export default function diffHtml(r: DiffResult): string {
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
