/**
 * Fuzzing helpers (#6): a seeded generator, byte-level mutations, and a
 * campaign that feeds mutated documents to the parser and counts how each
 * ended: a plan that satisfies the schema, or a typed InputError. Anything
 * else (another exception, a hang) fails with the case's number and seed.
 */
import { buildPlan } from "../../src/assemble/index.js";
import { InputError } from "../../src/diagnostics.js";
import { Plan } from "../../src/model/schema.js";
import { readBuffer } from "../../src/normalize/index.js";

const CASE_TIMEOUT_MS = 20_000;

/** mulberry32: a small seeded generator, so that a failing case can be replayed by its number. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}
export type Rng = ReturnType<typeof rng>;

const TOKENS = [
  "\0",
  "\xff",
  "%%EOF",
  "<<",
  ">>",
  "obj",
  "endobj",
  "stream",
  "/Length 99999999",
  "(",
  ")",
  "<w:p>",
  "</w:tbl>",
  "]]>",
  "&#0;",
  "\u202e",
  "ộ",
].map((s) => Buffer.from(s, "latin1"));

/** One byte-level mutation. */
export function mutateBytes(data: Buffer, r: Rng): Buffer {
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
      return Buffer.concat([
        data.subarray(0, at),
        data.subarray(Math.min(data.length, at + 1 + r.int(512))),
      ]);
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
      if (!check.success)
        throw new Error(`the plan does not satisfy the schema: ${check.error.issues[0].message}`);
      return "plan" as const;
    } catch (e) {
      if (e instanceof InputError) return "input-error" as const;
      throw e;
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(
        () => reject(new Error(`no answer in ${CASE_TIMEOUT_MS} ms`)),
        CASE_TIMEOUT_MS,
      )),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function campaign(
  label: string,
  cases: number,
  seed: number,
  make: (r: Rng) => Promise<[string, Buffer]>,
) {
  const r = rng(seed);
  const seen = { plan: 0, "input-error": 0 };
  for (let i = 0; i < cases; i++) {
    const [name, data] = await make(r);
    try {
      seen[await parseOutcome(name, data)]++;
    } catch (e) {
      throw new Error(`${label} case ${i} (seed ${seed}): ${(e as Error).stack}`);
    }
  }
  return seen;
}
