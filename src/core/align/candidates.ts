import type { Corpus } from './corpus.ts';

/** Sentence pairs (s < t, different articles) that share at least one term rare enough to index. */
export interface Candidates {
  s: Int32Array;
  t: Int32Array;
  count: number;
}

// A term in more sentences than this (per article, with a floor) is topic vocabulary, not an anchor.
const CAP_PER_ARTICLE = 4;
const CAP_FLOOR = 64;

/**
 * Finds candidate sentence pairs through an inverted index of terms, skipping terms that are too
 * frequent to be evidence (as passim drops frequent n-grams). Boilerplate meets only boilerplate.
 */
export function findCandidates(c: Corpus, articleCount: number): Candidates {
  const n = c.article.length;
  const cap = Math.max(CAP_FLOOR, CAP_PER_ARTICLE * articleCount);
  // Postings in CSR form: sentences per term, ascending.
  const start = new Int32Array(c.termCount + 1);
  for (let k = 0; k < c.termIds.length; k++) {
    const t = c.termIds[k] as number;
    if ((c.sentenceFreq[t] as number) <= cap && (c.factor[t] as number) > 0) start[t + 1] = (start[t + 1] as number) + 1;
  }
  for (let t = 0; t < c.termCount; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const fill = start.slice(0, c.termCount);
  const postings = new Int32Array(start[c.termCount] as number);
  for (let s = 0; s < n; s++) {
    for (let k = c.termStart[s] as number; k < (c.termStart[s + 1] as number); k++) {
      const t = c.termIds[k] as number;
      if ((c.sentenceFreq[t] as number) <= cap && (c.factor[t] as number) > 0) {
        postings[fill[t] as number] = s;
        fill[t] = (fill[t] as number) + 1;
      }
    }
  }

  let outS = new Int32Array(1024);
  let outT = new Int32Array(1024);
  let count = 0;
  const seen = new Int32Array(n).fill(-1);
  // The partners of one sentence, gathered in a typed array so that they sort natively.
  const touched = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const as = c.article[s] as number;
    const bs = c.boiler[s] as number;
    let found = 0;
    for (let k = c.termStart[s] as number; k < (c.termStart[s + 1] as number); k++) {
      const term = c.termIds[k] as number;
      if ((c.sentenceFreq[term] as number) > cap || (c.factor[term] as number) <= 0) continue;
      const end = start[term + 1] as number;
      // Postings are ascending: skip to the sentences after s.
      let p = start[term] as number;
      let hi = end;
      while (p < hi) {
        const mid = (p + hi) >> 1;
        if ((postings[mid] as number) <= s) p = mid + 1;
        else hi = mid;
      }
      for (; p < end; p++) {
        const t = postings[p] as number;
        if (seen[t] === s || c.article[t] === as || c.boiler[t] !== bs) continue;
        seen[t] = s;
        touched[found++] = t;
      }
    }
    touched.subarray(0, found).sort();
    for (let q = 0; q < found; q++) {
      if (count === outS.length) {
        const grownS = new Int32Array(count * 2);
        const grownT = new Int32Array(count * 2);
        grownS.set(outS);
        grownT.set(outT);
        outS = grownS;
        outT = grownT;
      }
      outS[count] = s;
      outT[count] = touched[q] as number;
      count++;
    }
  }
  return { s: outS, t: outT, count };
}
