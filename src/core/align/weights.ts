import type { Corpus } from './corpus.ts';

/**
 * Term weights for one pair of articles: inverse paragraph frequency over the paragraphs of those two
 * articles alone, so the links between A and B do not depend on which other articles are loaded.
 * A term found in just two paragraphs (the rarest that can be shared) weighs 1.
 */
export interface Weights {
  c: Corpus;
  articles: number;
  /**
   * The weight before its kind factor, clamp((log(P + 1) - log(d + 0.5)) / log((P + 1) / 2.5), 0, 1)
   * for P the paragraphs of the two articles and d those that hold the term: the curve of a pair
   * k = a * articles + b starts at curve[curveAt[k]] and has an entry for every d up to P. Pairs with
   * the same P share it (copies of a story have the same length), and the matcher, which weighs
   * millions of terms, looks a weight up instead of working it out.
   */
  curveAt: Int32Array;
  curve: Float64Array;
  /**
   * Sentence weight (sum of its term weights) against another article: mass[b * sentences + s]; NaN
   * until asked. Laid out by article, as the matcher asks: it compares one article's sentences with
   * scattered sentences of the others, whose weights against that one article then lie close together.
   */
  mass: Float32Array;
  /** The mass fillMass last worked out, in full (a number returned by a call would be boxed). */
  filled: Float64Array;
}

/** Prepares the per-pair weight tables of a corpus (masses are computed when first asked). */
export function pairWeights(c: Corpus): Weights {
  const articles = c.paraCount.length;
  const curveAt = new Int32Array(articles * articles);
  // One curve per distinct P, each with entries d = 0 .. P.
  const startOf = new Map<number, number>();
  let size = 0;
  for (let k = 0; k < curveAt.length; k++) {
    const p = (c.paraCount[Math.floor(k / articles)] as number) + (c.paraCount[k % articles] as number);
    let at = startOf.get(p);
    if (at === undefined) {
      startOf.set(p, (at = size));
      size += p + 1;
    }
    curveAt[k] = at;
  }
  const curve = new Float64Array(size);
  for (const [p, at] of startOf) {
    const top = Math.log(p + 1);
    const rarest = Math.log((p + 1) / 2.5);
    const inv = rarest > 0 ? 1 / rarest : 0;
    for (let d = 0; d <= p; d++) {
      const x = (top - Math.log(d + 0.5)) * inv;
      curve[at + d] = x < 0 ? 0 : x > 1 ? 1 : x;
    }
  }
  const mass = new Float32Array(c.article.length * articles).fill(Number.NaN);
  return { c, articles, curveAt, curve, mass, filled: new Float64Array(1) };
}

/** Weight of term t for the ordered article pair k = a * articles + b, found in d paragraphs of the two. */
export function weightAt(w: Weights, t: number, k: number, d: number): number {
  return (w.curve[(w.curveAt[k] as number) + d] as number) * (w.c.factor[t] as number);
}

/** Weight of term t when comparing article a with article b. */
export function termWeight(w: Weights, t: number, a: number, b: number): number {
  const c = w.c;
  return weightAt(w, t, a * w.articles + b, (c.df[a * c.termCount + t] as number) + (c.df[b * c.termCount + t] as number));
}

/**
 * Works out the summed term weight of sentence s when compared with article b into the cache, and
 * in full into w.filled[0]. The matcher calls this for each of hundreds of thousands of masses and
 * reads the result from w.filled: with the CLI's V8 inlining off, a number returned by a call is
 * boxed on the heap.
 */
export function fillMass(w: Weights, s: number, b: number): void {
  const c = w.c;
  const a = c.article[s] as number;
  const pair = a * w.articles + b;
  const rowA = a * c.termCount;
  const rowB = b * c.termCount;
  const d = c.text[s] as number;
  // weightAt written out: the CLI runs with V8's inlining off, and this sums millions of weights.
  const curve = w.curve;
  const at = w.curveAt[pair] as number;
  let m = 0;
  // Read per text, as the matcher asks for sentences at random (see Corpus.text).
  for (let k = c.textTermStart[d] as number; k < (c.textTermStart[d + 1] as number); k++) {
    const t = c.textTermIds[k] as number;
    m += (curve[at + (c.df[rowA + t] as number) + (c.df[rowB + t] as number)] as number) * (c.factor[t] as number);
  }
  w.mass[b * c.article.length + s] = m;
  w.filled[0] = m;
}

/**
 * Summed term weight of sentence s when compared with article b: in full when first worked out, as
 * kept in the cache (32 bits) after.
 */
export function sentenceMass(w: Weights, s: number, b: number): number {
  const cached = w.mass[b * w.c.article.length + s] as number;
  if (!Number.isNaN(cached)) return cached;
  fillMass(w, s, b);
  return w.filled[0] as number;
}
