import type { Corpus } from './corpus.ts';

/**
 * Term weights for one pair of articles: inverse paragraph frequency over the paragraphs of those two
 * articles alone, so the links between A and B do not depend on which other articles are loaded.
 * A term found in just two paragraphs (the rarest that can be shared) weighs 1.
 */
export interface Weights {
  c: Corpus;
  articles: number;
  /** Per ordered article pair a * articles + b: log(P + 1) and 1 / log((P + 1) / 2.5), P = paragraphs. */
  top: Float64Array;
  inv: Float64Array;
  /** log(d + 0.5) for a paragraph count d. */
  logHalf: Float64Array;
  /**
   * Sentence weight (sum of its term weights) against another article: mass[b * sentences + s]; NaN
   * until asked. Laid out by article, as the matcher asks: it compares one article's sentences with
   * scattered sentences of the others, whose weights against that one article then lie close together.
   */
  mass: Float32Array;
}

/** Prepares the per-pair weight tables of a corpus (masses are computed when first asked). */
export function pairWeights(c: Corpus): Weights {
  const articles = c.paraCount.length;
  const top = new Float64Array(articles * articles);
  const inv = new Float64Array(articles * articles);
  let maxP = 0;
  for (let a = 0; a < articles; a++) {
    for (let b = 0; b < articles; b++) {
      const p = (c.paraCount[a] as number) + (c.paraCount[b] as number);
      maxP = Math.max(maxP, p);
      const rarest = Math.log((p + 1) / 2.5);
      top[a * articles + b] = Math.log(p + 1);
      inv[a * articles + b] = rarest > 0 ? 1 / rarest : 0;
    }
  }
  const logHalf = new Float64Array(maxP + 2);
  for (let d = 0; d < logHalf.length; d++) logHalf[d] = Math.log(d + 0.5);
  const mass = new Float32Array(c.article.length * articles).fill(Number.NaN);
  return { c, articles, top, inv, logHalf, mass };
}

/** Weight of term t for the ordered article pair k = a * articles + b, found in d paragraphs of the two. */
export function weightAt(w: Weights, t: number, k: number, d: number): number {
  let x = ((w.top[k] as number) - (w.logHalf[d] as number)) * (w.inv[k] as number);
  x = x < 0 ? 0 : x > 1 ? 1 : x;
  return x * (w.c.factor[t] as number);
}

/** Weight of term t when comparing article a with article b. */
export function termWeight(w: Weights, t: number, a: number, b: number): number {
  const c = w.c;
  return weightAt(w, t, a * w.articles + b, (c.df[a * c.termCount + t] as number) + (c.df[b * c.termCount + t] as number));
}

/** Summed term weight of sentence s when compared with article b. */
export function sentenceMass(w: Weights, s: number, b: number): number {
  const key = b * w.c.article.length + s;
  const cached = w.mass[key] as number;
  if (!Number.isNaN(cached)) return cached;
  const c = w.c;
  const a = c.article[s] as number;
  const pair = a * w.articles + b;
  const rowA = a * c.termCount;
  const rowB = b * c.termCount;
  const d = c.text[s] as number;
  let m = 0;
  // Read per text, as the matcher asks for sentences at random (see Corpus.text).
  for (let k = c.textTermStart[d] as number; k < (c.textTermStart[d + 1] as number); k++) {
    const t = c.textTermIds[k] as number;
    m += weightAt(w, t, pair, (c.df[rowA + t] as number) + (c.df[rowB + t] as number));
  }
  w.mass[key] = m;
  return m;
}
