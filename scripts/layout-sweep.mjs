// The layout sweep (issue #12): typesets the appendix models in many layouts
// drawn from a seed and renders each with several producers.
//
//   node scripts/layout-sweep.mjs [--seed 12] [--count 300] [--out DIR] [--only L001,L007]
//                                 [--producers docx,lo,chromium] [--sample]
//
// --sample keeps every 20th layout (L007, L027, ...) and writes to
// fixtures/sweep/: the committed sample the test suite scores.
//
// Writes DIR/manifest.json (each layout's dimensions and expected model) and
// DIR/L###.docx, L###.lo.pdf (LibreOffice from the DOCX), L###.chromium.pdf
// (Chromium's print-to-PDF from L###.html). Needs Debian's libreoffice-writer
// and chromium for the PDFs. `npm run bench:tables` parses and scores them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { layoutDocx } from "./sweep/docx.mjs";
import { layoutHtml } from "./sweep/html.mjs";
import { drawLayout, expectedOf } from "./sweep/layouts.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const seed = Number(arg("seed", "12"));
const count = Number(arg("count", "300"));
const sample = process.argv.includes("--sample");
const ROOT = new URL("../", import.meta.url).pathname;
const out = resolve(arg("out", sample ? join(ROOT, "fixtures/sweep") : "/tmp/plan-layout-sweep"));
const sampleIds = Array.from(
  { length: Math.floor(count / 20) },
  (_, k) => `L${String(20 * k + 7).padStart(3, "0")}`,
);
const only = arg("only", "")
  ? new Set(arg("only", "").split(","))
  : sample
    ? new Set(sampleIds)
    : null;
const producers = new Set(arg("producers", "docx,lo,chromium").split(","));
mkdirSync(out, { recursive: true });

const layouts = [];
for (let i = 1; i <= count; i++) {
  const l = drawLayout(seed, i);
  if (only && !only.has(l.id)) continue;
  layouts.push(l);
}
const manifest = { seed, count, layouts: [] };
for (const l of layouts) {
  writeFileSync(join(out, `${l.id}.docx`), await layoutDocx(l));
  writeFileSync(join(out, `${l.id}.html`), layoutHtml(l));
  const files = {};
  if (producers.has("docx")) files.docx = `${l.id}.docx`;
  if (producers.has("lo")) files.lo = `${l.id}.lo.pdf`;
  if (producers.has("chromium")) files.chromium = `${l.id}.chromium.pdf`;
  manifest.layouts.push({
    id: l.id,
    dims: l.dims,
    columns: l.columns.map((c) => c.header),
    files,
    expected: expectedOf(l),
  });
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");

// LibreOffice converts a batch per process (start-up dominates); its own profile keeps it apart from other runs.
if (producers.has("lo")) {
  const profile = `file://${join(out, ".lo-profile")}`;
  for (let i = 0; i < layouts.length; i += 40) {
    const batch = layouts.slice(i, i + 40).map((l) => join(out, `${l.id}.docx`));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        join(out, "lo"),
        ...batch,
      ],
      { stdio: "ignore" },
    );
    process.stderr.write(`LibreOffice: ${Math.min(i + 40, layouts.length)}/${layouts.length}\n`);
  }
  for (const l of layouts) renameSync(join(out, "lo", `${l.id}.pdf`), join(out, `${l.id}.lo.pdf`));
  rmSync(join(out, "lo"), { recursive: true, force: true });
}
if (producers.has("chromium")) {
  layouts.forEach((l, k) => {
    const pdf = join(out, `${l.id}.chromium.pdf`);
    execFileSync(
      "chromium",
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        `--user-data-dir=${join(out, ".chromium-profile")}`,
        `--print-to-pdf=${pdf}`,
        `file://${join(out, `${l.id}.html`)}`,
      ],
      { stdio: "ignore" },
    );
    if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
    if ((k + 1) % 20 === 0) process.stderr.write(`Chromium: ${k + 1}/${layouts.length}\n`);
  });
}
if (!producers.has("docx")) for (const l of layouts) rmSync(join(out, `${l.id}.docx`));
for (const l of layouts) rmSync(join(out, `${l.id}.html`));
for (const p of [".lo-profile", ".chromium-profile"])
  rmSync(join(out, p), { recursive: true, force: true });
process.stderr.write(`${layouts.length} layouts written to ${out}\n`);
