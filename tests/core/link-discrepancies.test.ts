import { describe, expect, it } from 'vitest';
import { alignArticles, type Link } from '../../src/core/align/index.ts';
import { linkDiscrepancies } from '../../src/core/compare/link-discrepancies.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { RIVER_A, RIVER_B } from '../fixtures/formats/comparison.ts';

const link = (a: string, i: number, b: string, j: number, score: number): Link => ({
  a,
  i,
  b,
  j,
  score,
  kind: 'partial',
  pairs: [{ i: 0, j: 0, score }],
});

// Invented text: two reports of one council vote.
const A = parseArticle(
  'a.txt',
  'The council approved 40 new homes on Monday.\n\nThe council approved 12 new schools on Monday.',
);
const B = parseArticle(
  'b.txt',
  'The council approved 45 new homes on Monday.\n\nThe council approved 12 new schools on Monday.',
);

describe('discrepancies on links', () => {
  it('compares a paragraph with its strongest partner and reports the changed figure there', () => {
    const found = linkDiscrepancies([A, B], [link('a.txt', 0, 'b.txt', 0, 0.9)]);
    expect(found.map((d) => [d.type, d.aSpan, d.bSpan, d.i, d.j])).toContainEqual([
      'number',
      '40',
      '45',
      0,
      0,
    ]);
  });

  it('does not compare a link that is weaker than each side’s strongest: its facts are about other things', () => {
    const found = linkDiscrepancies(
      [A, B],
      [
        link('a.txt', 0, 'b.txt', 0, 0.9),
        link('a.txt', 1, 'b.txt', 1, 0.95),
        link('a.txt', 0, 'b.txt', 1, 0.4),
      ],
    );
    expect(found.filter((d) => d.i === 0 && d.j === 1)).toEqual([]);
    expect(found.some((d) => d.i === 0 && d.j === 0)).toBe(true);
  });

  it('ranks a paragraph’s links by their best sentence match, not by the combiner’s probability', () => {
    // The rules matched a0 and b0 closely (0.8); the combiner is sure (0.95) of two loose links
    // whose best sentences match at 0.2. Compared by probability, a0-b0 was the weaker at both ends.
    const loose = (i: number, j: number): Link => ({
      ...link('a.txt', i, 'b.txt', j, 0.95),
      pairs: [{ i: 0, j: 0, score: 0.2 }],
    });
    const found = linkDiscrepancies(
      [A, B],
      [link('a.txt', 0, 'b.txt', 0, 0.8), loose(0, 1), loose(1, 0)],
    );
    expect(found.map((d) => [d.type, d.aSpan, d.bSpan, d.i, d.j])).toContainEqual([
      'number',
      '40',
      '45',
      0,
      0,
    ]);
  });

  it('does not compare the other links of a paragraph that the other article carries word for word', () => {
    const found = linkDiscrepancies(
      [A, B],
      [link('a.txt', 1, 'b.txt', 1, 1), link('a.txt', 1, 'b.txt', 0, 0.95)],
    );
    expect(found).toEqual([]);
  });

  it('finds nothing on boilerplate or on links to paragraphs that do not exist', () => {
    expect(linkDiscrepancies([A, B], [link('a.txt', 5, 'b.txt', 0, 0.9)])).toEqual([]);
    expect(linkDiscrepancies([], [])).toEqual([]);
  });

  it('compares two ledes although one is also linked, more strongly, to the other article’s headline', () => {
    const articles = [parseArticle('a', RIVER_A), parseArticle('b', RIVER_B)];
    const { links } = alignArticles(articles);
    // The premise: B's headline is linked to A's lede, more strongly than the two ledes are.
    const lede = links.find((l) => l.a === 'a' && l.i === 2 && l.b === 'b' && l.j === 1)!;
    const headline = links.find((l) => l.a === 'a' && l.i === 2 && l.b === 'b' && l.j === 0)!;
    expect(headline.score).toBeGreaterThan(lede.score / 0.9);
    const found = linkDiscrepancies(articles, links).filter((d) => d.i === 2 && d.j === 1);
    expect(found.map((d) => d.type)).toContain('number');
  });

  it('compares a changed copy of a paragraph the article also prints word for word (a headline twice)', () => {
    const h = 'Harbour Workers Vote To End Lockout After Nine Days';
    const body =
      'The decision by harbour workers to end the lockout on Monday angered some on the quay.';
    const a = parseArticle('a.txt', `${h}\n\n${h}\n\n${body}\n`);
    const b = parseArticle('b.txt', `${h}\n\n${h.replace('Lockout', 'Lcokout')}\n\n${body}\n`);
    const found = linkDiscrepancies([a, b], alignArticles([a, b]).links);
    expect(found.map((d) => [d.type, d.aSpan, d.bSpan, d.j])).toContainEqual([
      'name',
      'Lockout',
      'Lcokout',
      1,
    ]);
  });

  it('does not compare a paragraph written in parallel beside a word-for-word copy (another town, another toll)', () => {
    const x = 'In Ohio, three people died when trees fell on cars, state police said on Monday.';
    const y = 'In Indiana, two people died when trees fell on cars, state police said on Monday.';
    const intro =
      'A storm swept across the Midwest over the weekend, felling trees and power lines.';
    const a = parseArticle('a.txt', `Storm kills five\n\n${intro}\n\n${x}\n`);
    const b = parseArticle('b.txt', `Storm kills five\n\n${intro}\n\n${x}\n\n${y}\n`);
    expect(linkDiscrepancies([a, b], alignArticles([a, b]).links)).toEqual([]);
  });

  it('compares a copy printed twice with one figure changed, beside its word-for-word copy', () => {
    const x = 'Five people died and 40 homes were destroyed, the emergency office said on Monday.';
    const intro = 'A storm swept across the coast over the weekend, felling trees and power lines.';
    const a = parseArticle('a.txt', `Storm kills five\n\n${intro}\n\n${x}\n`);
    const b = parseArticle(
      'b.txt',
      `Storm kills five\n\n${intro}\n\n${x}\n\n${x.replace('40', '60')}\n`,
    );
    const found = linkDiscrepancies([a, b], alignArticles([a, b]).links);
    expect(found.map((d) => [d.type, d.aSpan, d.bSpan])).toContainEqual(['number', '40', '60']);
  });
});
