import { describe, expect, it } from 'vitest';
import { alignArticles, type Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { ORIGINAL, PARAPHRASE, REWRITE, UNRELATED } from '../fixtures/align/harbour-fire.ts';

const original = parseArticle('original.txt', ORIGINAL);
const rewrite = parseArticle('rewrite.txt', REWRITE);
const others = [parseArticle('paraphrase.txt', PARAPHRASE), parseArticle('unrelated.txt', UNRELATED)];

const between = (links: readonly Link[], a: string, b: string) =>
  links.filter((l) => l.a === a && l.b === b).map((l) => ({ i: l.i, j: l.j, kind: l.kind, score: l.score, pairs: l.pairs }));

describe('term weights per article pair', () => {
  it('gives the same links for a pair whether aligned alone or among more articles', () => {
    const alone = alignArticles([original, rewrite]).links;
    const among = alignArticles([original, rewrite, ...others]).links;
    expect(between(alone, original.id, rewrite.id).length).toBeGreaterThan(0);
    expect(between(among, original.id, rewrite.id)).toEqual(between(alone, original.id, rewrite.id));
  });
});
