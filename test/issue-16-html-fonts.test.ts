/**
 * #16: the HTML reports draw every Vietnamese word in one font. Chromium is
 * asked, through the DevTools protocol (CSS.getPlatformFontsForNode), which
 * platform fonts drew each text node; a node drawn with two fonts has a
 * glyph from a fallback font in it, which is how "ế" from another face shows
 * inside a word when the named font lacks it (Liberation Serif does).
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, DevTools } from "./helpers/chromium.js";
import { run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-fonts-"));
const skip = !CHROMIUM && process.env.CI !== "true";

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
}

/** The text nodes holding letters beyond ASCII (Vietnamese words). */
function vietnameseTextNodes(node: DomNode, out: DomNode[] = []): DomNode[] {
  if (node.nodeName === "STYLE" || node.nodeName === "TITLE") return out;
  if (node.nodeType === 3 && /[À-ỹ]/u.test(node.nodeValue)) out.push(node);
  for (const c of node.children ?? []) vietnameseTextNodes(c, out);
  return out;
}

/** For each rendered Vietnamese text node of the page: the fonts that drew it. */
async function fontsPerNode(
  devtools: DevTools,
  file: string,
): Promise<{ text: string; fonts: string[] }[]> {
  const session = await devtools.open(`file://${file}`);
  await devtools.send("DOM.enable", {}, session);
  await devtools.send("CSS.enable", {}, session);
  const { root } = (await devtools.send("DOM.getDocument", { depth: -1 }, session)) as {
    root: DomNode;
  };
  const out: { text: string; fonts: string[] }[] = [];
  for (const node of vietnameseTextNodes(root)) {
    const { fonts } = (await devtools.send(
      "CSS.getPlatformFontsForNode",
      { nodeId: node.nodeId },
      session,
    )) as { fonts: { familyName: string }[] };
    // Text inside closed <details> is not drawn and has no fonts.
    if (fonts.length) out.push({ text: node.nodeValue, fonts: fonts.map((f) => f.familyName) });
  }
  return out;
}

describe.skipIf(skip)("#16 reports draw each Vietnamese word in one font", () => {
  let devtools: DevTools;
  beforeAll(async () => {
    expect(
      CHROMIUM,
      "chromium is not installed (.ci/run installs Debian's chromium)",
    ).toBeDefined();
    devtools = await DevTools.launch();
  });
  afterAll(async () => devtools?.close());

  it("the check sees a fallback: a glyph DejaVu Serif lacks (✓) comes from a second font", async () => {
    const page = join(tmp, "fallback.html");
    writeFileSync(
      page,
      `<!DOCTYPE html><meta charset="utf-8"><p style="font-family:'DejaVu Serif'">Nhiệm vụ ✓ thế này</p>`,
    );
    const [node] = await fontsPerNode(devtools, page);
    expect(node.fonts).toContain("DejaVu Serif");
    expect(node.fonts.length).toBeGreaterThan(1);
  }, 60_000);

  const liberation = existsSync("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
  it.skipIf(!liberation)(
    "why Liberation Serif is out of the stack: it draws 'thế' with a second font",
    async () => {
      const page = join(tmp, "liberation.html");
      writeFileSync(
        page,
        `<!DOCTYPE html><meta charset="utf-8"><p style="font-family:'Liberation Serif'">Nhiệm vụ thế này, chủ trì phối hợp</p>`,
      );
      const [node] = await fontsPerNode(devtools, page);
      expect(node.fonts.length).toBeGreaterThan(1);
      expect(node.fonts).toContain("Liberation Serif");
    },
    60_000,
  );

  it.each([
    ["the diff report", ["diff", "fixtures/hue/expected.yaml", "fixtures/cantho/expected.yaml"]],
    [
      "the coverage report",
      [
        "diff",
        "--against",
        "397",
        "fixtures/hue/expected.yaml",
        "fixtures/cantho/expected.yaml",
        "fixtures/hungyen/expected.yaml",
      ],
    ],
  ])(
    "%s: every text node in one font, DejaVu Serif on Debian",
    async (name, args) => {
      const page = join(tmp, `${name.replace(/\W+/g, "-")}.html`);
      const r = await run([...args, "-f", "html", "-o", page]);
      expect(r.code).toBe(1);
      const nodes = await fontsPerNode(devtools, page);
      expect(nodes.length).toBeGreaterThan(50);
      const mixed = nodes.filter((n) => n.fonts.length !== 1);
      expect(mixed.slice(0, 5)).toEqual([]);
      // One face for the whole page: the first of the stack installed (DejaVu Serif on Debian
      // with fonts-dejavu-core; Noto Serif where fonts-noto-core is installed too).
      const faces = [...new Set(nodes.map((n) => n.fonts[0]))];
      expect(faces).toHaveLength(1);
      expect(["Noto Serif", "DejaVu Serif"]).toContain(faces[0]);
    },
    60_000,
  );
});
