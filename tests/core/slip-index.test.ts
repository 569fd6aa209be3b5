import { describe, expect, it } from 'vitest';
import {
  nameVariants,
  SlipIndex,
  type ParagraphNamesCache,
} from '../../src/core/facts/name-variants.ts';

// A batch's slip index must find, for every pair of articles, exactly what each pair finds alone.
// Invented articles: names of a few shapes, each written once or several times, with slips of one
// or two letters, some of them shared by many names of one shape (full buckets).

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LETTERS = 'aeioulnrstmkdh';

function invent(rand: () => number, first: string, length: number): string {
  let w = first;
  while (w.length < length) w += LETTERS[Math.floor(rand() * LETTERS.length)];
  return w;
}

/** One or two letters changed, the first three kept. */
function slip(rand: () => number, name: string): string {
  const chars = [...name];
  const edits = rand() < 0.6 ? 1 : 2;
  for (let e = 0; e < edits; e++) {
    const at = 3 + Math.floor(rand() * (chars.length - 3));
    chars[at] = LETTERS[Math.floor(rand() * LETTERS.length)] as string;
  }
  return chars.join('');
}

const cap = (w: string) => w[0]?.toUpperCase() + w.slice(1);

/**
 * Articles of twelve sentences, each naming two people of a small cast, one in four times with a slip.
 * `roster` more names of one shape, each written twice, fill the first article's bucket: past 40 it
 * is not compared, and past 40 per article the batch's own bucket is too full to be read.
 */
function batch(seed: number, articles: number, roster = 0): Array<Array<{ text: string }>> {
  const rand = prng(seed);
  const firsts = ['b', 'c', 'd', 'm'];
  const cast = Array.from({ length: 24 }, () =>
    invent(rand, firsts[Math.floor(rand() * firsts.length)] as string, 5 + Math.floor(rand() * 5)),
  );
  const out = Array.from({ length: articles }, () =>
    Array.from({ length: 12 }, () => {
      const name = cast[Math.floor(rand() * cast.length)] as string;
      const other = cast[Math.floor(rand() * cast.length)] as string;
      const written = rand() < 0.25 ? slip(rand, name) : name;
      const title = rand() < 0.3 ? 'Mr. ' : '';
      return {
        text: `Officials said ${title}${cap(written)} met ${cap(other)} in the old harbour town on Monday.`,
      };
    }),
  );
  const shape = cast[0] as string;
  for (let k = 0; k < roster; k++) {
    const member = cap(invent(rand, shape.slice(0, 1), shape.length));
    out[0]?.push({
      text: `The board thanked ${member} on Monday, and ${member} thanked the board in turn.`,
    });
  }
  return out;
}

const found = (
  a: readonly { text: string }[],
  b: readonly { text: string }[],
  texts?: ParagraphNamesCache,
  index?: SlipIndex,
) => nameVariants(a, b, texts, index).map((v) => [v.i, v.j, v.aSpan, v.bSpan, v.aStart, v.bStart]);

describe('the slip index of a batch of articles', () => {
  for (const [seed, roster] of [
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 60],
    [5, 400],
  ] as const) {
    it(`finds what each pair of articles finds alone (batch ${seed}, ${roster} more names of one shape)`, () => {
      const articles = batch(seed, 6, roster);
      const texts: ParagraphNamesCache = new Map();
      const index = new SlipIndex(articles, texts);
      let total = 0;
      for (let x = 0; x < articles.length; x++)
        for (let y = 0; y < articles.length; y++) {
          if (x === y) continue;
          const [a, b] = [articles[x] as { text: string }[], articles[y] as { text: string }[]];
          const alone = found(a, b);
          expect(found(a, b, texts, index), `articles ${x} and ${y}`).toEqual(alone);
          total += alone.length;
        }
      // The invented batches do hold slips: the comparison is not of two empty lists.
      expect(total).toBeGreaterThan(0);
    });
  }

  it('of two names as near, takes the one the other article names first, as each pair alone does', () => {
    const z = [
      { text: 'Officials said Harlin met Harlin, and later Harlan met Harlan on Monday.' },
    ];
    const x = [
      { text: 'Officials said Harlen spoke at the harbour on Monday.' },
      { text: 'Officials said Harlan met Harlin at the harbour on Monday.' },
    ];
    const y = [
      { text: 'Officials said Harlan met Harlan in the old town on Monday.' },
      { text: 'Officials said Harlin met Harlin in the old town on Monday.' },
    ];
    const texts: ParagraphNamesCache = new Map();
    const index = new SlipIndex([z, x, y], texts);
    const alone = found(x, y);
    expect(alone.map((v) => v.slice(2, 4))).toEqual([['Harlen', 'Harlan']]);
    expect(found(x, y, texts, index)).toEqual(alone);
  });
});
