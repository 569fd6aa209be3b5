import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/core/align/index.ts';
import { claimProgress, counterparts, sentenceClaimId } from '../../src/core/claims/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const a = parseArticle('a', 'Fire at the harbour. Forty people left.\n\nThe mayor spoke.');
const b = parseArticle('b', 'Crews came. A fire hit the harbour.\n\nForty people were evacuated.');
const c = parseArticle('c', 'The harbour burned.');
const links: Link[] = [
  { a: 'a', i: 0, b: 'b', j: 0, score: 0.8, kind: 'edited', pairs: [{ i: 0, j: 1, score: 0.9 }] },
  { a: 'a', i: 0, b: 'b', j: 1, score: 0.6, kind: 'partial', pairs: [{ i: 1, j: 0, score: 0.7 }] },
  {
    a: 'c',
    i: 0,
    b: 'a',
    j: 0,
    score: 0.5,
    kind: 'paraphrase',
    pairs: [{ i: 0, j: 0, score: 0.5 }],
  },
];

describe('counterparts', () => {
  it('lists the paired sentences of other articles, from either side of a link', () => {
    const found = counterparts(links, [a, b, c], 'a', 0, 0);
    expect(found.map((f) => [f.articleId, f.text])).toEqual([
      ['b', 'A fire hit the harbour.'],
      ['c', 'The harbour burned.'],
    ]);
    expect(b.text.slice(found[0]!.start, found[0]!.end)).toBe('A fire hit the harbour.');
  });

  it('leaves out a pair that only shares a word or two with the sentence', () => {
    const weak: Link = {
      a: 'a',
      i: 1,
      b: 'b',
      j: 1,
      score: 0.4,
      kind: 'partial',
      pairs: [{ i: 0, j: 0, score: 0.18 }],
    };
    expect(counterparts([...links, weak], [a, b, c], 'a', 1, 0)).toEqual([]);
    // From the other side too: b's sentence keeps its strong pair, not the weak one.
    expect(counterparts([...links, weak], [a, b, c], 'b', 1, 0).map((f) => f.text)).toEqual([
      'Forty people left.',
    ]);
    const strong = { ...weak, pairs: [{ i: 0, j: 0, score: 0.45 }] };
    expect(counterparts([...links, strong], [a, b, c], 'a', 1, 0).map((f) => f.text)).toEqual([
      'Forty people were evacuated.',
    ]);
  });

  it('finds nothing for a sentence no pair mentions', () => {
    expect(counterparts(links, [a, b, c], 'a', 1, 0)).toEqual([]);
  });
});

describe('sentenceClaimId', () => {
  it('gives the same sentence the same id and other sentences other ids', () => {
    expect(sentenceClaimId('a', 0, 20)).toBe(sentenceClaimId('a', 0, 20));
    expect(sentenceClaimId('a', 0, 20)).not.toBe(sentenceClaimId('a', 0, 21));
    expect(sentenceClaimId('a', 0, 20)).not.toBe(sentenceClaimId('b', 0, 20));
  });
});

describe('claimProgress', () => {
  it('counts marked claims per status per article and skips cleared ones', () => {
    const progress = claimProgress([
      { articleId: 'a', status: 'verified', anchorState: 'exact' },
      { articleId: 'a', status: 'disputed', anchorState: 'orphaned' },
      { articleId: 'a', status: null, anchorState: 'exact' },
      { articleId: 'b', status: 'unsourced', anchorState: 'fuzzy' },
    ]);
    expect(progress).toEqual({
      a: { verified: 1, disputed: 1, unsourced: 0, marked: 2, orphaned: 1 },
      b: { verified: 0, disputed: 0, unsourced: 1, marked: 1, orphaned: 0 },
    });
  });
});
