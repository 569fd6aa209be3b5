import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnchor, reanchor } from '../../src/core/claims/index.ts';
import { boundedDistance, editDistance, toUnits } from '../../src/core/claims/edit-distance.ts';
import { isWordEdge } from '../../src/core/claims/word-edges.ts';

const STORY = [
  'Ticket prices at the city museum will rise by a third next spring, the board announced.',
  'Staff at the gift shop were told on Monday, and several of them objected.',
  'Meanwhile ferry fares will rise by a fifth next spring for island residents.',
  'Twelve fishermen from the northern coast were rescued by volunteers on Sunday.',
  'The harbour master said the storm had been forecast days in advance.',
].join(' ');

const anchorOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return makeAnchor(text, start, start + quote.length);
};

describe('re-anchoring a rewritten medium quote', () => {
  const quote = 'will rise by a third next spring';

  it('orphans a 20 to 40 character quote instead of jumping to a look-alike in another sentence', () => {
    const edited = STORY.replace(
      /Ticket prices[^.]*\./,
      'The board announced that the museum will keep its old ticket prices.',
    );
    const r = reanchor(anchorOf(STORY, quote), edited);
    expect(r.state).toBe('orphaned');
  });

  it('still follows a 20 to 40 character quote edited in place, where its context stayed', () => {
    const edited = STORY.replace('a third next spring', 'a quarter next spring');
    const r = reanchor(anchorOf(STORY, quote), edited);
    expect(r.state).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toBe('will rise by a quarter next spring');
  });
});

describe('re-anchored quotes keep whole words', () => {
  it('keeps the first letter when a letter is typed twice in the first word ("frrom", not "rrom")', () => {
    const quote = 'from the northern coast were rescued';
    const edited = STORY.replace('fishermen from the', 'fishermen frrom the');
    const r = reanchor(anchorOf(STORY, quote), edited);
    expect(r.state).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toBe('frrom the northern coast were rescued');
  });

  it('does not take a whole-word quote found verbatim inside a longer word', () => {
    const quote = 'from the northern coast were rescued';
    const edited = STORY.replace('fishermen from the', 'fishermen ffrom the');
    const r = reanchor(anchorOf(STORY, quote), edited);
    expect(edited.slice(r.start, r.end)).toBe('ffrom the northern coast were rescued');
  });

  it('keeps the last word whole when a letter inside it changed', () => {
    const quote = 'the storm had been forecast days';
    const edited = STORY.replace('forecast days in', 'forecast dayz in');
    const r = reanchor(anchorOf(STORY, quote), edited);
    expect(r.state).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toBe('the storm had been forecast dayz');
  });
});

/** Offsets of each word of STORY. */
const WORDS = Array.from(STORY.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({
  start: m.index,
  end: m.index + m[0].length,
}));

describe('re-anchoring properties', () => {
  it('starts and ends a re-anchored whole-word quote on word edges, whatever the edit', () => {
    const edit = fc.record({
      first: fc.nat(WORDS.length - 1),
      words: fc.integer({ min: 3, max: 9 }),
      // Where the edit lands relative to the quote, in characters, and what it does.
      at: fc.integer({ min: -6, max: 60 }),
      cut: fc.integer({ min: 0, max: 3 }),
      put: fc.string({
        unit: fc.constantFrom('a', 'e', 'r', 'o', 'm', ' ', ',', 'é'),
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(edit, ({ first, words, at, cut, put }) => {
        const from = WORDS[first]!;
        const to = WORDS[Math.min(WORDS.length - 1, first + words - 1)]!;
        const anchor = makeAnchor(STORY, from.start, to.end);
        const x = Math.max(0, Math.min(STORY.length, from.start + at));
        const edited = STORY.slice(0, x) + put + STORY.slice(x + cut);
        const r = reanchor(anchor, edited);
        if (r.state === 'orphaned') return;
        expect(r.end).toBeGreaterThan(r.start);
        expect(isWordEdge(edited, r.start)).toBe(true);
        expect(isWordEdge(edited, r.end)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats a word edge as any offset not inside a run of letters, digits or a surrogate pair', () => {
    const text = 'Ça coûte 12€ 🐀x';
    const edges = [...Array(text.length + 1).keys()].filter((i) => isWordEdge(text, i));
    expect(edges).toEqual([0, 2, 3, 8, 9, 11, 12, 13, 15, 16]);
  });

  it('bounds the edit distance exactly when it is within k', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 });
    fc.assert(
      fc.property(seq, seq, fc.nat(8), (a, b, k) => {
        const d = editDistance(a, b);
        expect(boundedDistance(a, b, k)).toBe(d <= k ? d : k + 1);
      }),
    );
    expect(boundedDistance(toUnits('kitten').cps, toUnits('sitting').cps, 3)).toBe(3);
  });
});
