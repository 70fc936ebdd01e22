/**
 * validate: a hand-edited plan YAML (or JSON) → diagnostics, each with file,
 * line, column (1-based), JSON pointer, rule id and a plain message.
 * Syntax first (yaml's own errors, duplicate keys included), then the zod
 * model, then the domain rules the schema cannot express.
 */
import { LineCounter, parseDocument, isCollection, isMap, visit, type Document } from "yaml";
import type { z } from "zod";
import { diag, type Diagnostic } from "../diagnostics.js";
import { Plan, type PlanModel } from "../model/schema.js";
import { locate, pointer } from "./locate.js";
import { domainRules } from "./rules.js";

/** Aliases may not expand into more nodes than this (billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

export function validateText(file: string, text: string): Diagnostic[] {
  return checkPlanText(file, text).diagnostics;
}

/** The diagnostics, and the plan when the text is one (the schema holds; domain rules may still complain). */
export function checkPlanText(file: string, text: string): { diagnostics: Diagnostic[]; plan?: PlanModel } {
  const lc = new LineCounter();
  // logLevel "error": yaml's own console warnings (a mapping used as a key) become diagnostics below instead.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, customTags: [], strict: true, logLevel: "error" });
  const out: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // Positions from the error's offsets: linePos is only filled in with prettyErrors.
    const start = lc.linePos(e.pos[0]);
    const end = lc.linePos(Math.max(e.pos[0], e.pos[1]));
    out.push(
      // yaml's warnings (an unresolved custom tag, a YAML 1.1 directive) are errors here: a reviewed file has none.
      diag("error", `yaml-${e.code.toLowerCase().replace(/_/g, "-")}`, firstLine(e.message), {
        file,
        line: start.line,
        column: start.col,
        endLine: end.line,
        endColumn: end.col,
      }),
    );
  }
  visit(doc, {
    Pair(_, pair) {
      // "{ title: x }: 1" or "? [a]": a key that is itself a mapping or list; no plan field is written so.
      if (isCollection(pair.key) && pair.key.range) {
        const start = lc.linePos(pair.key.range[0]);
        const end = lc.linePos(pair.key.range[1]);
        out.push(diag("error", "complex-key", "a key must be a plain name, not a mapping or a list", { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col }));
      }
    },
  });
  if (out.length) return { diagnostics: out };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return { diagnostics: [...out, diag("error", "yaml-alias", (e as Error).message, { file, line: 1, column: 1 })] };
  }
  if (!isMap(doc.contents)) {
    const found = data === null || data === undefined ? "an empty document" : Array.isArray(data) ? "a list" : `a ${typeof data}`;
    return { diagnostics: [...out, diag("error", "not-a-mapping", `expected a mapping (a plan) at the top level, found ${found}`, { file, line: 1, column: 1, pointer: "" })] };
  }
  const parsed = Plan.safeParse(data);
  if (!parsed.success) for (const issue of parsed.error.issues) out.push(...fromZod(file, doc, lc, issue));
  else out.push(...domainRules(parsed.data, (path, atKey) => locate(doc, lc, path, atKey), file));
  const diagnostics = out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return parsed.success ? { diagnostics, plan: parsed.data } : { diagnostics };
}

function firstLine(s: string): string {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

function fromZod(file: string, doc: Document, lc: LineCounter, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const place = locate(doc, lc, [...path, key], true);
      return diag("error", "unknown-key", `unknown key "${key}"`, { file, ...pos(place), pointer: pointer([...path, key]) });
    });
  }
  const place = locate(doc, lc, path);
  const missing = place.reached.length < path.length;
  let message = issue.message;
  let ruleId = "schema";
  if (missing) {
    ruleId = "missing-key";
    message = `missing required key "${String(path[path.length - 1])}"`;
  } else if (issue.code === "invalid_type") {
    ruleId = "wrong-type";
    const found = describe(doc, path);
    message = `expected ${issue.expected}, found ${found}`;
    // YAML reads unquoted 2026, 05 or 1.10 as numbers: say so, with the text as written.
    if (issue.expected === "string" && place.source !== undefined && /^[\d.+-]/.test(place.source)) {
      message += `: \`${place.source}\` is read as a number; quote it: "${place.source}"`;
    }
  } else if (issue.code === "invalid_value") {
    ruleId = "invalid-value";
    message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${JSON.stringify(valueAt(doc, path))}`;
  } else if (issue.code === "invalid_format") {
    ruleId = "invalid-format";
    message = `${issue.message}, found ${JSON.stringify(valueAt(doc, path))}`;
  }
  const d = diag("error", ruleId, message, { file, ...pos(place), pointer: pointer(path) });
  if (place.source !== undefined) d.actual = place.source;
  return [d];
}

function pos(p: { line: number; column: number; endLine: number; endColumn: number }) {
  return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

/** What the document holds at a path: a scalar value, or the map/sequence node itself. */
function valueAt(doc: Document, path: (string | number)[]): unknown {
  return doc.getIn(path, false);
}

function describe(doc: Document, path: (string | number)[]): string {
  const v = valueAt(doc, path);
  if (v === null || v === undefined) return "null";
  if (typeof v === "object") return isMap(v) ? "a mapping" : "a list";
  return `${typeof v} ${JSON.stringify(v)}`;
}
