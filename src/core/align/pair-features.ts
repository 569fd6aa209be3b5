import type { Article } from '../text/types.ts';
import type { Candidates } from './candidates.ts';
import type { Corpus } from './corpus.ts';
import { bridgePartners, type Bags } from './paragraph-bags.ts';
import { gatherPairs, headlines } from './pair-gather.ts';
import { articlePairShare, sureSides, type PairRows } from './pair-context.ts';
import { bestPartners, classifyRows, MIN_SENTENCE_COVER, OPEN, reopenCopyHeadlines, RULE, rowPlaces } from './pair-rows.ts';
import type { CandidateFigures } from './sentence-match.ts';
import { sentenceMass, weightAt, type Weights } from './weights.ts';
import { isProse } from './prose.ts';

/** Names of the evidence features of a paragraph pair, in the order of PairTable.x. */
export const FEATURES = [
  'ruleScore', // best sentence match by the lexical rules below RULE_SURE (0 when none)
  'sentCover', // best sentence-pair coverage (scaled by evidence)
  'sentDice', // best sentence-pair weighted Dice
  'bgCoverMin', // background-weighted shared terms over the smaller paragraph
  'bgCoverMax', // ... over the larger paragraph
  'bgShared', // background-weighted shared terms, log
  'localCover', // pair-local rarity-weighted shared terms over the smaller paragraph
  'rareTerms', // shared terms rare in English, log
  'names', // shared capitalised terms (names), log
  'figures', // shared figures (numbers of 10 or more, rounded amounts)
  'headline', // one of the two is its article's headline
  'position', // distance of relative positions in the two articles
  'bestOfBoth', // each is the other's best partner (by best sentence coverage)
  'bestOfOne', // one is the other's best partner
  'toBest', // score relative to the best partner's, the smaller of the two sides
  'shortLen', // term count of the smaller paragraph, log
  'specific', // shared terms in at most two paragraphs of each article, not common in English, log
  'jointCover', // shared weight (background x pair-local) over the smaller paragraph
  'bigrams', // shared consecutive content-term pairs in the best sentence pair
  'ruled', // the lexical rules matched a sentence pair (1) or not (0)
  'softCover', // shared plus WordNet-bridged weight over the smaller paragraph
  'bridges', // terms bridged by WordNet (synonyms, derivations, verb parents), log
  'copyPair', // share of the two articles' paragraphs that the rules match across them (copies score high)
  'headlineLede', // a headline against a prose paragraph: 1 / (1 + prose paragraphs before it), else 0
  'sureSides', // how many of the two paragraphs (0-2) have a sure link to another paragraph of the other article
  // shortLen x a coverage: what a share of shared words proves depends on how long the paragraphs are
  'lenSentCover',
  'lenBgCoverMin',
  'lenSoftCover',
  'lenLocalCover',
  'lenNames',
  'lenFigures',
] as const;

const F = FEATURES.length;
export { CLOSING } from './prose.ts';
const RULED = FEATURES.indexOf('ruled');
const SENT_COVER = FEATURES.indexOf('sentCover');

export { HEADLINE_SHARED_TERMS, MIN_SENTENCE_COVER, OPEN, RULE, RULE_SURE, SCREENED } from './pair-rows.ts';

/** How the combiner treats a candidate pair: a rule link, screened out, or open for it to decide. */
export function pairStatus(x: ArrayLike<number>): 'rule' | 'screened' | 'open' {
  if (x[RULED] === 1) return 'rule';
  return (x[SENT_COVER] as number) < MIN_SENTENCE_COVER ? 'screened' : 'open';
}

/** Candidate paragraph pairs (different articles, a before b) and their evidence, column by column. */
export interface PairTable {
  count: number;
  /** Article index and paragraph index of each side. */
  a: Int32Array;
  i: Int32Array;
  b: Int32Array;
  j: Int32Array;
  /** The candidate sentence pair with the best coverage: global sentence ids. */
  bestS: Int32Array;
  bestT: Int32Array;
  /** Best sentence-pair coverage of each row. */
  cover: Float64Array;
  /** Per row: 1 when the rules matched it, 0 when screened out, 2 when the combiner decides. */
  status: Uint8Array;
  /** Per row: 1 when both sides are headlines that share enough terms (a rule link with no sentence match). */
  headlinePair: Uint8Array;
  /**
   * Per row: 1 for an open pair of two near-copies (a headline against a paragraph): decided by the
   * combiner, which is fitted on the pairs of independent reports only (pairEvidence hides these).
   */
  copyOpen: Uint8Array;
  /** Features of the open rows only: row r's are x[slot[r] * FEATURES.length + f] (slot -1 otherwise). */
  slot: Int32Array;
  x: Float64Array;
}

