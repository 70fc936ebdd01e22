/**
 * How alike two texts are, for aligning elements: TF-IDF cosine over
 * syllable unigrams and bigrams (comparison keys, so spelling variants agree)
 * averaged with TF-IDF cosine over diacritic-folded character trigrams (which
 * survive OCR slips, split words and encoding damage). IDF comes from all the
 * texts being aligned, so words every element shares ("buôn lậu, gian lận
 * thương mại") weigh little.
 */
import { foldDiacritics, tokenize } from "./normalize.js";

type Vector = Map<string, number>;

function wordFeatures(text: string): string[] {
  const keys = tokenize(text).map((t) => t.key);
  const out = [...keys];
  for (let i = 0; i + 1 < keys.length; i++) out.push(`${keys[i]} ${keys[i + 1]}`);
  return out;
}

function charFeatures(text: string): string[] {
  const s = ` ${foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Vectors for a set of texts, weighted by TF-IDF over that set. */
export class TfIdf {
  readonly vectors: Vector[];
  /** How many texts hold each feature. */
  readonly df = new Map<string, number>();
  constructor(texts: string[], features: (t: string) => string[]) {
    const counts = texts.map((t) => {
      const m: Vector = new Map();
      for (const f of features(t)) m.set(f, (m.get(f) ?? 0) + 1);
      return m;
    });
    const df = this.df;
    for (const m of counts) for (const f of m.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = texts.length;
    this.vectors = counts.map((m) => {
      const v: Vector = new Map();
      let norm = 0;
      for (const [f, c] of m) {
        const w = (1 + Math.log(c)) * Math.log(1 + n / (df.get(f) ?? 1));
        v.set(f, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [f, w] of v) v.set(f, w / norm);
      return v;
    });
  }
  cosine(i: number, j: number): number {
    const [a, b] =
      this.vectors[i].size < this.vectors[j].size
        ? [this.vectors[i], this.vectors[j]]
        : [this.vectors[j], this.vectors[i]];
    let dot = 0;
    for (const [f, w] of a) dot += w * (b.get(f) ?? 0);
    return dot;
  }
}

/**
 * The similarity matrix of reference texts (rows) against plan texts
 * (columns), each value in 0..1.
 */
export function similarityMatrix(reference: string[], plan: string[]): number[][] {
  const all = [...reference, ...plan];
  const words = new TfIdf(all, wordFeatures);
  const chars = new TfIdf(all, charFeatures);
  const r = reference.length;
  return reference.map((_, i) =>
    plan.map((_, j) => (words.cosine(i, r + j) + chars.cosine(i, r + j)) / 2),
  );
}

/** One model's vectors as parallel arrays of feature numbers and weights, for fast dot products. */
class PackedVectors {
  readonly ids: Int32Array[];
  readonly weights: Float64Array[];
  readonly scratch: Float64Array;
  constructor(model: TfIdf) {
    const number = new Map<string, number>();
    const id = (f: string) => number.get(f) ?? number.set(f, number.size).get(f)!;
    this.ids = model.vectors.map((v) => Int32Array.from(v.keys(), id));
    this.weights = model.vectors.map((v) => Float64Array.from(v.values()));
    this.scratch = new Float64Array(number.size);
  }
  /** Dot products of text a with each text in bs. */
  dots(a: number, bs: number[]): number[] {
    const ids = this.ids[a];
    const w = this.weights[a];
    for (let k = 0; k < ids.length; k++) this.scratch[ids[k]] = w[k];
    const out = bs.map((b) => {
      const bi = this.ids[b];
      const bw = this.weights[b];
      let dot = 0;
      for (let k = 0; k < bi.length; k++) dot += bw[k] * this.scratch[bi[k]];
      return dot;
    });
    for (let k = 0; k < ids.length; k++) this.scratch[ids[k]] = 0;
    return out;
  }
}

/**
 * Both TF-IDF models over reference then plan texts, for scoring chosen
 * pairs only (the sparse alignment of large sections).
 */
export class PairScorer {
  readonly words: TfIdf;
  private readonly packedWords: PackedVectors;
  private readonly packedChars: PackedVectors;
  constructor(reference: string[], plan: string[]) {
    const all = [...reference, ...plan];
    this.words = new TfIdf(all, wordFeatures);
    this.packedWords = new PackedVectors(this.words);
    this.packedChars = new PackedVectors(new TfIdf(all, charFeatures));
  }
  /** Similarity of text a with each of bs (indices into reference ++ plan), as similarityMatrix's. */
  scores(a: number, bs: number[]): number[] {
    const w = this.packedWords.dots(a, bs);
    const c = this.packedChars.dots(a, bs);
    return w.map((x, k) => (x + c[k]) / 2);
  }
}
