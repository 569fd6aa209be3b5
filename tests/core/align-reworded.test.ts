import { describe, expect, it } from 'vitest';
import { alignArticles, type Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { OUTLET_A, OUTLET_B } from '../fixtures/align/dam-vote.ts';

const a = parseArticle('a.txt', OUTLET_A);
const b = parseArticle('b.txt', OUTLET_B);
const { links } = alignArticles([a, b]);
const has = (i: number, j: number): Link | undefined => links.find((l) => l.i === i && l.j === j);

describe('alignment across outlets that tell one event in their own words', () => {
  it('links the same event told with other verbs ("blocked" / "voted down")', () => {
    expect(has(1, 1)).toBeDefined();
  });

  it('links a reworded quotation given by one person under different names', () => {
    expect(has(2, 2)).toBeDefined();
  });

  it('links a detail whose content words mostly differ ("moved to another site" / "relocated")', () => {
    expect(has(3, 3)).toBeDefined();
  });

  it('does not link two statements about the same person on unrelated matters', () => {
    expect(has(4, 4)).toBeUndefined();
    expect(links.filter((l) => l.i === 4 || l.j === 4)).toEqual([]);
  });

  it("links each headline to the other outlet's paragraph that states its fact", () => {
    expect(has(0, 1)).toBeDefined();
    expect(has(1, 0)).toBeDefined();
  });

  it('makes no other link between the two stories, each with the sentence pair that justifies it', () => {
    expect(links.map((l) => [l.i, l.j]).sort()).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    for (const l of links) expect(l.pairs).toEqual([expect.objectContaining({ i: 0, j: 0 })]);
  });
});
