import { fillMass, type Weights } from './weights.ts';

/** What two sentences share: weighted terms (both ways) and word pairs. */
export interface Evidence {
  /** Summed weight of the shared terms. */
  shared: number;
  /** Share of each sentence's weight found in the other (NewsEdits-style coverage, both ways). */
  coverS: number;
  coverT: number;
  /** Number of shared content terms with a positive weight. */
  terms: number;
  /** Number of those shared terms that state a figure (see Corpus.figure). */
  figures: number;
  /** Number of shared consecutive content-term pairs. */
  bigrams: number;
  /** Summed weight of each sentence's terms (for this article pair). */
  massS: number;
  massT: number;
}

/** A zeroed Evidence record, to be filled by `evidence`. */
export function emptyEvidence(): Evidence {
  return { shared: 0, coverS: 0, coverT: 0, terms: 0, figures: 0, bigrams: 0, massS: 0, massT: 0 };
}

/**
 * Compares sentence s with sentence t by merging their sorted term and pair lists. The result is
 * written into `out` (a new record when not given): the matcher compares hundreds of thousands of
 * candidate pairs on large sets, and one record reused for all of them spares the collector.
 */
export function evidence(wt: Weights, s: number, t: number, out: Evidence = emptyEvidence()): Evidence {
  const c = wt.c;
  const as = c.article[s] as number;
  const at = c.article[t] as number;
  const pair = as * wt.articles + at;
  // Terms and pairs are read per text (see Corpus.text), paragraph frequencies from each article's row.
  const rowS = as * c.termCount;
  const rowT = at * c.termCount;
  const ds = c.text[s] as number;
  const dt = c.text[t] as number;
  // The CLI runs with V8's inlining off: the weight and mass lookups are written out here, as this
  // runs for hundreds of thousands of sentence pairs (see weightAt and fillMass).
  const curve = wt.curve;
  const curveAt = wt.curveAt[pair] as number;
  let shared = 0;
  let terms = 0;
  let figures = 0;
  let i = c.textTermStart[ds] as number;
  const iEnd = c.textTermStart[ds + 1] as number;
  let j = c.textTermStart[dt] as number;
  const jEnd = c.textTermStart[dt + 1] as number;
  while (i < iEnd && j < jEnd) {
    const x = c.textTermIds[i] as number;
    const y = c.textTermIds[j] as number;
    if (x === y) {
      const w = (curve[curveAt + (c.df[rowS + x] as number) + (c.df[rowT + x] as number)] as number) * (c.factor[x] as number);
      shared += w;
      if (w > 0) {
        terms++;
        figures += c.figure[x] as number;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  let bigrams = 0;
  i = c.textPairStart[ds] as number;
  const pEnd = c.textPairStart[ds + 1] as number;
  j = c.textPairStart[dt] as number;
  const qEnd = c.textPairStart[dt + 1] as number;
  while (i < pEnd && j < qEnd) {
    const x = c.textPairIds[i] as number;
    const y = c.textPairIds[j] as number;
    if (x === y) {
      bigrams++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const n = c.article.length;
  let ms = wt.mass[at * n + s] as number;
  if (Number.isNaN(ms)) {
    fillMass(wt, s, at);
    ms = wt.filled[0] as number;
  }
  let mt = wt.mass[as * n + t] as number;
  if (Number.isNaN(mt)) {
    fillMass(wt, t, as);
    mt = wt.filled[0] as number;
  }
  out.shared = shared;
  out.coverS = ms > 0 ? shared / ms : 0;
  out.coverT = mt > 0 ? shared / mt : 0;
  out.terms = terms;
  out.figures = figures;
  out.bigrams = bigrams;
  out.massS = ms;
  out.massT = mt;
  return out;
}
