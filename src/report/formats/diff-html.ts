/**
 * `plan diff -f html`: the report an analyst sends to the director. A header
 * naming both documents, a summary with coverage per section drawn as bars,
 * the findings heaviest first (missing tasks, weakened targets, later
 * deadlines, dropped then added phrases), and the kept elements folded.
 * Every element links to its page in the source PDF where that is known.
 */
import type {
  DiffResult,
  DocumentSummary,
  ElementRef,
  ElementStatus,
  Finding,
} from "../../diff/types.js";
import { VERSION } from "../../version.js";
import {
  byWeight,
  countByStatus,
  findingDetail,
  langOf,
  planLabel,
  statusBySection,
} from "../diff-summary.js";
import { pairsHtml } from "../diff-tables.js";
import { escapeHtml as esc } from "../escape.js";
import {
  elementAnchor,
  htmlPage,
  idLink,
  legend,
  percent,
  svgBar,
  todayIso,
} from "../html-page.js";
import { findingNotes, formatDate, messages, type Catalogue } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

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

function elementCell(
  e: ElementRef | null,
  phrases: string[],
  tag: "del" | "ins",
  m: Catalogue,
): string {
  if (!e) return "—";
  return `${idLink(e.id, e.file, e.page, m)}<br>${mark(e.text, phrases, tag)}`;
}

function documentsTable(r: DiffResult, m: Catalogue): string {
  const w = m.report;
  const cells = (f: (d: DocumentSummary) => string | null) =>
    `<td>${esc(f(r.reference) ?? "—")}</td><td>${esc(f(r.plan) ?? "—")}</td>`;
  return [
    `<table class="docs"><thead><tr><th></th><th>${esc(w.reference)}</th><th>${esc(w.plan)}</th></tr></thead><tbody>`,
    `<tr><th>${esc(w.issuer)}</th>${cells((d) => d.issuer)}</tr>`,
    `<tr><th>${esc(w.number)}</th>${cells((d) => d.number)}</tr>`,
    `<tr><th>${esc(w.date)}</th>${cells((d) => (d.date ? formatDate(d.date, m.lang) : null))}</tr>`,
    `<tr><th>${esc(w.docTitle)}</th>${cells((d) => d.title)}</tr>`,
    `</tbody></table>`,
  ].join("\n");
}

function summary(r: DiffResult, m: Catalogue): string {
  const s = countByStatus(r.elements);
  const cards = (["kept", "changed", "missing", "absent"] as ElementStatus[])
    .filter((k) => k !== "absent" || s.absent)
    .map((k) => `<div class="card ${k}"><b>${s[k]}</b>${esc(m.status[k])}</div>`);
  cards.push(
    `<div class="card findings"><b>${r.findings.length}</b>${esc(m.report.findingsCount(r.findings.length).replace(/^\d+\s*/, ""))}</div>`,
  );
  const rows = statusBySection(r).map(([section, c]) => {
    const total = c.kept + c.changed + c.missing + c.absent;
    const covered = c.kept + c.changed;
    return `<tr><td>${esc(m.section[section])}</td><td>${svgBar(c)}</td><td class="n">${covered}/${total} · ${percent(covered, total)}</td></tr>`;
  });
  return [
    `<h2>${esc(m.report.summary)}</h2>`,
    `<div class="cards">${cards.join("")}</div>`,
    `<h3>${esc(m.report.coverageBySection)}</h3>`,
    `<table class="bars"><tbody>${rows.join("")}</tbody></table>`,
    legend(m.status),
  ].join("\n");
}

function findingRow(f: Finding, m: Catalogue, anchor: string | null): string {
  const detail = esc(findingDetail(f, m)).replace(/\n/g, "<br>");
  const notes = findingNotes(f, m.lang).join(", ");
  const id = anchor ? ` id="${esc(anchor)}"` : "";
  // A finding on a whole part (no task table) has no element to show: its reason spans the row.
  if (!f.reference && !f.plan)
    return `<tr${id}><td colspan="3">${detail}</td><td>${esc(notes)}</td></tr>`;
  const cells = `<td>${elementCell(f.reference, f.dropped, "del", m)}</td><td>${elementCell(f.plan, f.added, "ins", m)}</td>`;
  return `<tr${id}>${cells}<td>${detail}</td><td>${esc(notes)}</td></tr>`;
}

