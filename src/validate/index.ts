/**
 * validate: a hand-edited plan YAML (or JSON) → diagnostics, each with file,
 * line, column (1-based), JSON pointer, rule id and a plain message.
 *
 * One pass reports every problem: YAML syntax, the zod model and the domain
 * rules the schema cannot express, together. A structural syntax error (an
 * indentation slip, an unclosed bracket) makes the rest of its top-level
 * section unreadable, so that section gets one root error and nothing else;
 * the other sections are still checked against the model and the rules.
 */
import {
  LineCounter,
  parseAllDocuments,
  isCollection,
  isMap,
  isNode,
  isScalar,
  visit,
  type Document,
  type YAMLError,
} from "yaml";
import type { z } from "zod";
import { diag, type Diagnostic } from "../diagnostics.js";
import { Plan, type PlanModel } from "../model/schema.js";
import { findIndentSlip } from "./indentation.js";
import { locate, pointer } from "./locate.js";
import { domainRules } from "./rules.js";
import { keysAt, nearest } from "./suggest.js";
import { YAML_MESSAGES } from "./messages.js";

/** Aliases may not expand into more nodes than this (billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

/** yaml errors that leave a problem where it is; all others break the structure after them. */
const LOCAL_ERRORS = new Set([
  "DUPLICATE_KEY",
  "TAG_RESOLVE_FAILED",
  "BAD_COLLECTION_TYPE",
  "BAD_ALIAS",
  "ALIAS_PROPS",
  "MULTIPLE_DOCS",
]);
const INDENT_ERRORS = new Set([
  "BAD_INDENT",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN",
  "BAD_DEDENT",
]);

/** YAML 1.1 types a plan never uses; yaml knows some of them and would read them silently. */
const YAML_11_TAGS: Record<string, string> = {
  "tag:yaml.org,2002:omap": "!!omap",
  "tag:yaml.org,2002:pairs": "!!pairs",
  "tag:yaml.org,2002:set": "!!set",
  "tag:yaml.org,2002:timestamp": "!!timestamp",
  "tag:yaml.org,2002:binary": "!!binary",
};

interface Section {
  key: string;
  from: number;
  to: number;
}

