/**
 * #11: imports flow one way along the pipeline. A module may import its own
 * layer or a lower one, never a higher one, and no chain of imports may come
 * back to where it started (type-only imports count: they are the same
 * dependency a refactoring has to untangle).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Lowest first. Folders and top-level files of src/; same layer may import each other. */
const LAYERS: string[][] = [
  [
    "lexicon/",
    "diagnostics.ts",
    "version.ts",
    "write-atomic.ts",
    "package-files.ts",
    "limits.ts",
    "cleanup.ts",
    // #16: the message catalogue, importable from every layer. It names the model's deadline
    // kinds and diff's finding kinds, so the two files that declare them (no imports of their
    // own) sit here too; the first layer that names a file wins over its folder's.
    "messages/",
    "model/schema.ts",
    "diff/types.ts",
  ],
  ["model/", "reference/"],
  ["read/"],
  ["normalize/"],
  ["structure/", "tables/"],
  ["assemble/", "parse.ts"],
  ["diff/", "validate/", "load-plan.ts", "batch/"],
  ["report/"],
  ["index.ts"],
  ["cli/"],
];

function layerOf(file: string): number {
  const rel = relative(SRC, file).split("\\").join("/");
  const i = LAYERS.findIndex((names) =>
    names.some((n) => (n.endsWith("/") ? rel.startsWith(n) : rel === n)),
  );
  if (i < 0) throw new Error(`src/${rel} is in no layer of test/import-direction.test.ts: add it`);
  return i;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/** Relative imports of a module (static, re-exports and dynamic), as source paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm),
  ].map((m) => m[1]);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"));
}

const files = sources(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const name = (f: string) => relative(SRC, f).split("\\").join("/");

describe("#11 import direction", () => {
  it("finds the modules and their imports", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(join(SRC, "cli/main.ts"))?.length).toBeGreaterThan(3);
  });

  it("has no import against the pipeline (lexicon/diagnostics → read → normalize → structure/tables → assemble → diff/validate → report → cli)", () => {
    const against: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (layerOf(target) > layerOf(file)) against.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(against).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === "open")
          cycles.push([...stack.slice(stack.indexOf(t)), t].map(name).join(" → "));
        else if (!state.has(t) && graph.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("would catch an import against the pipeline", () => {
    expect(layerOf(join(SRC, "read/index.ts"))).toBeLessThan(layerOf(join(SRC, "tables/index.ts")));
    expect(layerOf(join(SRC, "report/escape.ts"))).toBeLessThan(layerOf(join(SRC, "cli/main.ts")));
  });
});
