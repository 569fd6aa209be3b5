/**
 * The passes of pairFeatures that run over every candidate paragraph pair (a large set of near-copies
 * has hundreds of thousands). Each pass is a function of its own: the CLI runs them once, cold, and
 * the engine compiles a small function's loop far sooner than one loop inside a long function.
 */
import type { Corpus } from './corpus.ts';
import { articlePairShare, COPY_DICE, NEAR_COPY_SHARE, type PairRows } from './pair-context.ts';
import type { Bags } from './paragraph-bags.ts';

/** The status codes of PairTable.status. */
export const SCREENED = 0;
export const RULE = 1;
export const OPEN = 2;

/**
 * A pair whose best sentence pair shares less than this share of its weight is not a link, and its
 * evidence is not gathered: on every reference set no such pair ever reached the combiner's threshold,
 * and on a large set of near-copies they are two thirds of the pairs the rules leave open.
 */
export const MIN_SENTENCE_COVER = 0.15;

/**
 * Two headlines that share at least this many content terms, one of them weighty (a name or a word
 * not common in English), state one event: they are linked like a rule match. One shared name alone
 * is topic, not the same fact.
 */
export const HEADLINE_SHARED_TERMS = 2;
// A term weighs enough to count for headlines when its background weight reaches this (not light words).
const WEIGHTY = 0.5;

/**
 * A sentence pair the lexical rules accept with a score below this (a shared name phrase, a few shared
 * words) does not make a link by itself unless the two share a figure: the combiner decides, with the
 * rule's score as evidence.
 */
export const RULE_SURE = 0.3;

/** Per-row best sentence figures from gatherPairs: stats[4r..4r+3] = cover, dice, bigrams, rule. */
export type RowStats = Float64Array;

/** How the combiner treats each row, and the feature slot of each open one. */
export interface RowStatus {
  status: Uint8Array;
  headlinePair: Uint8Array;
  copyOpen: Uint8Array;
  slot: Int32Array;
  /** Number of open rows (slots given). */
  open: number;
}

/** Shared terms of two paragraphs that pass a test. */
function sharedTerms(bags: Bags, g: number, h: number, test: (t: number) => boolean): number {
  let xk = bags.start[g] as number;
  let yk = bags.start[h] as number;
  let count = 0;
  while (xk < (bags.start[g + 1] as number) && yk < (bags.start[h + 1] as number)) {
    const u = bags.terms[xk] as number;
    const v = bags.terms[yk] as number;
    if (u === v && test(u)) count++;
    if (u <= v) xk++;
    if (v <= u) yk++;
  }
  return count;
}

/**
 * Only open pairs get features: on large sets of near-copies most pairs are rule links or screened.
 * A headline states in a few words what a paragraph says at length, so sentence coverage does not
 * screen its pairs out; two headlines sharing enough terms are linked outright.
 * Near-copies (one text edited) are left to the rules: a rule match is a link, the rest is not.
 */
