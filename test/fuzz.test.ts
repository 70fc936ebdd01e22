/**
 * Issue #6: a fuzz test. The corpus PDFs, DOCX, text dumps and YAML models
 * are mutated (bit flips, overwritten, deleted, duplicated and inserted
 * bytes, truncation; XML- and YAML-aware edits) with a fixed seed, and every
 * case must end in a plan that satisfies the schema or a typed InputError
 * (for YAML: diagnostics), never another exception, never a hang.
 *
 * FUZZ_SCALE=10 npm test runs ten times as many cases (a longer soak).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/diagnostics.js";
import { buildPlan } from "../src/assemble/index.js";
import { Plan } from "../src/model/schema.js";
import { readBuffer } from "../src/normalize/index.js";
import { validateText } from "../src/validate/index.js";
import { ROOT } from "./helpers/run.js";

const SCALE = Number(process.env.FUZZ_SCALE) || 1;
const CASE_TIMEOUT_MS = 20_000;

/** mulberry32: a small seeded generator, so that a failing case can be replayed by its number. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof rng>;

const TOKENS = ["\0", "\xff", "%%EOF", "<<", ">>", "obj", "endobj", "stream", "/Length 99999999", "(", ")", "<w:p>", "</w:tbl>", "]]>", "&#0;", "\u202e", "ộ"].map((s) => Buffer.from(s, "latin1"));

/** One byte-level mutation. */
function mutateBytes(data: Buffer, r: Rng): Buffer {
  const at = r.int(data.length);
  switch (r.int(6)) {
    case 0: {
      const out = Buffer.from(data);
      for (let k = 0; k < 1 + r.int(8); k++) out[r.int(out.length)] ^= 1 << r.int(8);
      return out;
    }
    case 1: {
      const out = Buffer.from(data);
      out.fill(r.int(256), at, Math.min(out.length, at + 1 + r.int(64)));
      return out;
    }
    case 2:
      return Buffer.concat([data.subarray(0, at), data.subarray(Math.min(data.length, at + 1 + r.int(512)))]);
    case 3: {
      const len = 1 + r.int(512);
      return Buffer.concat([data.subarray(0, at), data.subarray(at, at + len), data.subarray(at)]);
    }
    case 4:
      return Buffer.concat([data.subarray(0, at), r.pick(TOKENS), data.subarray(at)]);
    default:
      return data.subarray(0, at);
  }
}

async function parseOutcome(name: string, data: Buffer): Promise<"plan" | "input-error"> {
  const work = (async () => {
    try {
      const { plan } = buildPlan([await readBuffer(name, new Uint8Array(data))]);
      const check = Plan.safeParse(plan);
      if (!check.success) throw new Error(`the plan does not satisfy the schema: ${check.error.issues[0].message}`);
      return "plan" as const;
    } catch (e) {
      if (e instanceof InputError) return "input-error" as const;
      throw e;
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function campaign(label: string, cases: number, seed: number, make: (r: Rng) => Promise<[string, Buffer]>) {
  const r = rng(seed);
  const seen = { plan: 0, "input-error": 0 };
  for (let i = 0; i < cases * SCALE; i++) {
    const [name, data] = await make(r);
    try {
      seen[await parseOutcome(name, data)]++;
    } catch (e) {
      throw new Error(`${label} case ${i} (seed ${seed}): ${(e as Error).stack}`);
    }
  }
  return seen;
}

const fixture = (p: string) => readFileSync(`${ROOT}fixtures/${p}`);

describe("fuzz: every mutated input ends in a plan or a typed error", () => {
  it("PDF byte mutations", async () => {
    const seeds = ["variants/borderless.pdf", "variants/word-borders.pdf", "hungyen/hungyen-body.pdf"].map(fixture);
    const seen = await campaign("pdf", 300, 397, async (r) => ["fuzz.pdf", mutateBytes(r.pick(seeds), r)]);
    // The mutations reach the parser: some inputs still parse, some are refused.
    expect(seen.plan).toBeGreaterThan(30);
    expect(seen["input-error"]).toBeGreaterThan(30);
  }, 600_000);

  it("DOCX byte mutations and document.xml edits", async () => {
    const seeds = ["variants/merged-first-column.docx", "cantho/cantho-body.docx"].map(fixture);
    const xmls = await Promise.all(seeds.map(async (s) => [await JSZip.loadAsync(s), await (await JSZip.loadAsync(s)).file("word/document.xml")!.async("string")] as const));
    const seen = await campaign("docx", 400, 2025, async (r) => {
      if (r.next() < 0.5) return ["fuzz.docx", mutateBytes(r.pick(seeds), r)];
      const [zip, xml] = r.pick(xmls);
      const edited = mutateBytes(Buffer.from(xml, "utf8"), r).toString("utf8");
      zip.file("word/document.xml", edited);
      return ["fuzz.docx", await zip.generateAsync({ type: "nodebuffer" })];
    });
    expect(seen.plan).toBeGreaterThan(30);
    expect(seen["input-error"]).toBeGreaterThan(30);
  }, 600_000);

  it("text dump mutations", async () => {
    const seeds = ["hue/hue-body.txt", "cantho/cantho-body.txt", "hue/hue-appendix.txt"].map(fixture);
    const seen = await campaign("text", 400, 12, async (r) => ["fuzz.txt", mutateBytes(r.pick(seeds), r)]);
    expect(seen.plan).toBeGreaterThan(100);
  }, 600_000);

  it("YAML model mutations: diagnostics, never an exception", async () => {
    const seeds = ["hue/expected.yaml", "cantho/expected.yaml", "validate/valid.yaml"].map((p) => fixture(p).toString("utf8"));
    const EDITS = [": ", "- ", "\t", "&a ", "*a ", "!!binary ", "'", '"', "{", "[", "null", "2026", "\n", "#", "? ", "<<: *a\n"];
    const r = rng(7);
    let invalid = 0;
    for (let i = 0; i < 2000 * SCALE; i++) {
      // Yield now and then: a long synchronous loop starves the test runner's own messages.
      if (i % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
      const text = r.pick(seeds);
      const lines = text.split("\n");
      const k = r.int(lines.length);
      const line = lines[k];
      const at = r.int(line.length + 1);
      switch (r.int(4)) {
        case 0: lines[k] = line.slice(0, at) + r.pick(EDITS) + line.slice(at); break;
        case 1: lines[k] = line.slice(0, at) + line.slice(at + 1 + r.int(10)); break;
        case 2: lines.splice(k, 1); break;
        default: lines.splice(r.int(lines.length), 0, line);
      }
      try {
        const diags = validateText("fuzz.yaml", lines.join("\n"));
        if (diags.length) invalid++;
        for (const d of diags) expect(d.line, `case ${i}: ${d.message}`).toBeGreaterThanOrEqual(1);
      } catch (e) {
        throw new Error(`yaml case ${i} (seed 7): ${(e as Error).stack}`);
      }
    }
    expect(invalid).toBeGreaterThan(600);
  }, 600_000);
});
