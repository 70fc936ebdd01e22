/**
 * Map a model path (zod issue path, JSON pointer) back to the YAML source:
 * the deepest node that exists, so a missing key points at its parent map
 * (Spectral's "closest") and an unknown key at the key itself.
 */
import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
} from "yaml";

export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The scalar as written, for coercion messages. */
  source?: string;
  /** The path really reached (shorter than asked when a key is missing). */
  reached: (string | number)[];
}

export function pointer(path: (string | number | symbol)[]): string {
  return "/" + path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

export function locate(
  doc: Document,
  lc: LineCounter,
  path: (string | number)[],
  atKey = false,
): Place {
  let node: Node | null = doc.contents as Node | null;
  let keyNode: Node | null = null;
  const reached: (string | number)[] = [];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => (isScalar(p.key) ? p.key.value : p.key) === seg) as
        | Pair<Node, Node>
        | undefined;
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node) ?? keyNode;
    } else if (isSeq(node) && typeof seg === "number" && node.items[seg]) {
      keyNode = null;
      node = node.items[seg] as Node;
    } else break;
    reached.push(seg);
  }
  const target = atKey && keyNode && reached.length === path.length ? keyNode : node;
  const range = target?.range ?? [0, 0, 0];
  const start = lc.linePos(range[0]);
  const end = lc.linePos(Math.max(range[0], range[1]));
  const place: Place = {
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col,
    reached,
  };
  if (isScalar(target) && typeof (target as { source?: unknown }).source === "string")
    place.source = (target as { source: string }).source;
  return place;
}