export function classifyRows(p: PairRows, stats: RowStats, headOf: Uint8Array, bags: Bags, c: Corpus): RowStatus {
  const { n, g: gs, h: hs, articleOf } = p;
  const articleCount = p.first.length - 1;
  const weighty = (t: number) => (bags.weight[t] as number) >= WEIGHTY;
  const content = (t: number) => (c.factor[t] as number) >= 1;
  const figure = (t: number) => (c.figure[t] as number) > 0;
  const copied = articlePairShare(p, (r) => (stats[4 * r + 1] as number) >= COPY_DICE);
  const status = new Uint8Array(n);
  const headlinePair = new Uint8Array(n);
  const copyOpen = new Uint8Array(n);
  const slot = new Int32Array(n).fill(-1);
  let open = 0;
  for (let r = 0; r < n; r++) {
    const rule = stats[4 * r + 3] as number;
    const g = gs[r] as number;
    const h = hs[r] as number;
    const heading = (headOf[g] as number) + (headOf[h] as number);
    const headlinesMeet =
      heading === 2 && sharedTerms(bags, g, h, content) >= HEADLINE_SHARED_TERMS && sharedTerms(bags, g, h, weighty) > 0;
    // A weak rule match anchored by a shared figure, or between two such headlines, is still sure.
    const sure = rule >= RULE_SURE || (rule > 0 && (headlinesMeet || sharedTerms(bags, g, h, figure) > 0));
    if (headlinesMeet && rule <= 0) headlinePair[r] = 1;
    status[r] =
      sure || headlinePair[r] === 1
        ? RULE
        : rule <= 0 && (stats[4 * r] as number) < MIN_SENTENCE_COVER && heading === 0
          ? SCREENED
          : OPEN;
    const nearCopy = (copied[(articleOf[g] as number) * articleCount + (articleOf[h] as number)] as number) >= NEAR_COPY_SHARE;
    if (status[r] === OPEN && nearCopy) {
      status[r] = rule > 0 ? RULE : SCREENED;
      if (rule <= 0) copyOpen[r] = 1;
    }
    if (status[r] === OPEN) slot[r] = open++;
  }
  return { status, headlinePair, copyOpen, slot, open };
}

/**
 * In near-copies, a headline against a paragraph (which states its fact at length) is still the
 * combiner's to decide: no rule links them. (Two paragraphs both unlinked by the rules were tried
 * too: on near-copies they are mostly an added and a dropped paragraph, and the links were wrong.)
 */
export function reopenCopyHeadlines(p: PairRows, headOf: Uint8Array, s: RowStatus): void {
  for (let r = 0; r < p.n; r++) {
    if (s.copyOpen[r] === 0) continue;
    if ((headOf[p.g[r] as number] as number) + (headOf[p.h[r] as number] as number) === 1) {
      s.status[r] = OPEN;
      s.slot[r] = s.open++;
    } else s.copyOpen[r] = 0;
  }
}

/** Each row's article and paragraph indexes, and its base score (best sentence coverage, at least 0). */
export function rowPlaces(p: PairRows, stats: RowStats) {
  const { n, g: gs, h: hs, articleOf, first } = p;
  const base = new Float64Array(n);
  const ai = new Int32Array(n);
  const pi = new Int32Array(n);
  const bi = new Int32Array(n);
  const pj = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const g = gs[r] as number;
    const h = hs[r] as number;
    const a = articleOf[g] as number;
    const b = articleOf[h] as number;
    ai[r] = a;
    pi[r] = g - (first[a] as number);
    bi[r] = b;
    pj[r] = h - (first[b] as number);
    // Ranks come from the sentence coverage, which every pair has.
    base[r] = Math.max(0, stats[4 * r] as number);
  }
  return { ai, pi, bi, pj, base };
}

/**
 * Best partner of each paragraph in each other article, by the base score: best[g * articles + b]
 * and bestOf (the partner, -1 for none). Ties go to the earlier paragraph, whatever the order the
 * articles came in.
 */
export function bestPartners(p: PairRows, base: Float64Array) {
  const articleCount = p.first.length - 1;
  const total = p.first[articleCount] as number;
  const best = new Float64Array(total * articleCount);
  const bestOf = new Int32Array(total * articleCount).fill(-1);
  for (let r = 0; r < p.n; r++) {
    const g = p.g[r] as number;
    const h = p.h[r] as number;
    const v = base[r] as number;
    const kg = g * articleCount + (p.articleOf[h] as number);
    const kh = h * articleCount + (p.articleOf[g] as number);
    if (v > (best[kg] as number) || (v > 0 && v === best[kg] && h < (bestOf[kg] as number))) {
      best[kg] = v;
      bestOf[kg] = h;
    }
    if (v > (best[kh] as number) || (v > 0 && v === best[kh] && g < (bestOf[kh] as number))) {
      best[kh] = v;
      bestOf[kh] = g;
    }
  }
  return { best, bestOf };
}
