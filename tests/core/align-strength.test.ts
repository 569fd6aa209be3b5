import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/text/index.ts';
import { alignArticles, linkBasis, linkStrength, type Link } from '../../src/core/align/index.ts';

const base: Link = { a: 'a', i: 0, b: 'b', j: 0, score: 0.9, kind: 'partial', pairs: [] };

describe('linkStrength', () => {
  it('is the best sentence pair’s score, 1 for a copy, and the link’s score without pairs', () => {
    const pairs = [
      { i: 0, j: 0, score: 0.3 },
      { i: 1, j: 2, score: 0.55 },
    ];
    expect(linkStrength({ ...base, pairs })).toBe(0.55);
    expect(linkStrength({ ...base, kind: 'identical', score: 1, pairs })).toBe(1);
    expect(linkStrength({ ...base, pairs: [] })).toBe(0.9);
  });
});

describe('linkBasis', () => {
  it('tells a link of the sentence rules (score = best pair) from one the combiner accepted (score = its confidence)', () => {
    const pairs = [{ i: 0, j: 0, score: 0.38 }];
    expect(linkBasis({ ...base, score: 0.38, pairs })).toBe('sentences');
    expect(linkBasis({ ...base, score: 0.92, pairs })).toBe('evidence');
    expect(linkBasis({ ...base, kind: 'identical', score: 1, pairs })).toBe('sentences');
  });

  it('reads the links alignArticles makes: an edited paragraph by the rules, a headline by the combiner', () => {
    // Invented: the second article rewords the first's headline and, lightly, its two paragraphs.
    const a = parseArticle(
      'a.txt',
      'Harbour board shuts north pier\n\nThe harbour board voted on Tuesday to close the north pier for repairs until May.\n\nFerries will use the south pier until the repairs are finished.',
    );
    const b = parseArticle(
      'b.txt',
      'North pier to shut\n\nThe harbour board voted on Tuesday to close the north pier for urgent repairs until May.\n\nFerries will use the south pier until all the repairs are finished.',
    );
    const links = alignArticles([a, b]).links;
    const edited = links.filter((l) => l.kind === 'edited');
    expect(edited.map((l) => [l.i, l.j])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    for (const l of edited) expect(linkBasis(l)).toBe('sentences');
    const headline = links.find((l) => l.i === 0 && l.j === 0);
    expect(headline && linkBasis(headline)).toBe('evidence');
  });
});
