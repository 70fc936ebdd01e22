/**
 * `plan parse --debug-tables DIR`: one SVG per PDF page with a table, showing
 * the detected ruling lines, the cells (merged cells as one box), the text
 * and the task ids each row produced, so a user can see why a row came out
 * as it did (pdfplumber's debug_tablefinder, Camelot's plot). Drawn from the
 * pages the parse read; the CLI writes them.
 */
import { basename } from "node:path";
import type { TableDebug } from "../assemble/index.js";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (n: number) => Math.round(n * 10) / 10;

/** One SVG per table page: its file name (`hue-appendix-p003.svg`) and its text. */
export function tableDebugSvgs(sources: TableDebug[]): { name: string; svg: string }[] {
  const out: { name: string; svg: string }[] = [];
  for (const { file, pages, rows: ids } of sources) {
    for (const page of pages) {
      if (!page.grids.length) continue;
      const parts: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${r1(page.width)}" height="${r1(page.height)}" viewBox="0 0 ${r1(page.width)} ${r1(page.height)}" font-family="sans-serif">`,
        `<rect width="100%" height="100%" fill="white"/>`,
      ];
      for (const g of page.grids) {
        for (const c of g.cells) {
          const b = c.box;
          parts.push(
            `<rect x="${r1(b.x0)}" y="${r1(b.y0)}" width="${r1(b.x1 - b.x0)}" height="${r1(b.y1 - b.y0)}" fill="${c.rowSpan > 1 || c.colSpan > 1 ? "#fff3cd" : "none"}" stroke="#1f77b4" stroke-width="0.8"><title>row ${c.row} col ${c.col} span ${c.rowSpan}x${c.colSpan}</title></rect>`,
          );
        }
        for (const x of g.xs)
          parts.push(
            `<line x1="${r1(x)}" y1="${r1(g.box.y0)}" x2="${r1(x)}" y2="${r1(g.box.y1)}" stroke="#d62728" stroke-width="0.3" stroke-dasharray="2,2"/>`,
          );
        for (const y of g.ys)
          parts.push(
            `<line x1="${r1(g.box.x0)}" y1="${r1(y)}" x2="${r1(g.box.x1)}" y2="${r1(y)}" stroke="#d62728" stroke-width="0.3" stroke-dasharray="2,2"/>`,
          );
        for (const row of ids.filter((r) => r.page === page.number)) {
          const y = (g.ys[row.gridRow] + g.ys[row.gridRow + 1]) / 2;
          if (!Number.isFinite(y)) continue;
          parts.push(
            `<text x="${r1(g.box.x1 + 2)}" y="${r1(y)}" font-size="7" fill="#2ca02c">${esc(row.ids.join(" "))}</text>`,
          );
        }
      }
      for (const run of page.runs) {
        parts.push(
          `<text x="${r1(run.x0)}" y="${r1(run.y)}" font-size="${r1(run.size * 0.9)}" fill="#555">${esc(run.str)}</text>`,
        );
      }
      parts.push("</svg>");
      out.push({
        name: `${basename(file).replace(/\.[^.]+$/, "")}-p${String(page.number).padStart(3, "0")}.svg`,
        svg: parts.join("\n") + "\n",
      });
    }
  }
  return out;
}
