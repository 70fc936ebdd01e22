/**
 * `plan diff A B --tables`: the matched tasks side by side, cell by cell
 * (deadline, lead, output), the cells that changed in substance marked: in a
 * terminal by "≠" (red), in Markdown by the old value struck out, in HTML by
 * <del>/<ins> on a shaded cell.
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { PairCell, TaskPair } from "../diff/types.js";
import { shorten } from "./diff-summary.js";
import { escapeHtml as esc, escapeMarkdownCell, escapeTerminal } from "./escape.js";
import { pageHref } from "./html-page.js";
import { messages, type Lang } from "../messages/index.js";

const FIELDS = ["deadline", "lead", "output"] as const;

export function pairsTable(
  pairs: TaskPair[],
  opts: { color: boolean; width: number; lang: Lang },
): string {
  const m = messages(opts.lang);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const idWidth = 12;
  const rest = Math.max(60, opts.width - 6 - idWidth);
  const textWidth = Math.floor(rest * 0.31);
  const fieldWidth = Math.floor((rest - textWidth) / 3);
  const table = new Table({
    head: [
      m.report.element,
      m.report.column.text,
      m.report.column.deadline,
      m.report.column.lead,
      m.report.column.output,
    ],
    colWidths: [idWidth, textWidth, fieldWidth, fieldWidth, fieldWidth],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: opts.color ? ["cyan"] : [], border: opts.color ? ["grey"] : [] },
  });
  const show = (cell: PairCell) =>
    cell.changed
      ? c.red(`≠ ${escapeTerminal(cell.reference || "—")}\n→ ${escapeTerminal(cell.plan || "—")}`)
      : escapeTerminal(cell.plan);
  for (const p of pairs) {
    const ids = p.referenceId === p.planId ? p.referenceId : `${p.referenceId}\n→ ${p.planId}`;
    const text = shorten(p.text.plan, (textWidth - 2) * 3);
    table.push([ids, escapeTerminal(text), ...FIELDS.map((f) => show(p[f]))]);
  }
  const changed = pairs.filter((p) => FIELDS.some((f) => p[f].changed)).length;
  return `${c.bold(`${m.report.tables} (${pairs.length}; ${changed} ${m.report.changedRows})`)}\n${table.toString()}\n`;
}

export function pairsMarkdown(pairs: TaskPair[], lang: Lang): string {
  const m = messages(lang);
  const w = m.report;
  const show = (cell: PairCell) =>
    cell.changed
      ? `≠ ~~${escapeMarkdownCell(cell.reference || "—")}~~<br>**${escapeMarkdownCell(cell.plan || "—")}**`
      : escapeMarkdownCell(cell.plan);
  const out = [
    `## ${escapeMarkdownCell(w.tables)}`,
    "",
    `| ${w.element} | ${w.column.text} | ${w.column.deadline} | ${w.column.lead} | ${w.column.output} |`,
    "|---|---|---|---|---|",
  ];
  for (const p of pairs) {
    const ids = p.referenceId === p.planId ? p.referenceId : `${p.referenceId} → ${p.planId}`;
    out.push(
      `| ${escapeMarkdownCell(ids)} | ${escapeMarkdownCell(shorten(p.text.plan, 90))} | ${FIELDS.map((f) => show(p[f])).join(" | ")} |`,
    );
  }
  return out.join("\n") + "\n";
}

export function pairsHtml(pairs: TaskPair[], lang: Lang): string {
  const m = messages(lang);
  const w = m.report;
  const show = (cell: PairCell) =>
    cell.changed
      ? `<td class="diffcell"><del>${esc(cell.reference || "—")}</del><br><ins>${esc(cell.plan || "—")}</ins></td>`
      : `<td>${esc(cell.plan)}</td>`;
  const rows = pairs.map((p) => {
    const ids = p.referenceId === p.planId ? p.referenceId : `${p.referenceId} → ${p.planId}`;
    const href = pageHref(p.file, p.page);
    const id = href
      ? `<a class="id" href="${esc(href)}">${esc(ids)}</a>`
      : `<span class="id">${esc(ids)}</span>`;
    const changed = FIELDS.some((f) => p[f].changed);
    return `<tr${changed ? ' class="changedrow"' : ""}><td>${id}</td><td>${esc(p.text.plan)}</td>${FIELDS.map((f) => show(p[f])).join("")}</tr>`;
  });
  const head = `<thead><tr><th>${esc(w.element)}</th><th style="width:36%">${esc(w.column.text)}</th><th>${esc(w.column.deadline)}</th><th>${esc(w.column.lead)}</th><th>${esc(w.column.output)}</th></tr></thead>`;
  const changed = pairs.filter((p) => FIELDS.some((f) => p[f].changed)).length;
  return [
    `<h2>${esc(w.tables)} (${pairs.length}; ${changed} ${esc(w.changedRows)})</h2>`,
    `<table class="pairs">${head}<tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}
