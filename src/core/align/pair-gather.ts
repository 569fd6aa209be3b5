import type { Article } from '../text/types.ts';
import type { Candidates } from './candidates.ts';
import type { Corpus } from './corpus.ts';
import type { Bags } from './paragraph-bags.ts';
import type { CandidateFigures } from './sentence-match.ts';

const HEADLINE_WORDS = 25;
// Headlines drop articles ("Soldiers flee to Tajikistan"); a line that uses this many, as running prose
// does, is a photo caption or a sentence that lost its full stop ("A soldier holds a gun at the gate").
const CAPTION_ARTICLES = 2;

/**
 * The headline of each article, or -1: its first paragraph with text, when that reads as a heading
 * (one line of at most HEADLINE_WORDS words without closing punctuation, in headline style), not as a
 * sentence or a caption.
 */
export function headlines(articles: readonly Article[]): Int32Array {
  return Int32Array.from(
    articles.map((a) => {
      const k = a.paragraphs.findIndex((p) => !p.boilerplate && p.sentences.length > 0);
      const p = a.paragraphs[k];
      if (p === undefined) return -1;
      const text = p.sentences.map((s) => s.text).join(' ').trim();
      const words = text.split(/\s+/);
      const articles = words.filter((w) => /^(a|an|the)$/i.test(w)).length;
      const heading = !text.includes('\n') && words.length <= HEADLINE_WORDS && articles < CAPTION_ARTICLES && !/[.!?:;,"”’]$/.test(text);
      return heading ? k : -1;
    }),
  );
}

/**
 * Paragraph pairs of the candidate sentence pairs, with the best sentence-level figures of each.
 * Candidates come sorted by their first sentence, so each paragraph's pairs are one run of them.
 */
export function gatherPairs(c: Corpus, bags: Bags, cand: Candidates, seen: CandidateFigures, idRank: Int32Array) {
  // (Near-copies tie often, so this allocates nothing: x is the side whose article id sorts first.)
  const earlier = (s: number, t: number, s0: number, t0: number): boolean => {
    const swap = (idRank[c.article[s] as number] as number) >= (idRank[c.article[t] as number] as number);
    const swap0 = (idRank[c.article[s0] as number] as number) >= (idRank[c.article[t0] as number] as number);
    const x = swap ? t : s;
    const y = swap ? s : t;
    const x0 = swap0 ? t0 : s0;
    const y0 = swap0 ? s0 : t0;
    const dx = (c.sent[x] as number) - (c.sent[x0] as number);
    return dx < 0 || (dx === 0 && (c.sent[y] as number) < (c.sent[y0] as number));
  };
  const first = bags.first;
  const total = first[first.length - 1] as number;
  const gOf = (s: number) => (first[c.article[s] as number] as number) + (c.para[s] as number);
  const rowAt = new Int32Array(total);
  const stampAt = new Int32Array(total).fill(-1);
  // Each candidate makes at most one row: room for all of them up front, as growing the arrays in
  // the loop would stop the engine's optimised loop the first time it happens.
  const cap = cand.count;
  const g = new Int32Array(cap);
  const h = new Int32Array(cap);
  const bestS = new Int32Array(cap);
  const bestT = new Int32Array(cap);
  const stats = new Float64Array(cap * 4); // cover, dice, bigrams, rule
  let n = 0;
  for (let k = 0; k < cand.count; k++) {
    const s = cand.s[k] as number;
    const t = cand.t[k] as number;
    if (c.boiler[s] === 1 || c.boiler[t] === 1) continue;
    const gs = gOf(s);
    const ht = gOf(t);
    let r: number;
    if (stampAt[ht] === gs) r = rowAt[ht] as number;
    else {
      r = n++;
      stampAt[ht] = gs;
      rowAt[ht] = r;
      g[r] = gs;
      h[r] = ht;
      bestS[r] = s;
      bestT[r] = t;
      stats[4 * r] = -1;
    }
    const cover = seen.cover[k] as number;
    // Ties go to the earlier sentences, counted in the article whose id sorts first, so that the
    // choice does not depend on the order the articles were given in.
    if (cover > (stats[4 * r] as number) || (cover === stats[4 * r] && earlier(s, t, bestS[r] as number, bestT[r] as number))) {
      stats[4 * r] = cover;
      bestS[r] = s;
      bestT[r] = t;
    }
    stats[4 * r + 1] = Math.max(stats[4 * r + 1] as number, seen.dice[k] as number);
    stats[4 * r + 2] = Math.max(stats[4 * r + 2] as number, seen.bigrams[k] as number);
    stats[4 * r + 3] = Math.max(stats[4 * r + 3] as number, seen.rule[k] as number);
  }
  return { n, g, h, bestS, bestT, stats };
}