/** Top-level keys and the lines they span, to confine a structural error to its section. */
function sections(text: string): Section[] {
  const out: Section[] = [];
  text.split("\n").forEach((line, i) => {
    const m = /^([^\s#%\-{[][^:]*?|"[^"]*"|'[^']*')\s*:(\s|$)/.exec(line);
    if (!m || line.startsWith("---") || line.startsWith("...")) return;
    if (out.length) out[out.length - 1].to = i;
    out.push({ key: m[1].replace(/^["']|["']$/g, ""), from: i + 1, to: Infinity });
  });
  return out;
}

function sectionOf(all: Section[], line: number): Section | undefined {
  return all.find((s) => line >= s.from && line <= s.to);
}

export function validateText(file: string, text: string): Diagnostic[] {
  return checkPlanText(file, text).diagnostics;
}

/** The diagnostics, and the plan when the text is one (the schema holds; domain rules may still complain). */
export function checkPlanText(
  file: string,
  input: string,
): { diagnostics: Diagnostic[]; plan?: PlanModel } {
  const out: Diagnostic[] = [];
  let text = input;
  // Classic Mac line endings: yaml sees one line; read them as line breaks, and say so once.
  if (/\r(?!\n)/.test(text)) {
    out.push(diag("error", "line-endings", YAML_MESSAGES.crOnly, { file, line: 1, column: 1 }));
    text = text.replace(/\r\n?/g, "\n");
  }
  const lc = new LineCounter();
  // logLevel "error": yaml's own console warnings (a mapping used as a key) become diagnostics below instead.
  const parsed = parseAllDocuments(text, {
    lineCounter: lc,
    prettyErrors: false,
    uniqueKeys: true,
    customTags: [],
    strict: true,
    logLevel: "error",
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  const at = (offset: number) => lc.linePos(offset);
  const span = (from: number, to: number) => {
    const start = at(from),
      end = at(Math.max(from, to));
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  if (docs.length > 1) {
    const second = docs[1].range[0];
    out.push(
      diag(
        "error",
        "yaml-multiple-docs",
        YAML_MESSAGES.severalDocuments(docs.length, at(second).line),
        span(second, second + 3),
      ),
    );
  }
  const doc = docs[0] as Document.Parsed | undefined;
  if (!doc)
    return {
      diagnostics: [
        ...out,
        diag("error", "not-a-mapping", YAML_MESSAGES.notAMapping(YAML_MESSAGES.emptyDocument), {
          file,
          line: 1,
          column: 1,
          pointer: "",
        }),
      ],
    };

  const tagged = new Set<unknown>();
  const complexKeys: Diagnostic[] = [];
  /** A repeated key's offset → its first occurrence's, to name both places. */
  const firstKey = new Map<number, { first: number; key: string }>();
  const checkTag = (node: { tag?: string; range?: [number, number, number] | null }) => {
    const name = node.tag ? YAML_11_TAGS[node.tag] : undefined;
    if (!name || !node.range) return;
    tagged.add(node);
    // The node's range starts after its tag: point at the tag as written, when it is.
    const written = text.lastIndexOf(name, node.range[0]);
    const from =
      written >= 0 && !text.slice(written, node.range[0]).includes("\n-") ? written : node.range[0];
    out.push(
      diag("error", "yaml-11-type", YAML_MESSAGES.yaml11Type(name), span(from, from + name.length)),
    );
  };
  visit(doc, {
    // yaml calls the most specific visitor only: a mapping goes to Map, so it checks its tag there too.
    Node(_, node) {
      checkTag(node);
    },
    Map(_, map) {
      checkTag(map);
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const first = seen.get(pair.key.value);
        if (first === undefined) seen.set(pair.key.value, pair.key.range[0]);
        else firstKey.set(pair.key.range[0], { first, key: String(pair.key.value) });
      }
    },
    Pair(_, pair) {
      // "{ title: x }: 1" or "? [a]": a key that is itself a mapping or list; no plan field is written so.
      if (isCollection(pair.key) && pair.key.range)
        complexKeys.push(
          diag(
            "error",
            "complex-key",
            YAML_MESSAGES.complexKey,
            span(pair.key.range[0], pair.key.range[1]),
          ),
        );
    },
  });
  // yaml may also report a complex key in its own words ("Map comment with trailing content"): ours says more.
  const onComplexKey = (d: Diagnostic) =>
    complexKeys.some((k) => k.line === d.line && k.column === d.column);

  const allSections = sections(text);
  const broken = new Set<Section | undefined>();
  const syntax: Diagnostic[] = [];
  // In source order, so that the first structural error of a section is its root.
  for (const e of ([...doc.errors, ...doc.warnings] as YAMLError[]).sort(
    (a, b) => a.pos[0] - b.pos[0],
  )) {
    if (e.code === "MULTIPLE_DOCS") continue;
    const d = diag(
      "error",
      `yaml-${e.code.toLowerCase().replace(/_/g, "-")}`,
      YAML_MESSAGES.yamlError(e.code, firstLine(e.message)),
      span(e.pos[0], e.pos[1]),
    );
    const repeated = e.code === "DUPLICATE_KEY" ? firstKey.get(e.pos[0]) : undefined;
    if (repeated)
      d.message = YAML_MESSAGES.duplicateKey(
        repeated.key,
        at(repeated.first).line,
        at(repeated.first).col,
      );
    if (onComplexKey(d)) continue;
    const section = sectionOf(allSections, d.line!);
    if (!LOCAL_ERRORS.has(e.code)) {
      // One root error per section: what follows a structural error there is its consequence.
      if (broken.has(section)) continue;
      broken.add(section);
      if (INDENT_ERRORS.has(e.code)) {
        // Near where yaml noticed: a valid multi-line plain scalar earlier in the section is no slip.
        const slip = findIndentSlip(text, Math.max(section?.from ?? 1, d.line! - 2));
        if (slip && (!section || slip.line <= section.to)) {
          syntax.push(
            diag("error", "yaml-indentation", slip.message, {
              file,
              line: slip.line,
              column: slip.column,
            }),
          );
          continue;
        }
      }
    }
    syntax.push(d);
  }
  out.push(...syntax);
  // A complex key leaves its mapping unreadable to the model: it is the section's root error.
  for (const k of complexKeys) {
    const section = sectionOf(allSections, k.line!);
    if (broken.has(section)) continue;
    broken.add(section);
    out.push(k);
  }
  const inBroken = (d: Diagnostic): boolean =>
    broken.has(sectionOf(allSections, d.line ?? 0)) ||
    [...broken].some(
      (s) =>
        s &&
        d.pointer !== undefined &&
        (d.pointer === `/${s.key}` || d.pointer.startsWith(`/${s.key}/`)),
    );

  // yaml's own complaint about the same tag says less than ours.
  if (tagged.size)
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i].ruleId === "yaml-bad-collection-type") out.splice(i, 1);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return {
      diagnostics: sortByPlace([
        ...out,
        diag("error", "yaml-alias", (e as Error).message, { file, line: 1, column: 1 }),
      ]),
    };
  }
  if (!isMap(doc.contents)) {
    if (syntax.length) return { diagnostics: sortByPlace(out) };
    const found =
      data === null || data === undefined
        ? "an empty document"
        : Array.isArray(data)
          ? "a list"
          : `a ${typeof data}`;
    return {
      diagnostics: sortByPlace([
        ...out,
        diag("error", "not-a-mapping", YAML_MESSAGES.notAMapping(found), {
          file,
          line: 1,
          column: 1,
          pointer: "",
        }),
      ]),
    };
  }
  const checked: Diagnostic[] = [];
  const result = Plan.safeParse(data);
  if (!result.success)
    checked.push(
      ...mergeMisspelled(result.error.issues.flatMap((issue) => fromZod(file, doc, lc, issue))),
    );
  checked.push(...domainRules(data, (path, atKey) => locate(doc, lc, path, atKey), file));
  // A top-level key written in the file but cut off by a structural error is not missing.
  const written = new Set(allSections.map((x) => `/${x.key}`));
  const cutOff = (d: Diagnostic) =>
    broken.size > 0 && d.ruleId === "missing-key" && written.has(d.pointer ?? "");
  out.push(...checked.filter((d) => !inBroken(d) && !cutOff(d)));
  // The plan only when the model holds and nothing was dropped for a syntax error.
  const plan = result.success && !syntax.length ? result.data : undefined;
  return plan ? { diagnostics: sortByPlace(out), plan } : { diagnostics: sortByPlace(out) };
}

function sortByPlace(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function firstLine(s: string): string {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

/** A misspelled key is one problem: the unknown key says "did you mean", the missing one is not repeated. */
function mergeMisspelled(list: Diagnostic[]): Diagnostic[] {
  const suggested = new Set(
    list
      .filter((d) => d.ruleId === "unknown-key" && d.expected)
      .map((d) => `${parentPointer(d.pointer!)}/${d.expected}`),
  );
  return list.filter(
    (d) => !(d.ruleId === "missing-key" && d.pointer !== undefined && suggested.has(d.pointer)),
  );
}

function parentPointer(p: string): string {
  return p.slice(0, p.lastIndexOf("/"));
}

function fromZod(
  file: string,
  doc: Document,
  lc: LineCounter,
  issue: z.core.$ZodIssue,
): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const known = keysAt(path);
    const present = new Set(
      Object.keys(
        (doc.getIn(path, false) as { toJSON?: () => object } | undefined)?.toJSON?.() ?? {},
      ),
    );
    return issue.keys.map((key) => {
      const place = locate(doc, lc, [...path, key], true);
      // Suggest a key the mapping lacks: "txet" → "text" only when text is not there already.
      const guess = nearest(
        key,
        known.filter((k) => !present.has(k)),
      );
      const d = diag("error", "unknown-key", YAML_MESSAGES.unknownKey(key, guess), {
        file,
        ...pos(place),
        pointer: pointer([...path, key]),
      });
      if (guess) d.expected = guess;
      return d;
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
    const value = valueAt(doc, path);
    message = `expected ${issue.expected}, found ${describe(value, place.source)}`;
    if (value instanceof Date) message += YAML_MESSAGES.timestamp(place.source ?? "");
    else if (typeof value === "number" && !Number.isFinite(value))
      message += YAML_MESSAGES.notFinite(place.source ?? String(value));
    // YAML reads unquoted 2026, 05 or 1.10 as numbers: say so, with the text as written.
    else if (
      issue.expected === "string" &&
      place.source !== undefined &&
      /^[\d.+-]/.test(place.source)
    ) {
      message += `: \`${place.source}\` is read as a number; quote it: "${place.source}"`;
    }
  } else if (issue.code === "invalid_value") {
    ruleId = "invalid-value";
    message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${JSON.stringify(valueAt(doc, path))}`;
  } else if (issue.code === "invalid_format") {
    ruleId = "invalid-format";
    message = `${issue.message}, found ${JSON.stringify(valueAt(doc, path))}`;
  } else if (
    (issue.code === "too_big" || issue.code === "too_small") &&
    typeof valueAt(doc, path) === "number" &&
    !Number.isFinite(valueAt(doc, path) as number)
  ) {
    ruleId = "wrong-type";
    message = `expected a finite number, found ${place.source}${YAML_MESSAGES.notFinite(place.source ?? "")}`;
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

function describe(v: unknown, source: string | undefined): string {
  if (v === null || v === undefined) return "null";
  if (v instanceof Date) return `a date ${source ?? v.toISOString()}`;
  if (typeof v === "number" && !Number.isFinite(v)) return `${source ?? String(v)}`;
  if (isNode(v) || typeof v === "object") return isMap(v) ? "a mapping" : "a list";
  return `${typeof v} ${JSON.stringify(v)}`;
}
