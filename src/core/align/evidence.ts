import type { Corpus } from './corpus.ts';

/** What two sentences share: weighted terms (both ways) and word pairs. */
export interface Evidence {
  /** Summed weight of the shared terms. */
  shared: number;
  /** Share of each sentence's weight found in the other (NewsEdits-style coverage, both ways). */
  coverS: number;
  coverT: number;
  /** Number of shared content terms with a positive weight. */
  terms: number;
  /** Number of shared consecutive content-term pairs. */
  bigrams: number;
}

/** Compares sentence s with sentence t by merging their sorted term and pair lists. */
export function evidence(c: Corpus, s: number, t: number): Evidence {
  let shared = 0;
  let terms = 0;
  let i = c.termStart[s] as number;
  const iEnd = c.termStart[s + 1] as number;
  let j = c.termStart[t] as number;
  const jEnd = c.termStart[t + 1] as number;
  while (i < iEnd && j < jEnd) {
    const x = c.termIds[i] as number;
    const y = c.termIds[j] as number;
    if (x === y) {
      const w = c.weight[x] as number;
      shared += w;
      if (w > 0) terms++;
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
  const ms = c.mass[s] as number;
  const mt = c.mass[t] as number;
  return {
    shared,
    coverS: ms > 0 ? shared / ms : 0,
    coverT: mt > 0 ? shared / mt : 0,
    terms,
    bigrams,
  };
}