// The length interactions: each feature and the coverage it multiplies by shortLen.
const LENGTH_TIMES = (
  [
    ['lenSentCover', 'sentCover'],
    ['lenBgCoverMin', 'bgCoverMin'],
    ['lenSoftCover', 'softCover'],
    ['lenLocalCover', 'localCover'],
    ['lenNames', 'names'],
    ['lenFigures', 'figures'],
  ] as const
).map(([k, from]) => [FEATURES.indexOf(k), FEATURES.indexOf(from)] as const);

/** The rows whose status is `code`, in order. */
function rowsWith(status: Uint8Array, code: number): Int32Array {
  let count = 0;
  for (let r = 0; r < status.length; r++) if (status[r] === code) count++;
  const rows = new Int32Array(count);
  count = 0;
  for (let r = 0; r < status.length; r++) if (status[r] === code) rows[count++] = r;
  return rows;
}

/** A non-negative quantity per (paragraph, other article), computed when first asked and kept. */
function perParagraphAndArticle(paragraphs: number, articles: number, compute: (p: number, other: number) => number) {
  const cache = new Float64Array(paragraphs * articles).fill(-1);
  return (p: number, other: number): number => {
    const key = p * articles + other;
    let v = cache[key] as number;
    if (v < 0) cache[key] = v = compute(p, other);
    return v;
  };
}

/**
 * Gathers, for every paragraph pair that shares a candidate sentence pair, the evidence a combiner
 * weighs: sentence-level rule scores, coverage with background and pair-local term weights, shared
 * rare words, names and figures, WordNet bridges, the headline, position, and whether each is the
 * other's best partner.
 */
