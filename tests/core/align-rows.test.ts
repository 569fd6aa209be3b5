import { describe, expect, it } from 'vitest';
import { alignArticles, buildRows, type Row } from '../../src/core/align/index.ts';
import { parseArticle, type Article } from '../../src/core/text/index.ts';
import { ORIGINAL, PARAPHRASE, REWRITE } from '../fixtures/align/harbour-fire.ts';

const original = parseArticle('original.txt', ORIGINAL);
const rewrite = parseArticle('rewrite.txt', REWRITE);
const paraphrase = parseArticle('paraphrase.txt', PARAPHRASE);
const articles = [original, rewrite, paraphrase];

function rowOf(rows: readonly Row[], id: string, p: number): number {
  return rows.findIndex((r) => r.cells[id]?.includes(p));
}

function expectEveryParagraphOnce(rows: readonly Row[], list: readonly Article[]): void {
  for (const a of list) {
    const shown = rows.flatMap((r) => r.cells[a.id] ?? []).sort((x, y) => x - y);
    expect(shown).toEqual(a.paragraphs.map((p) => p.index));
  }
}

describe('buildRows', () => {
  const alignment = alignArticles(articles);

  it('puts every paragraph of every article in exactly one row', () => {
    expectEveryParagraphOnce(alignment.rows, articles);
  });

  it('follows the base article order, one base paragraph per row', () => {
    const baseRows = original.paragraphs.map((p) => rowOf(alignment.rows, original.id, p.index));
    expect(baseRows).toEqual([...baseRows].sort((x, y) => x - y));
    expect(new Set(baseRows).size).toBe(original.paragraphs.length);
  });

  it('places linked paragraphs beside the content they share, however they were reordered', () => {
    expect(rowOf(alignment.rows, rewrite.id, 1)).toBe(rowOf(alignment.rows, original.id, 5));
    expect(rowOf(alignment.rows, paraphrase.id, 2)).toBe(rowOf(alignment.rows, original.id, 4));
  });

  it('puts a paragraph beside its verbatim partner, not in a row that several loose links reach', () => {
    const link = (a: string, i: number, b: string, j: number, score: number) => ({
      a,
      i,
      b,
      j,
      score,
      kind: 'partial' as const,
      pairs: [{ i: 0, j: 0, score }],
    });
    // Paraphrase paragraph 2 repeats original 4 word for word and shares a little with original 1,
    // which rewrite 2 (placed in original 1's row) also shares.
    const rows = buildRows(
      articles,
      [
        link(original.id, 4, paraphrase.id, 2, 1),
        link(original.id, 1, paraphrase.id, 2, 0.55),
        link(original.id, 1, rewrite.id, 2, 0.9),
        link(rewrite.id, 2, paraphrase.id, 2, 0.55),
      ],
      original.id,
    );
    expect(rowOf(rows, paraphrase.id, 2)).toBe(rowOf(rows, original.id, 4));
    expect(rows[rowOf(rows, original.id, 1)]?.refs[paraphrase.id]).toEqual([2]);
  });

  it('places a paragraph by how closely its sentences match, not by the combiner’s probability', () => {
    // A link the sentence rules made scores its best sentence pair (0.5 here); one the combiner
    // accepted scores its probability (0.95), though its best sentence pair matches loosely (0.2).
    const rows = buildRows(
      articles,
      [
        {
          a: original.id,
          i: 4,
          b: paraphrase.id,
          j: 2,
          score: 0.5,
          kind: 'paraphrase',
          pairs: [{ i: 0, j: 0, score: 0.5 }],
        },
        {
          a: original.id,
          i: 1,
          b: paraphrase.id,
          j: 2,
          score: 0.95,
          kind: 'partial',
          pairs: [{ i: 0, j: 0, score: 0.2 }],
        },
      ],
      original.id,
    );
    expect(rowOf(rows, paraphrase.id, 2)).toBe(rowOf(rows, original.id, 4));
  });

  it('shows both halves of a split paragraph in the row of the whole', () => {
    const row = alignment.rows[rowOf(alignment.rows, original.id, 3)] as Row;
    expect(row.cells[rewrite.id]).toEqual([3, 4]);
  });

  it('shows a merged paragraph once and refers to it from the row of its other part', () => {
    const shown = rowOf(alignment.rows, rewrite.id, 2);
    const other = [1, 2]
      .map((p) => rowOf(alignment.rows, original.id, p))
      .find((r) => r !== shown) as number;
    expect(alignment.rows[other]?.refs[rewrite.id]).toContain(2);
  });

  it('gives a unique paragraph its own row right after its predecessor', () => {
    const unique = rowOf(alignment.rows, rewrite.id, 5);
    expect(Object.keys(alignment.rows[unique]?.cells ?? {})).toEqual([rewrite.id]);
    expect(unique).toBeGreaterThan(rowOf(alignment.rows, rewrite.id, 4));
    expect(unique).toBeLessThan(rowOf(alignment.rows, rewrite.id, 6));
  });

  it('builds rows for another base from the same links without aligning again', () => {
    const rows = buildRows(articles, alignment.links, rewrite.id);
    expectEveryParagraphOnce(rows, articles);
    const order = rewrite.paragraphs.map((p) => rowOf(rows, rewrite.id, p.index));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('shows a base page’s second copy of its headline, or of a paragraph, in the row of the first', () => {
    // Invented: scraped pages that print the headline twice; the base repeats a paragraph too.
    const title = 'Harbour bridge shut for two weeks';
    const body = [
      'The Harbour Bridge will close for 14 days from Monday, the city council said on Friday.',
      'Engineers found cracks in two steel cables during an inspection in May.',
      'Buses will replace tram line 9 while the work lasts, the transport authority said.',
    ];
    const base = parseArticle(
      'base.txt',
      [title, title, body[0], body[1], body[1], body[2]].join('\n\n'),
    );
    const other = parseArticle('other.txt', [title, title, ...body].join('\n\n'));
    const { rows } = alignArticles([base, other]);
    expectEveryParagraphOnce(rows, [base, other]);
    expect(rows[0]?.cells).toEqual({ 'base.txt': [0, 1], 'other.txt': [0, 1] });
    expect(rowOf(rows, 'base.txt', 4)).toBe(rowOf(rows, 'base.txt', 3));
    // The base's order holds: its paragraphs' rows never go back.
    const order = base.paragraphs.map((p) => rowOf(rows, 'base.txt', p.index));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    // A copy further down (after a byline, or at the page's end) keeps its place in that order.
    for (const layout of [
      [title, 'By Jane Roe, harbour correspondent', title, ...body],
      [title, ...body, title],
    ]) {
      const page = parseArticle('page.txt', layout.join('\n\n'));
      const shown = alignArticles([page, other]).rows;
      expectEveryParagraphOnce(shown, [page, other]);
      const rows = page.paragraphs.map((p) => rowOf(shown, 'page.txt', p.index));
      expect(rows).toEqual([...rows].sort((x, y) => x - y));
      expect(new Set(rows).size).toBe(page.paragraphs.length);
    }
  });

  it('puts a lede beside the lede it links to, though a later paragraph matches more of its words', () => {
    // Invented: the other outlet's lede names the programme; the base reports the interview later.
    const base = parseArticle(
      'base.txt',
      [
        'Mayor defends harbour plan',
        'The mayor on Sunday defended her plan to close the north pier for repairs.',
        'Ferries will use the south pier until May, the council said.',
        'The mayor appeared on the Morning Hour programme, where she took questions from callers.',
      ].join('\n\n'),
    );
    const other = parseArticle(
      'other.txt',
      [
        'Harbour plan stays',
        'A defiant mayor appeared on the Morning Hour programme on Sunday to stand by her pier plan.',
        'Ferries will use the south pier until May, the council said.',
      ].join('\n\n'),
    );
    const link = (i: number, j: number, score: number, strength: number) => ({
      a: 'base.txt',
      i,
      b: 'other.txt',
      j,
      score,
      kind: 'partial' as const,
      pairs: [{ i: 0, j: 0, score: strength }],
    });
    const links = [link(1, 1, 0.9, 0.25), link(3, 1, 0.74, 0.74), link(2, 2, 1, 1)];
    const rows = buildRows([base, other], links, 'base.txt');
    expectEveryParagraphOnce(rows, [base, other]);
    expect(rowOf(rows, 'other.txt', 1)).toBe(rowOf(rows, 'base.txt', 1));
    // The row it also links into lists it there.
    expect(rows[rowOf(rows, 'base.txt', 3)]?.refs['other.txt']).toEqual([1]);
    // A paragraph that is no lede is still placed by the strength of its links.
    const later = buildRows(
      [base, other],
      [link(1, 2, 0.9, 0.25), link(3, 2, 0.74, 0.74)],
      'base.txt',
    );
    expect(rowOf(later, 'other.txt', 2)).toBe(rowOf(later, 'base.txt', 3));
  });

  it('returns no rows for no articles', () => {
    expect(buildRows([], [], 'x')).toEqual([]);
  });
});
