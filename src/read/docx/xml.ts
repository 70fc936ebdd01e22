/**
 * Helpers over fast-xml-parser's `preserveOrder` tree, where each node is
 * `{ [tagName]: XNode[], ":@"?: attributes }` and text is `{ "#text": string }`.
 * Order matters in WordprocessingML (runs, tabs, breaks), hence this shape.
 */
import { XMLParser } from "fast-xml-parser";

export type XNode = Record<string, unknown> & { ":@"?: Record<string, string> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

export function parseXml(xml: string): XNode[] {
  return parser.parse(xml) as XNode[];
}

export function tagOf(node: XNode): string | undefined {
  for (const k of Object.keys(node)) if (k !== ":@") return k;
  return undefined;
}

export function attr(node: XNode | undefined, name: string): string | undefined {
  return node?.[":@"]?.[name];
}

/** The first child element with this tag in a node list. */
export function child(nodes: XNode[] | undefined, tag: string): XNode | undefined {
  return nodes?.find((n) => tag in n);
}

/** Child elements with this tag, where `parent` is a node whose own tag holds the list. */
export function children(parent: XNode, tag: string): XNode[] {
  const own = tagOf(parent);
  const list = own ? (parent[own] as XNode[]) : [];
  return Array.isArray(list) ? list.filter((n) => tag in n) : [];
}

export function body(node: XNode): XNode[] {
  const t = tagOf(node);
  const v = t ? node[t] : undefined;
  return Array.isArray(v) ? (v as XNode[]) : [];
}
