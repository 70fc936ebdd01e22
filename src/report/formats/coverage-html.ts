/**
 * `plan diff --against 397 PLANS... -f html`: how far each plan covers the
 * reference. Rows grouped by section with a total per section, one column per
 * plan headed by its locality or issuer, the share covered per plan and per
 * section with a bar, and each cell linking to that plan's detailed report
 * (written beside it by `-o DIR/`).
 */
import type { Coverage } from "../../diff/coverage.js";
import { DIFF_SECTIONS, type ElementStatus } from "../../diff/types.js";
import { VERSION } from "../../version.js";
import { langOf, planLabel, shorten, STATUS_MARK as MARK } from "../diff-summary.js";
import { escapeHtml as esc } from "../escape.js";
import { elementAnchor, htmlPage, legend, percent, svgBar, todayIso } from "../html-page.js";
import { formatDate, messages } from "../../messages/index.js";
import type { FormatOptions } from "./options.js";

function counts(cells: ElementStatus[]): Record<ElementStatus, number> {
  const c: Record<ElementStatus, number> = { kept: 0, changed: 0, missing: 0, absent: 0 };
  for (const s of cells) c[s]++;
  return c;
}

function shareCell(cells: ElementStatus[]): string {
  const c = counts(cells);
  const covered = c.kept + c.changed;
  return `<td class="share">${svgBar(c, 90, 10)}<br>${covered}/${cells.length} · ${percent(covered, cells.length)}</td>`;
}

export default function coverageHtml(
  cov: Coverage,
  _results: unknown,
  opts: FormatOptions,
): string {
  const lang = langOf(opts);
  const m = messages(lang);
  const w = m.report;
  const title = w.coverageTitle(cov.reference);
  const plans = cov.documents;
  const column = (i: number) => cov.rows.map((r) => r.cells[i]);
  const head = plans.map((d, i) => {
    const label = esc(planLabel(d));
    const file = opts.detailFiles?.[i];
    const sub = [d.number, d.date ? formatDate(d.date, lang) : null].filter(Boolean).join(" · ");
    return `<th>${file ? `<a href="${esc(file)}">${label}</a>` : label}${sub ? `<br><span class="muted">${esc(sub)}</span>` : ""}</th>`;
  });
  const rows: string[] = [];
  for (const section of DIFF_SECTIONS) {
    const sectionRows = cov.rows.filter((r) => r.section === section);
    if (!sectionRows.length) continue;
    const perPlan = plans.map((_, i) => shareCell(sectionRows.map((r) => r.cells[i])));
    rows.push(
      `<tr class="section"><th>${esc(m.section[section])} (${sectionRows.length})</th>${perPlan.join("")}</tr>`,
    );
    for (const r of sectionRows) {
      const cells = r.cells.map((s, i) => {
        const file = opts.detailFiles?.[i];
        const mark = `<span title="${esc(m.status[s])}">${MARK[s]}</span>`;
        const link =
          file && s !== "absent"
            ? `<a href="${esc(`${file}#${elementAnchor(section, r.referenceId)}`)}">${mark}</a>`
            : mark;
        return `<td class="${s}">${link}</td>`;
      });
      const text = shorten(r.text, 180);
      const full = text === r.text ? "" : ` title="${esc(r.text)}"`;
      rows.push(
        `<tr><td${full}><span class="id">${esc(r.referenceId)}</span> ${esc(text)}</td>${cells.join("")}</tr>`,
      );
    }
  }
  const total = `<tr class="total"><th>${esc(w.total)} (${cov.rows.length})</th>${plans.map((_, i) => shareCell(column(i))).join("")}</tr>`;
  const body = [
    `<header><h1>${esc(title)}</h1>`,
    `<p class="meta muted">${esc(w.generated(formatDate(opts.today ?? todayIso(), lang), VERSION))}</p></header>`,
    legend(m.status, MARK),
    `<table class="coverage"><thead><tr><th>${esc(cov.reference)}</th>${head.join("")}</tr>${total}</thead><tbody>${rows.join("")}</tbody></table>`,
    `<p class="muted">${esc(w.absentNote)}</p>`,
  ];
  return htmlPage(title, body.join("\n"), lang);
}
