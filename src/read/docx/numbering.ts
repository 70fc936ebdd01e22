/**
 * Word automatic numbering: rebuild the labels ("I.", "1.", "a)", "-") that
 * Word draws but does not store in the paragraph text (mammoth drops them).
 * ECMA-376 §17.9: w:num → w:abstractNum → w:lvl (numFmt, lvlText, start).
 */
import { attr, child, children, type XNode } from "./xml.js";

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
}

interface NumDef {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export class Numbering {
  private abstracts = new Map<string, Map<number, Level>>();
  private nums = new Map<string, NumDef>();
  private counters = new Map<string, number[]>();

  constructor(root: XNode[] | undefined) {
    const numbering = root ? child(root, "w:numbering") : undefined;
    if (!numbering) return;
    for (const a of children(numbering, "w:abstractNum")) {
      const levels = new Map<number, Level>();
      for (const lvl of children(a, "w:lvl")) {
        const ilvl = Number(attr(lvl, "w:ilvl") ?? 0);
        const body = lvl["w:lvl"] as XNode[];
        levels.set(ilvl, {
          start: Number(attr(child(body, "w:start"), "w:val") ?? 1),
          numFmt: attr(child(body, "w:numFmt"), "w:val") ?? "decimal",
          lvlText: attr(child(body, "w:lvlText"), "w:val") ?? "",
        });
      }
      this.abstracts.set(attr(a, "w:abstractNumId") ?? "", levels);
    }
    for (const n of children(numbering, "w:num")) {
      const body = n["w:num"] as XNode[];
      const overrides = new Map<number, number>();
      for (const o of body.filter((x) => "w:lvlOverride" in x)) {
        const so = child(o["w:lvlOverride"] as XNode[] | undefined, "w:startOverride");
        if (so) overrides.set(Number(attr(o, "w:ilvl") ?? 0), Number(attr(so, "w:val") ?? 1));
      }
      this.nums.set(attr(n, "w:numId") ?? "", {
        abstractId: attr(child(body, "w:abstractNumId"), "w:val") ?? "",
        startOverrides: overrides,
      });
    }
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl`, advancing
   * the counters. Lists sharing an abstract definition continue each other
   * unless a w:startOverride restarts them, as Word does.
   */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === "0") return undefined;
    const levels = this.abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    const key = num.startOverrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) {
      counts = Array.from(
        { length: 9 },
        (_, i) => (num.startOverrides.get(i) ?? levels.get(i)?.start ?? 1) - 1,
      );
      this.counters.set(key, counts);
    }
    counts[ilvl] += 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      counts[deeper] = (num.startOverrides.get(deeper) ?? levels.get(deeper)?.start ?? 1) - 1;
    }
    if (level.numFmt === "none") return undefined;
    if (level.numFmt === "bullet") return bulletLabel(level.lvlText);
    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(Math.max(counts![i], 1), levels.get(i)?.numFmt ?? "decimal");
    });
    return label.trim() || undefined;
  }
}

/** Symbol-font bullets sit in the private use area; they are plain bullets. */
function bulletLabel(text: string): string {
  const t = text.trim();
  if (t === "-" || t === "–" || t === "—" || t === "") return "-";
  if (t === "+") return "+";
  return "•";
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz";
  const ch = alphabet[(n - 1) % 26];
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
