import { describe, expect, it } from 'vitest';
import { alignArticles, type Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { ORIGINAL, PARAPHRASE, REWRITE, UNRELATED } from '../fixtures/align/harbour-fire.ts';
import { REWRITE as FLOOD_REWRITE, WIRE } from '../fixtures/align/valley-flood.ts';

const original = parseArticle('original.txt', ORIGINAL);
const rewrite = parseArticle('rewrite.txt', REWRITE);

function has(links: readonly Link[], i: number, j: number): Link | undefined {
  return links.find((l) => l.i === i && l.j === j);
}

describe('alignArticles', () => {
  const { links } = alignArticles([original, rewrite]);

  it('links a paragraph that was merged with its neighbour to both of the originals', () => {
    expect(has(links, 1, 2)).toBeDefined();
    expect(has(links, 2, 2)).toBeDefined();
    expect(has(links, 1, 2)?.kind).toBe('partial');
  });

  it('links a paragraph that was split in two to both halves', () => {
    expect(has(links, 3, 3)).toBeDefined();
    expect(has(links, 3, 4)).toBeDefined();
  });

  it('hands the links to onLinks, in their final order', () => {
    let early: readonly Link[] | undefined;
    const result = alignArticles([original, rewrite], { onLinks: (l) => (early = l) });
    expect(early).toBe(result.links);
    expect(result.links.length).toBeGreaterThan(0);
    expect(result.links).toEqual(links);
  });

  it('links reordered paragraphs wherever they stand', () => {
    expect(has(links, 5, 1)?.kind).toBe('identical');
    expect(has(links, 4, 6)?.kind).toBe('identical');
  });

  it('gives each link the sentence pairs that justify it', () => {
    const merged = has(links, 2, 2) as Link;
    expect(merged.pairs).toEqual([expect.objectContaining({ i: 0, j: 1 })]);
    for (const l of links) {
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.pairs.length).toBeGreaterThan(0);
    }
  });

  it('leaves a paragraph with new content unlinked', () => {
    expect(links.some((l) => l.j === 5)).toBe(false);
  });

  it('links boilerplate only to the same boilerplate', () => {
    const shareA = original.paragraphs.findIndex((p) => p.boilerplate);
    const shareB = rewrite.paragraphs.findIndex((p) => p.boilerplate);
    expect(shareA).toBeGreaterThan(0);
    const boiler = links.filter((l) => l.i === shareA || l.j === shareB);
    expect(boiler).toEqual([expect.objectContaining({ i: shareA, j: shareB, kind: 'identical' })]);
  });

  it('links reworded sentences of a paraphrase to their sources', () => {
    const para = parseArticle('paraphrase.txt', PARAPHRASE);
    const found = alignArticles([original, para]).links;
    expect(has(found, 1, 1)).toBeDefined();
    expect(has(found, 4, 2)).toBeDefined();
    expect(found.filter((l) => l.i !== 0 && l.j !== 0)).toHaveLength(2);
  });

  it('finds nothing shared with an unrelated story', () => {
    const other = parseArticle('unrelated.txt', UNRELATED);
    expect(alignArticles([original, other]).links).toEqual([]);
  });

  it('rejects two articles with the same id', () => {
    expect(() => alignArticles([original, original])).toThrow(/duplicate/);
  });
});

describe('alignArticles on a figure restated in other words', () => {
  const { links } = alignArticles([parseArticle('wire.txt', WIRE), parseArticle('rewrite.txt', FLOOD_REWRITE)]);

  it('links the paragraphs that give the same count, rounded in one and exact in the other', () => {
    expect(has(links, 0, 1)).toBeDefined();
  });

  it('does not link paragraphs that share only topic words', () => {
    expect(has(links, 3, 0)).toBeUndefined();
    expect(has(links, 0, 0)).toBeUndefined();
  });
});
