import { describe, expect, it } from 'vitest';
import { alignArticles, pairEvidence, type Link } from '../../src/core/align/index.ts';
import { LINK_MODEL } from '../../src/core/align/link-model.ts';
import { articlePairShare, sureSides, type PairRows } from '../../src/core/align/pair-context.ts';
import { FEATURES, pairStatus } from '../../src/core/align/pair-features.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { OUTLET_A, OUTLET_B } from '../fixtures/align/dam-vote.ts';
import { ORIGINAL, REWRITE } from '../fixtures/align/harbour-fire.ts';

// A combiner that links every pair it is asked about, and one that links none: the difference between
// their alignments is what the combiner decides.
const eager = { ...LINK_MODEL, threshold: 0 };
const never = { ...LINK_MODEL, threshold: 2 };
const pairsOf = (links: readonly Link[]) => links.map((l) => `${l.i}-${l.j}`).sort();

describe('near-copies and independent reports', () => {
  it('leaves two versions of one text to the rules, but for a headline against a paragraph', () => {
    const articles = [parseArticle('a.txt', ORIGINAL), parseArticle('b.txt', REWRITE)];
    // The combiner is fitted on independent reports only: training sees none of these pairs open.
    expect(pairEvidence(articles).filter((r) => pairStatus(r.x) === 'open')).toEqual([]);
    const ruled = pairsOf(alignArticles(articles, { model: never }).links);
    const decided = pairsOf(alignArticles(articles, { model: eager }).links).filter(
      (p) => !ruled.includes(p),
    );
    // What it may decide: a headline against a paragraph, which no rule links.
    for (const p of decided) {
      const [i, j] = p.split('-').map(Number) as [number, number];
      expect((i === 0) !== (j === 0), p).toBe(true);
    }
    expect(decided.length).toBeLessThan(ruled.length);
  });

  it('asks the combiner about pairs of two reports told in their own words', () => {
    const articles = [parseArticle('a.txt', OUTLET_A), parseArticle('b.txt', OUTLET_B)];
    const ruled = pairsOf(alignArticles(articles, { model: never }).links);
    const decided = pairsOf(alignArticles(articles, { model: eager }).links).filter(
      (p) => !ruled.includes(p),
    );
    // Among them the lede and the other outlet's headline, which no rule matches.
    expect(decided).toContain('1-0');
  });

  it('tells the combiner how many sides of a pair are already linked, and its coverage by paragraph length', () => {
    const pair = pairEvidence([
      parseArticle('a.txt', OUTLET_A),
      parseArticle('b.txt', OUTLET_B),
    ]).find((r) => r.i === 1 && r.j === 0);
    const x = (name: (typeof FEATURES)[number]) => pair?.x[FEATURES.indexOf(name)] as number;
    // The lede is linked by the rules to the other lede; the other headline has no sure link.
    expect(x('sureSides')).toBe(1);
    expect(x('lenSentCover')).toBeCloseTo(x('shortLen') * x('sentCover'), 12);
    expect(x('lenSoftCover')).toBeCloseTo(x('shortLen') * x('softCover'), 12);
    expect(x('lenSoftCover')).toBeGreaterThan(0);
  });
});

describe('pair context', () => {
  // Two articles of three and two paragraphs (global ids 0-2 and 3-4); three candidate pairs.
  const rows: PairRows = {
    n: 3,
    g: Int32Array.from([0, 1, 2]),
    h: Int32Array.from([3, 3, 4]),
    articleOf: Int32Array.from([0, 0, 0, 1, 1]),
    first: [0, 3, 5],
  };

  it('gives the share of two articles’ paragraphs that have a passing pair across them', () => {
    const share = articlePairShare(rows, (r) => r < 2);
    // Paragraphs 0 and 1 of the first article and 3 of the second, of five.
    expect(share[0 * 2 + 1]).toBeCloseTo(3 / 5, 12);
    expect(share[1 * 2 + 0]).toBeCloseTo(3 / 5, 12);
    expect(Array.from(articlePairShare(rows, () => false))).toEqual([0, 0, 0, 0]);
  });

  it('counts the sides of a pair that have a sure link to the other article', () => {
    // Only the first pair (0, 3) is sure: the second shares paragraph 3 with it, the third nothing.
    expect(Array.from(sureSides(rows, (r) => r === 0))).toEqual([2, 1, 0]);
  });
});