function findings(r: DiffResult, m: Catalogue): string {
  const parts = [`<h2>${esc(m.report.findings)}</h2>`];
  if (!r.findings.length) return [...parts, `<p>${esc(m.report.noFindings)}</p>`].join("\n");
  // One table per label, in the order of weight: "Thiếu nhiệm vụ", "Hạ chỉ tiêu", "Lùi thời hạn"...
  const groups = new Map<string, Finding[]>();
  for (const f of byWeight(r.findings))
    groups.set(m.kind(f), [...(groups.get(m.kind(f)) ?? []), f]);
  const w = m.report;
  const head = `<thead><tr><th style="width:34%">${esc(w.reference)}</th><th style="width:34%">${esc(w.plan)}</th><th>${esc(w.detail)}</th><th style="width:10%">${esc(w.note)}</th></tr></thead>`;
  const anchored = new Set<string>();
  const anchorOf = (f: Finding) => {
    const a = f.referenceId ? elementAnchor(f.section, f.referenceId) : null;
    if (!a || anchored.has(a)) return null;
    anchored.add(a);
    return a;
  };
  for (const [label, fs] of groups) {
    const weak = fs[0].weakened || fs[0].kind === "missing";
    parts.push(`<h3 class="label${weak ? " weak" : ""}">${esc(label)} (${fs.length})</h3>`);
    parts.push(
      `<table>${head}<tbody>${fs.map((f) => findingRow(f, m, anchorOf(f))).join("")}</tbody></table>`,
    );
  }
  return parts.join("\n");
}

function keptElements(r: DiffResult, m: Catalogue): string {
  const kept = r.elements.filter((e) => e.status === "kept");
  if (!kept.length) return "";
  const parts = [`<h2>${esc(m.report.keptElements(kept.length))}</h2>`];
  for (const [section] of statusBySection(r)) {
    const es = kept.filter((e) => e.section === section);
    if (!es.length) continue;
    const rows = es.map((e) => {
      const planId = e.planId ? idLink(e.planId, e.plan?.file, e.plan?.page, m) : "";
      return `<tr id="${esc(elementAnchor(section, e.referenceId))}"><td><span class="id">${esc(e.referenceId)}</span></td><td>${esc(e.text)}</td><td>${planId}</td></tr>`;
    });
    const head = `<thead><tr><th>${esc(m.report.element)}</th><th>${esc(m.report.reference)}</th><th>${esc(m.report.plan)}</th></tr></thead>`;
    parts.push(
      `<details><summary>${esc(m.section[section])} (${es.length})</summary><table>${head}<tbody>${rows.join("")}</tbody></table></details>`,
    );
  }
  return parts.join("\n");
}

export default function diffHtml(r: DiffResult, opts: FormatOptions): string {
  const lang = langOf(opts);
  const m = messages(lang);
  const title = m.report.title(planLabel(r.plan), planLabel(r.reference));
  const basis = r.reference.basis
    ? `<p class="meta muted">${esc(m.report.basis(r.reference.basis.found, r.reference.basis.inferred))}</p>`
    : "";
  const body = [
    `<header><h1>${esc(title)}</h1>`,
    documentsTable(r, m),
    basis,
    `<p class="meta muted">${esc(m.report.generated(formatDate(opts.today ?? todayIso(), m.lang), VERSION))}</p></header>`,
    summary(r, m),
    findings(r, m),
    opts.tables ? pairsHtml(r.taskPairs, lang) : "",
    keptElements(r, m),
    `<footer class="muted">${esc(m.report.notCounted)}</footer>`,
  ];
  return htmlPage(title, body.filter(Boolean).join("\n"), lang);
}
