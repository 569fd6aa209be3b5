import { sentenceMass, weightAt, type Weights } from './weights.ts';

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
  let shared = 0;
  let terms = 0;
  let figures = 0;
  let i = c.termStart[s] as number;
  const iEnd = c.termStart[s + 1] as number;
  let j = c.termStart[t] as number;
  const jEnd = c.termStart[t + 1] as number;
  while (i < iEnd && j < jEnd) {
    const x = c.termIds[i] as number;
    const y = c.termIds[j] as number;
    if (x === y) {
      const w = weightAt(wt, x, pair, (c.termDf[i] as number) + (c.termDf[j] as number));
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
  i = c.pairStart[s] as number;
  const pEnd = c.pairStart[s + 1] as number;
  j = c.pairStart[t] as number;
  const qEnd = c.pairStart[t + 1] as number;
  while (i < pEnd && j < qEnd) {
    const x = c.pairIds[i] as number;
    const y = c.pairIds[j] as number;
    if (x === y) {
      bigrams++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const ms = sentenceMass(wt, s, at);
  const mt = sentenceMass(wt, t, as);
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
