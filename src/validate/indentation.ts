/**
 * The line where an indentation slip starts. yaml reports what the slip
 * breaks, often lines later or earlier (a key indented too far after
 * `parent: null` is reported on the `parent` line; a key indented too little
 * breaks every key after it), so the root is found here, from the text:
 * block mappings and lists keep their columns, and a line may only go deeper
 * after a line that opens a block (`key:` alone, `-` alone, `|`, `>`).
 * Only called when yaml reported a structural error: a valid multi-line plain
 * scalar never reaches it.
 */

export interface IndentSlip {
  line: number;
  column: number;
  message: string;
}

interface Level {
  indent: number;
  kind: "map" | "seq";
  line: number;
  key?: string;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#'"{[\]][^:#]*?)\s*:(\s|$)/;

function stripComment(s: string): string {
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

/** Open brackets minus closed ones outside quotes: a flow collection spanning lines. */
function flowDepth(s: string): number {
  let depth = 0;
  let quote = "";
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return depth;
}

export function findIndentSlip(text: string, fromLine = 1): IndentSlip | undefined {
  const lines = text.split("\n");
  const stack: Level[] = [{ indent: -1, kind: "map", line: 0 }];
  let opened = true;
  let blockScalarAt = -1;
  let flow = 0;
  let prev: { line: number; indent: number; key?: string } | undefined;
  for (let n = 1; n <= lines.length; n++) {
    const raw = lines[n - 1].replace(/\r$/, "");
    const indent = raw.length - raw.trimStart().length;
    const body = stripComment(raw.trim());
    if (!body || body.startsWith("%") || body === "---" || body === "...") continue;
    if (blockScalarAt >= 0) {
      if (indent > blockScalarAt) continue;
      blockScalarAt = -1;
    }
    if (flow > 0) {
      flow += flowDepth(body);
      continue;
    }
    let col = indent;
    let rest = body;
    // The first token decides where this line belongs.
    const popped: Level[] = [];
    while (stack.length > 1 && stack[stack.length - 1].indent > col) popped.push(stack.pop()!);
    const top = stack[stack.length - 1];
    const isItem = rest === "-" || rest.startsWith("- ");
    const key = KEY.exec(rest)?.[1];
    const name = key ? `"${key}"` : "this line";
    if (n >= fromLine && prev) {
      const sibling = popped.find((l) => l.kind === "map");
      const between = popped.length > 0 && col > top.indent;
      if (between || (col === top.indent && top.kind === "seq" && !isItem)) {
        const like = sibling && prev.indent === sibling.indent ? prev : sibling;
        const where = like
          ? ` (column ${like.indent + 1}, as ${like.key ? `"${like.key}"` : "the key"} on line ${like.line})`
          : "";
        return {
          line: n,
          column: col + 1,
          message: `${name} is indented less than the keys of its mapping${where}: keys of one mapping start at the same column`,
        };
      }
      if (col > top.indent && !opened) {
        return {
          line: n,
          column: col + 1,
          message:
            `${name} is indented more than ${prev.key ? `"${prev.key}"` : "the line"} on line ${prev.line}, ` +
            `which already has its value: line it up with line ${prev.line} (column ${prev.indent + 1})`,
        };
      }
    }
    if (col > top.indent) stack.push({ indent: col, kind: isItem ? "seq" : "map", line: n, key });
    // "- key: value": the item's keys start after the dash.
    while (rest === "-" || rest.startsWith("- ")) {
      const after = rest.slice(1).trimStart();
      const next = col + (rest.length - after.length);
      if (!after) break;
      if (after.startsWith("- ")) stack.push({ indent: next, kind: "seq", line: n });
      else if (KEY.test(after)) stack.push({ indent: next, kind: "map", line: n });
      col = next;
      rest = after;
    }
    const restKey = KEY.exec(rest)?.[1];
    const value = restKey !== undefined ? rest.slice(rest.indexOf(":") + 1).trim() : rest;
    opened =
      rest === "-" || (restKey !== undefined && value === "") || /^[|>][-+0-9]*$/.test(value);
    if (restKey !== undefined && /^[|>][-+0-9]*$/.test(value)) blockScalarAt = col;
    flow = flowDepth(value);
    prev = { line: n, indent: col, key: restKey };
  }
  return undefined;
}
