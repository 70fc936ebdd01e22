/**
 * The frame of every HTML report: one self-contained page (inline CSS, no
 * script, no external resource) that opens from an e-mail attachment and
 * prints on A4 landscape with the table headers repeated on each page.
 *
 * Fonts: every face named here carries the whole Vietnamese alphabet, so a
 * word is never drawn in two fonts. Noto Serif where installed (Debian
 * fonts-noto-core, many Linux desktops), DejaVu Serif on Debian
 * (fonts-dejavu-core), Times New Roman on Windows and macOS (both ship it
 * with Vietnamese). Liberation Serif is left out on purpose: it lacks "ế",
 * "ừ", "ặ", "ơ"..., and fontconfig hands it out for "Times New Roman" on
 * Linux, so DejaVu comes before Times New Roman.
 */
import { escapeHtml } from "./escape.js";
import type { Catalogue, Lang } from "../messages/index.js";

export const FONT_STACK = `"Noto Serif", "DejaVu Serif", "Times New Roman", serif`;
const MONO_STACK = `"DejaVu Sans Mono", Consolas, Menlo, monospace`;

const CSS = `
:root{--kept:#3f8f4f;--changed:#d9a21b;--missing:#c0392b;--absent:#c9c9c9;--ink:#1d2330;--muted:#5f6673;--line:#d5d9e0}
*{box-sizing:border-box}
body{font:15px/1.5 ${FONT_STACK};margin:0 auto;max-width:1280px;color:var(--ink);padding:1.5em 2em 3em;background:#fff}
h1{font-size:1.55em;margin:.2em 0 .4em;line-height:1.25}
h2{font-size:1.2em;margin:1.8em 0 .6em;padding-bottom:.2em;border-bottom:2px solid var(--ink)}
h3{font-size:1.05em;margin:1.4em 0 .4em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
th,td{border:1px solid var(--line);padding:.4em .55em;vertical-align:top;text-align:left}
thead th{background:#eef1f5;font-weight:bold}
.docs{width:auto;min-width:70%}.docs th{background:#f6f7f9;white-space:nowrap;font-weight:normal;color:var(--muted)}
.docs td{min-width:18em}
.id{font-family:${MONO_STACK};font-size:.8em;color:var(--muted);white-space:nowrap}
a{color:#1f4f99}a.id{color:#1f4f99;text-decoration:none;border-bottom:1px dotted #1f4f99}
del{background:#fbdcd8;color:#8c1d12}
ins{background:#d8f0dc;color:#17612a;text-decoration:none;border-bottom:1px solid #17612a}
.muted{color:var(--muted);font-size:.9em}
.meta{margin:.3em 0}
.cards{display:flex;flex-wrap:wrap;gap:.8em;margin:.6em 0 1em}
.card{border:1px solid var(--line);border-left:6px solid var(--line);padding:.45em .9em;min-width:9em}
.card b{display:block;font-size:1.6em;line-height:1.2}
.card.kept{border-left-color:var(--kept)}.card.changed{border-left-color:var(--changed)}
.card.missing{border-left-color:var(--missing)}.card.absent{border-left-color:var(--absent)}
.card.findings{border-left-color:var(--ink)}
.bars td{border:none;padding:.2em .6em .2em 0;vertical-align:middle}.bars td.n{white-space:nowrap;color:var(--muted)}
.bars{width:auto}
.legend span{display:inline-block;margin-right:1.2em}
.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em}
.label{font-weight:bold;white-space:nowrap}
.label.weak{color:var(--missing)}
td.kept{background:#e6f3e8}td.changed{background:#fcf1d2}td.missing{background:#f9dedb}td.absent{background:#f3f3f3;color:#999}
td.kept,td.changed,td.missing,td.absent{text-align:center;white-space:nowrap}
td.kept a,td.changed a,td.missing a{color:inherit;text-decoration:none;display:block}
.coverage thead th+th,.coverage td.share{width:8.5em}
tr.section th{background:#dfe5ee;text-align:left}
tr.total th,tr.total td{background:#eef1f5;font-weight:bold}
details{border:1px solid var(--line);margin:.4em 0;padding:.3em .7em}
details summary{cursor:pointer;font-weight:bold}
td.diffcell{background:#fcf1d2}tr.changedrow td:first-child{border-left:4px solid var(--changed)}
footer{margin-top:3em;border-top:1px solid var(--line);padding-top:.6em}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  thead{display:table-header-group}
  tr,.card,svg{break-inside:avoid}
  h2,h3{break-after:avoid}
  a{color:inherit}
  details{border:none;padding:0}
  td.kept,td.changed,td.missing,td.absent,.card,del,ins,i{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

export function htmlPage(title: string, body: string, lang: Lang): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const COLORS = {
  kept: "#3f8f4f",
  changed: "#d9a21b",
  missing: "#c0392b",
  absent: "#c9c9c9",
} as const;
export type BarPart = keyof typeof COLORS;

/** A stacked horizontal bar in inline SVG: kept, changed, missing, absent, in proportion. */
export function svgBar(counts: Partial<Record<BarPart, number>>, width = 260, height = 14): string {
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  let x = 0;
  const rects = (Object.keys(COLORS) as BarPart[])
    .filter((k) => counts[k])
    .map((k) => {
      const w = total ? ((counts[k] ?? 0) / total) * width : 0;
      const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${height}" fill="${COLORS[k]}"/>`;
      x += w;
      return r;
    });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><rect width="${width}" height="${height}" fill="#f3f3f3"/>${rects.join("")}</svg>`;
}

/** The colours' meaning; `marks`, the symbols a table uses, sit in their own element (a symbol font). */
export function legend(labels: Record<BarPart, string>, marks?: Record<BarPart, string>): string {
  const item = (k: BarPart) => {
    const mark = marks ? `<b class="sym">${escapeHtml(marks[k])}</b> ` : "";
    return `<span><i style="background:${COLORS[k]}"></i>${mark}${escapeHtml(labels[k])}</span>`;
  };
  return `<p class="legend muted">${(Object.keys(COLORS) as BarPart[]).map(item).join("")}</p>`;
}

/** A link to a page of a PDF (`file.pdf#page=N`); null for another file or an unknown page. */
export function pageHref(file: string | undefined, page: number | undefined): string | null {
  if (!file || !page || !/\.pdf$/i.test(file)) return null;
  return `${encodeURI(file)}#page=${page}`;
}

export function percent(n: number, total: number): string {
  return total ? `${Math.round((n / total) * 100)}%` : "–";
}

/** The anchor of a reference element in the report, which the coverage matrix links to. */
export const elementAnchor = (section: string, referenceId: string) => `${section}-${referenceId}`;

/** An element's id, linked to its page when the source is a PDF. */
export function idLink(
  id: string,
  file: string | undefined,
  page: number | undefined,
  m: Catalogue,
): string {
  const href = pageHref(file, page);
  const pageText = page ? ` · ${m.report.page(page)}` : "";
  return href
    ? `<a class="id" href="${escapeHtml(href)}">${escapeHtml(id)}${escapeHtml(pageText)}</a>`
    : `<span class="id">${escapeHtml(id)}${escapeHtml(pageText)}</span>`;
}

/** Today as an ISO date, for a report made without one. */
export const todayIso = () => new Date().toISOString().slice(0, 10);
