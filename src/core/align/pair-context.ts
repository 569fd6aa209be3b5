/**
 * What a paragraph pair's two articles say about it beyond its own words: how much of the two
 * articles is one text, and whether each paragraph already has a sure link into the other article.
 */

/** A sentence pair this alike (weighted Dice of content terms) says one thing in nearly the same words. */
export const COPY_DICE = 0.8;

/**
 * Two articles in which at least this share of the paragraphs has such a sentence pair across them
 * are one text edited (near-copies): the rules find what they share, and weaker evidence between them
 * is noise, so the combiner does not decide their pairs. Independent reports of one event seldom say a
 * sentence in the same words (on the reference sets near-copies score 0.29 to 0.42, other article
 * pairs at most 0.14); a wire story two outlets print under their own headlines is a near-copy too.
 */
export const NEAR_COPY_SHARE = 0.2;

/** The candidate pairs of a corpus: paragraph ids (global) of each side, row by row. */
export interface PairRows {
  n: number;
  g: Int32Array;
  h: Int32Array;
  /** Article of each global paragraph id. */
  articleOf: Int32Array;
  /** First global paragraph id of each article, and the total at the end. */
  first: ArrayLike<number>;
}

/**
 * Per article pair (a * articles + b, both ways): the share of the two articles' paragraphs that have
 * a candidate pair passing `hit` across them.
 */
export function articlePairShare(p: PairRows, hit: (r: number) => boolean): Float64Array {
  const articles = p.first.length - 1;
  const total = p.first[articles] as number;
  const marked = new Uint8Array(total * articles);
  for (let r = 0; r < p.n; r++) {
    if (!hit(r)) continue;
    const g = p.g[r] as number;
    const h = p.h[r] as number;
    marked[g * articles + (p.articleOf[h] as number)] = 1;
    marked[h * articles + (p.articleOf[g] as number)] = 1;
  }
  const share = new Float64Array(articles * articles);
  for (let a = 0; a < articles; a++) {
    for (let b = 0; b < articles; b++) {
      if (a === b) continue;
      let m = 0;
      for (let q = p.first[a] as number; q < (p.first[a + 1] as number); q++) m += marked[q * articles + b] as number;
      for (let q = p.first[b] as number; q < (p.first[b + 1] as number); q++) m += marked[q * articles + a] as number;
      const size = (p.first[a + 1] as number) - (p.first[a] as number) + (p.first[b + 1] as number) - (p.first[b] as number);
      share[a * articles + b] = m / Math.max(1, size);
    }
  }
  return share;
}

/**
 * Per row: how many of its two paragraphs (0 to 2) have a sure link (`sure`) to a paragraph of the
 * other article. A paragraph whose counterpart is found is less likely to have another one, though
 * outlets that repeat a fact in two paragraphs do.
 */
export function sureSides(p: PairRows, sure: (r: number) => boolean): Uint8Array {
  const articles = p.first.length - 1;
  const linked = new Uint8Array((p.first[articles] as number) * articles);
  for (let r = 0; r < p.n; r++) {
    if (!sure(r)) continue;
    linked[(p.g[r] as number) * articles + (p.articleOf[p.h[r] as number] as number)] = 1;
    linked[(p.h[r] as number) * articles + (p.articleOf[p.g[r] as number] as number)] = 1;
  }
  const sides = new Uint8Array(p.n);
  for (let r = 0; r < p.n; r++) {
    const g = p.g[r] as number;
    const h = p.h[r] as number;
    sides[r] = (linked[g * articles + (p.articleOf[h] as number)] as number) + (linked[h * articles + (p.articleOf[g] as number)] as number);
  }
  return sides;
}
