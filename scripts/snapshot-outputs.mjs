#!/usr/bin/env node
// Behaviour snapshot for re-cuts (#11): runs the built CLI in-process on every corpus and fixture
// document (parse to JSON and YAML), the table debug view, diff and validate in every format,
// and writes each command's stdout, stderr and exit code to one file in OUT_DIR. Run it before
// and after a refactoring and `diff -r` the two folders: they must be identical.
//
//   npm run build --silent && node scripts/snapshot-outputs.mjs /tmp/snap-before [--ocr]
//
// --ocr also parses the scanned fixtures (slow: tesseract on every page).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = process.argv[2];
if (!out) {
  process.stderr.write("usage: node scripts/snapshot-outputs.mjs OUT_DIR [--ocr]\n");
  process.exit(2);
}
const withOcr = process.argv.includes("--ocr");
const { main } = await import(join(root, "dist/cli/main.js"));

function walk(dir) {
  const found = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...walk(p));
    else found.push(p);
  }
  return found;
}

const corpus = "/work/shared/corpus";
const documents = [
  ...walk(join(root, "fixtures")).map((p) => relative(root, p)),
  ...walk(corpus).filter((p) => !p.endsWith("README.md")),
].filter(
  (p) =>
    /\.(pdf|docx|txt)$/i.test(p) &&
    (withOcr || !p.includes("fixtures/scan/")) &&
    !p.includes("fixtures/bench/"),
);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const debugDir = join(out, "debug-svg");

async function run(args) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: root,
    env: { COLUMNS: "120" },
    isTTY: false,
    stdoutIsTTY: false,
  };
  const code = await main(args, io);
  const name = args
    .join(" ")
    .replaceAll(out, "OUT")
    .replace(/[/\\]/g, "_")
    .replace(/[^\w.+ -]/g, "_")
    .slice(0, 180);
  const text = `$ plan ${args.join(" ")}\nexit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
  writeFileSync(join(out, `${name}.txt`), text.replaceAll(out, "OUT"));
}

for (const doc of documents) {
  await run(["parse", doc, "-f", "json"]);
  if (!doc.includes("fixtures/scan/")) await run(["parse", doc, "-f", "yaml"]);
}
await run(["parse", "fixtures/hue/hue-body.pdf", "fixtures/hue/hue-appendix.pdf", "-f", "yaml"]);
await run(["parse", "fixtures/hue/hue-body.docx", "fixtures/hue/hue-appendix.docx", "-f", "json"]);
for (const doc of ["fixtures/hue/hue-appendix.pdf", "fixtures/variants/two-level-header.pdf"])
  await run(["parse", doc, "-q", "--debug-tables", debugDir]);
// Many plans at once (one thread, so the order of messages is fixed).
await run([
  "parse",
  "fixtures/hue",
  "fixtures/cantho",
  "fixtures/bad",
  "-o",
  join(out, "batch") + "/",
  "-j",
  "1",
]);

const models = [
  "fixtures/hue/expected.yaml",
  "fixtures/cantho/expected.yaml",
  "fixtures/hungyen/expected.yaml",
];
for (const format of ["table", "markdown", "json", "html"]) {
  for (const m of models) await run(["diff", m, "-f", format]);
  await run(["diff", "--against", "397", ...models, "-f", format]);
  await run(["diff", models[0], models[1], "-f", format]);
}
await run(["diff", "fixtures/hue/hue-body.pdf+fixtures/hue/hue-appendix.pdf", "-f", "json"]);
await run(["diff", "fixtures/cantho/cantho-body.docx", "--fail-on", "missing", "-f", "markdown"]);

const yamls = walk(join(root, "fixtures/validate")).map((p) => relative(root, p));
for (const format of ["text", "json", "github", "sarif"])
  await run(["validate", ...yamls, ...models, "--format", format]);
await run(["schema"]);

const svgs = statSync(debugDir, { throwIfNoEntry: false }) ? readdirSync(debugDir).length : 0;
writeFileSync(join(out, "_index.txt"), `${documents.join("\n")}\n${svgs} debug SVG(s)\n`);
process.stderr.write(
  `snapshot: ${documents.length} documents, ${readdirSync(out).length} outputs in ${out}\n`,
);
