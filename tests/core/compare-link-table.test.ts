import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/core/align/index.ts';
import {
  encodeLinks,
  hasLinkKind,
  linksOf,
  sentenceCarriers,
} from '../../src/core/compare/link-table.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const a = parseArticle('a', 'One two. Three four.\n\nFive six.');
const b = parseArticle('b', 'Seven eight.\n\nNine ten. Eleven.');
const c = parseArticle('c', 'Twelve.');
const links: Link[] = [
  { a: 'a', i: 0, b: 'b', j: 1, score: 0.8, kind: 'edited', pairs: [{ i: 1, j: 0, score: 0.8 }] },
  { a: 'a', i: 1, b: 'c', j: 0, score: 1, kind: 'identical', pairs: [{ i: 0, j: 0, score: 1 }] },
];

describe('link table', () => {
  const table = encodeLinks([a, b, c], links);

  it('gives back every link of a paragraph, from either side', () => {
    expect(linksOf(table, 'a', 0)).toEqual([links[0]]);
    expect(linksOf(table, 'b', 1, 'a')).toEqual([links[0]]);
    expect(linksOf(table, 'b', 0)).toEqual([]);
    expect(linksOf(table, 'a', 1, 'b')).toEqual([]);
  });

  it('tells whether a paragraph has a link of a kind to another article', () => {
    expect(hasLinkKind(table, 'c', 0, 'a', 'identical')).toBe(true);
    expect(hasLinkKind(table, 'a', 0, 'b', 'identical')).toBe(false);
  });

  it('counts the other articles that carry one sentence, by the sentence pairs', () => {
    expect(sentenceCarriers(table, 'a', 0, 1)).toEqual(['b']);
    expect(sentenceCarriers(table, 'a', 0, 0)).toEqual([]);
    expect(sentenceCarriers(table, 'b', 1, 0)).toEqual(['a']);
    expect(sentenceCarriers(table, 'b', 1, 1)).toEqual([]);
  });
});