export function pairFeatures(
  articles: readonly Article[],
  c: Corpus,
  w: Weights,
  bags: Bags,
  cand: Candidates,
  seen: CandidateFigures,
): PairTable {
  const first = bags.first;
  const articleCount = articles.length;
  const total = first[articleCount] as number;
  const ids = articles.map((a) => a.id);
  const sortedIds = [...ids].sort();
  const idRank = Int32Array.from(ids.map((id) => sortedIds.indexOf(id)));
  const { n, g: gs, h: hs, bestS, bestT, stats } = gatherPairs(c, bags, cand, seen, idRank);
  const heads = headlines(articles);
  const articleOf = new Int32Array(total);
  for (let a = 0; a < articleCount; a++) articleOf.fill(a, first[a] as number, first[a + 1] as number);
  // Pair-local paragraph weight against each other article, computed once when first asked.
  const localMass = perParagraphAndArticle(total, articleCount, (g, other) => {
    const a = articleOf[g] as number;
    const starts = c.paraStart[a] as Int32Array;
    const p = g - (first[a] as number);
    let m = 0;
    for (let s = starts[p] as number; s < (starts[p + 1] as number); s++) m += sentenceMass(w, s, other);
    return m;
  });
  const partners = bridgePartners(bags, c.termCount);
  // Terms of the paragraph on the other side, stamped per row.
  const termMark = new Int32Array(c.termCount).fill(-1);
  const markTerms = (p: number): void => {
    for (let k = bags.start[p] as number; k < (bags.start[p + 1] as number); k++) termMark[bags.terms[k] as number] = p;
  };
  const meets = (t: number, p: number): boolean => {
    for (let k = partners.start[t] as number; k < (partners.start[t + 1] as number); k++) {
      if (termMark[partners.list[k] as number] === p) return true;
    }
    return false;
  };
  // Weight and number of the first n terms of `terms` that WordNet bridges to paragraph p (marked).
  const bridgedWeight = (terms: Int32Array, n: number, p: number) => {
    let weight = 0;
    let count = 0;
    for (let k = 0; k < n; k++) {
      const t = terms[k] as number;
      if (!meets(t, p)) continue;
      weight += bags.weight[t] as number;
      count++;
    }
    return { weight, count };
  };
  // Background x pair-local weight of a paragraph against another article, computed once when first asked.
  const jointMass = perParagraphAndArticle(total, articleCount, (p, other) => {
    const a = articleOf[p] as number;
    const pairK = a * w.articles + other;
    let m = 0;
    for (let k = bags.start[p] as number; k < (bags.start[p + 1] as number); k++) {
      const t = bags.terms[k] as number;
      m += weightAt(w, t, pairK, (c.df[a * c.termCount + t] as number) + (c.df[other * c.termCount + t] as number)) * (bags.weight[t] as number);
    }
    return m;
  });
  const dfRow = (a: number) => a * c.termCount;

  let longest = 0;
  for (let p = 0; p < total; p++) longest = Math.max(longest, bags.size[p] as number);
  const unsharedG = new Int32Array(longest);
  const unsharedH = new Int32Array(longest);
  // Whether each paragraph is its article's headline, and its place in the story as a lede: its rank
  // among the article's prose paragraphs (furniture, captions and other lines without closing
  // punctuation are not counted, and have no rank: -1).
  const headOf = new Uint8Array(total);
  const ledeRank = new Int32Array(total).fill(-1);
  for (let a = 0; a < articleCount; a++) {
    let rank = 0;
    const paras = (articles[a] as Article).paragraphs;
    for (let p = 0; p < paras.length; p++) {
      const g = (first[a] as number) + p;
      const para = paras[p] as Article['paragraphs'][number];
      headOf[g] = p === heads[a] ? 1 : 0;
      if (!isProse(para)) continue;
      ledeRank[g] = rank++;
    }
  }
  const ledeness = (p: number): number => ((ledeRank[p] as number) < 0 ? 0 : 1 / (1 + (ledeRank[p] as number)));
  const rowsOf: PairRows = { n, g: gs, h: hs, articleOf, first };
  const rowStatus = classifyRows(rowsOf, stats, headOf, bags, c);
  const { status, headlinePair, copyOpen, slot } = rowStatus;
  const sides = sureSides(rowsOf, (r) => status[r] === RULE);
  reopenCopyHeadlines(rowsOf, headOf, rowStatus);
  const x = new Float64Array(rowStatus.open * F);
  const { ai, pi, bi, pj, base } = rowPlaces(rowsOf, stats);
  // The open rows, in row order: the only ones given features (pairs the rules matched are links
  // whatever their other evidence, and screened pairs are not).
  const openRows = rowsWith(status, OPEN);
  for (const r of openRows) {
    const g = gs[r] as number;
    const h = hs[r] as number;
    const a = articleOf[g] as number;
    const b = articleOf[h] as number;
    const o = (slot[r] as number) * F;
    x[o] = Math.max(0, stats[4 * r + 3] as number);
    x[o + 1] = base[r] as number;
    x[o + 19] = 0;
    const pairK = a * w.articles + b;
    const rowA = dfRow(a);
    const rowB = dfRow(b);
    let shared = 0;
    let local = 0;
    let rare = 0;
    let names = 0;
    let figures = 0;
    let specific = 0;
    let joint = 0;
    const xEnd = bags.start[g + 1] as number;
    const yEnd = bags.start[h + 1] as number;
    let xk = bags.start[g] as number;
    let yk = bags.start[h] as number;
    // First pass: shared terms; the unshared ones are checked for WordNet bridges below.
    let nG = 0;
    let nH = 0;
    while (xk < xEnd || yk < yEnd) {
      const u = xk < xEnd ? (bags.terms[xk] as number) : Number.MAX_SAFE_INTEGER;
      const v = yk < yEnd ? (bags.terms[yk] as number) : Number.MAX_SAFE_INTEGER;
      if (u === v) {
        const dfA = c.df[rowA + u] as number;
        const dfB = c.df[rowB + u] as number;
        const bw = bags.weight[u] as number;
        const lw = weightAt(w, u, pairK, dfA + dfB);
        shared += bw;
        local += lw;
        joint += lw * bw;
        rare += bags.rare[u] as number;
        if (c.name[u] === 1 && bw >= 0.5) names++;
        figures += c.figure[u] as number;
        if (dfA <= 2 && dfB <= 2 && bw >= 0.5) specific++;
        xk++;
        yk++;
      } else if (u < v) {
        if (partners.start[u] !== partners.start[u + 1]) unsharedG[nG++] = u;
        xk++;
      } else {
        if (partners.start[v] !== partners.start[v + 1]) unsharedH[nH++] = v;
        yk++;
      }
    }
    let softG = 0;
    let softH = 0;
    let bridges = 0;
    if (nG > 0 && nH > 0) {
      markTerms(h);
      const fromG = bridgedWeight(unsharedG, nG, h);
      markTerms(g);
      const fromH = bridgedWeight(unsharedH, nH, g);
      softG = fromG.weight;
      softH = fromH.weight;
      bridges = fromG.count + fromH.count;
    }
    const mg = bags.mass[g] as number;
    const mh = bags.mass[h] as number;
    const small = Math.min(mg, mh);
    const lm = Math.min(localMass(g, b), localMass(h, a));
    const i = g - (first[a] as number);
    const j = h - (first[b] as number);
    const na = Math.max(1, (first[a + 1] as number) - (first[a] as number) - 1);
    const nb = Math.max(1, (first[b + 1] as number) - (first[b] as number) - 1);
    x[o + 2] = stats[4 * r + 1] as number;
    x[o + 3] = small > 0 ? shared / small : 0;
    x[o + 4] = Math.max(mg, mh) > 0 ? shared / Math.max(mg, mh) : 0;
    x[o + 5] = Math.log1p(shared);
    x[o + 6] = lm > 0 ? Math.min(1, local / lm) : 0;
    x[o + 7] = Math.log1p(rare);
    x[o + 8] = Math.log1p(names);
    x[o + 9] = Math.min(3, figures);
    x[o + 10] = i === heads[a] || j === heads[b] ? 1 : 0;
    x[o + 11] = Math.abs(i / na - j / nb);
    x[o + 15] = Math.log1p(Math.min(bags.size[g] as number, bags.size[h] as number));
    x[o + 16] = Math.log1p(specific);
    const jointSmall = Math.min(jointMass(g, b), jointMass(h, a));
    x[o + 17] = jointSmall > 0 ? Math.min(1, joint / jointSmall) : 0;
    x[o + 18] = Math.log1p(stats[4 * r + 2] as number);
    x[o + 20] = small > 0 ? Math.min(1, (shared + (mg < mh ? softG : mh < mg ? softH : Math.max(softG, softH))) / small) : 0;
    x[o + 21] = Math.log1p(bridges / 2);
    x[o + 23] = headOf[g] === 1 ? ledeness(h) : headOf[h] === 1 ? ledeness(g) : 0;
    x[o + 24] = sides[r] as number;
    const len = x[o + 15] as number;
    for (const [k, from] of LENGTH_TIMES) x[o + k] = len * (x[o + from] as number);
  }

  // How much of the two articles the rules already match: near-copies need no looser links.
  const copy = articlePairShare(rowsOf, (r) => (stats[4 * r + 3] as number) > 0);
  for (const r of openRows) x[(slot[r] as number) * F + 22] = copy[(ai[r] as number) * articleCount + (bi[r] as number)] as number;

  const { best, bestOf } = bestPartners(rowsOf, base);
  for (const r of openRows) {
    const g = gs[r] as number;
    const h = hs[r] as number;
    const v = base[r] as number;
    const kg = g * articleCount + (articleOf[h] as number);
    const kh = h * articleCount + (articleOf[g] as number);
    const bg = best[kg] as number;
    const bh = best[kh] as number;
    const one = bestOf[kg] === h;
    const two = bestOf[kh] === g;
    const o = (slot[r] as number) * F;
    x[o + 12] = one && two ? 1 : 0;
    x[o + 13] = one || two ? 1 : 0;
    x[o + 14] = Math.min(bg > 0 ? v / bg : 0, bh > 0 ? v / bh : 0);
  }
  return { count: n, a: ai, i: pi, b: bi, j: pj, bestS: bestS.subarray(0, n), bestT: bestT.subarray(0, n), cover: base, status, headlinePair, copyOpen, slot, x };
}
