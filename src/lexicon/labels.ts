/**
 * List labels at the start of a paragraph: "I.", "1.", "1.2.", "a)", "-", "+".
 * PDF and text dumps carry them in the text; DOCX auto-numbering produces them
 * from numbering.xml. Either way later stages see `{ label, text }`.
 */

const LABEL =
  /^(?:(?<roman>[IVX]{1,5})\s*[.:)]|(?<num>\d{1,3}(?:\.\d{1,3}){0,3})\s*[.)](?!\d)|(?<paren>\(\s*\d{1,2}\s*\))|(?<letter>[a-zđ])\s*\)|(?<bullet>[-–—+•●▪◦*]))\s+/u;

export interface Labelled {
  label?: string;
  text: string;
}

export function splitLabel(s: string): Labelled {
  const m = LABEL.exec(s);
  if (!m?.groups) return { text: s };
  const rest = s.slice(m[0].length);
  if (!rest.trim()) return { text: s };
  const g = m.groups;
  let label: string;
  if (g.roman) label = `${g.roman}.`;
  else if (g.num) label = `${g.num}.`;
  else if (g.paren) label = g.paren.replace(/\s+/g, "");
  else if (g.letter) label = `${g.letter})`;
  else label = g.bullet === "–" || g.bullet === "—" ? "-" : g.bullet;
  return { label, text: rest };
}

export type LabelKind = "roman" | "number" | "letter" | "bullet" | "plus" | "paren";

export function labelKind(label: string | undefined): LabelKind | undefined {
  if (!label) return undefined;
  if (/^[IVX]+\.$/.test(label)) return "roman";
  if (/^\d+(\.\d+)*\.$/.test(label)) return "number";
  if (/^\(\d+\)$/.test(label)) return "paren";
  if (/^[a-zđ]\)$/.test(label)) return "letter";
  if (label === "+") return "plus";
  return "bullet";
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanToInt(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]] ?? 0;
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The number a label carries: "II." → 2, "3." → 3, "1.2." → 2 (last part), "b)" → 2. */
export function labelNumber(label: string | undefined): number | undefined {
  const kind = labelKind(label);
  if (!label || !kind) return undefined;
  if (kind === "roman") return romanToInt(label.slice(0, -1));
  if (kind === "number") {
    const parts = label.slice(0, -1).split(".");
    return Number(parts[parts.length - 1]);
  }
  if (kind === "paren") return Number(label.slice(1, -1));
  if (kind === "letter")
    return "abcdđefghijklmnopqrstuvwxyz".replace("đ", "").indexOf(label[0]) + 1;
  return undefined;
}
