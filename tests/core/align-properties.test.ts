import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignArticles, type Link } from '../../src/core/align/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const WORDS = 'the minister said troops crossed border river 1,200 refugees Monday Karsk Velna port fire police quoted statement agreed talks'.split(' ');

// Articles built from a small vocabulary so that generated pairs really share sentences.
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const articleText = fc.array(paragraph, { minLength: 0, maxLength: 6 }).map((ps) => ps.join('\n\n'));
const anyText = fc.oneof(articleText, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

function swapped(l: Link): string {
  return JSON.stringify({ a: l.b, i: l.j, b: l.a, j: l.i, score: l.score, kind: l.kind, pairs: l.pairs.map((p) => ({ i: p.j, j: p.i, score: p.score })).sort((x, y) => x.i - y.i || x.j - y.j) });
}

function plain(l: Link): string {
  return JSON.stringify({ a: l.a, i: l.i, b: l.b, j: l.j, score: l.score, kind: l.kind, pairs: l.pairs });
}

describe('alignArticles properties', () => {
  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        const arts = () => [parseArticle('x.txt', x), parseArticle('y.txt', y)];
        expect(alignArticles(arts())).toEqual(alignArticles(arts()));
      }),
      { numRuns: 60 },
    );
  });

  it('finds the same links whichever article comes first', () => {
    fc.assert(
      fc.property(articleText, articleText, (x, y) => {
        const a = parseArticle('a.txt', x);
        const b = parseArticle('b.txt', y);
        const ab = alignArticles([a, b]).links.map(plain).sort();
        const ba = alignArticles([b, a]).links.map(swapped).sort();
        expect(ba).toEqual(ab);
      }),
      { numRuns: 80 },
    );
  });

  it('links every paragraph of an identical copy to its twin as identical', () => {
    fc.assert(
      fc.property(articleText, (x) => {
        const a = parseArticle('a.txt', x);
        const copy = parseArticle('copy.txt', x);
        const { links } = alignArticles([a, copy]);
        for (const p of a.paragraphs) {
          if (p.boilerplate) continue;
          expect(links).toContainEqual(expect.objectContaining({ i: p.index, j: p.index, kind: 'identical' }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary Unicode, empty articles or a single article', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 0, maxLength: 3 }), (texts) => {
        const arts = texts.map((t, k) => parseArticle(`${k}.txt`, t));
        const result = alignArticles(arts);
        for (const a of arts) {
          const shown = result.rows.flatMap((r) => r.cells[a.id] ?? []);
          expect(shown.length).toBe(a.paragraphs.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('aligns a 1 MB article without throwing', () => {
    const paras: string[] = [];
    let size = 0;
    for (let k = 0; size < 1_000_000; k++) {
      const p = `Paragraph ${k} reports that ${WORDS[k % WORDS.length]} officials met ${k * 7} delegates in Karsk ${k % 13}. The ${WORDS[(k * 3) % WORDS.length]} talks ended on day ${k}.`;
      paras.push(p);
      size += p.length + 2;
    }
    const big = parseArticle('big.txt', paras.join('\n\n'));
    const small = parseArticle('small.txt', paras.slice(0, 20).join('\n\n'));
    const result = alignArticles([big, small]);
    expect(result.links.length).toBeGreaterThan(0);
  }, 60_000);
});
