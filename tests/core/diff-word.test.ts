import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonKeys, tokenize } from '../../src/core/diff/tokens.ts';
import type { DiffOptions, DiffSpan } from '../../src/core/diff/types.ts';
import { pairChanges, similarity, wordDiff } from '../../src/core/diff/word-diff.ts';

const view = (a: string, b: string, spans: DiffSpan[]) =>
  spans.map((s) => `${s.op}:${a.slice(s.aStart, s.aEnd)}|${b.slice(s.bStart, s.bEnd)}`);

// Arbitrary text biased towards the hard cases: emoji, lone surrogates, curly quotes, digits.
const unit = fc.oneof(
  fc.constantFrom('a', 'b', 'A', ' ', '  ', '\n', '.', ',', '“', '"', '’', "'", '—', '-', '1', '0'),
  fc.constantFrom('🐀', '🐁', '\ud800', '\udc00', 'é', 'e\u0301', '日'),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const text = fc.string({ unit, maxLength: 30 });
const options: fc.Arbitrary<DiffOptions> = fc.record(
  { ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreWhitespace: fc.boolean() },
  { requiredKeys: [] },
);

describe('wordDiff', () => {
  it('marks a changed word as a whole word, never part of one', () => {
    const a = 'The quick brown fox jumped over the dog.';
    const b = 'The quick brown fox jumps over the dog.';
    expect(view(a, b, wordDiff(a, b)).filter((s) => !s.startsWith('equal'))).toEqual([
      'delete:jumped|',
      'insert:|jumps',
    ]);
  });

  it('keeps a number with its digit groups as one token', () => {
    const a = 'More than 1,000 people came';
    const b = 'More than 1,600 people came';
    expect(view(a, b, wordDiff(a, b))).toContain('delete:1,000|');
  });

  it('keeps dotted initials whole, and reads them without dots when punctuation is ignored', () => {
    expect(
      tokenize('the U.S. and G.R.U. at 3 p.m.')
        .filter((t) => t.kind === 'word')
        .map((t) => t.text),
    ).toEqual(['the', 'U.S', 'and', 'G.R.U', 'at', '3', 'p.m']);
    // A single capital before a word is an initial, not part of the word.
    expect(tokenize('A.Smith').map((t) => t.text)).toEqual(['A', '.', 'Smith']);
    const a = 'It is O.K. in the U.S. now';
    const b = 'It is OK in the US now';
    expect(
      wordDiff(a, b, { ignorePunctuation: true, ignoreCase: true }).every((s) => s.op === 'equal'),
    ).toBe(true);
    expect(view(a, b, wordDiff(a, b)).filter((s) => !s.startsWith('equal'))).toContain(
      'delete:O.K.|',
    );
  });

  it('keeps the decimal point of a number when punctuation is ignored', () => {
    const a = 'prices rose 3.5 percent';
    const b = 'prices rose 35 percent';
    expect(view(a, b, wordDiff(a, b, { ignorePunctuation: true }))).toContain('delete:3.5|');
  });

  it('compares words by the spelling function when one is given', () => {
    const a = 'that is okay with the organisers';
    const b = 'that is OK with the organizers';
    const spelling = (w: string) => ({ ok: 'okay', organizers: 'organisers' })[w] ?? w;
    expect(wordDiff(a, b, { ignoreCase: true, spelling }).every((s) => s.op === 'equal')).toBe(
      true,
    );
    expect(wordDiff(a, b, { ignoreCase: true }).some((s) => s.op !== 'equal')).toBe(true);
  });

  it('treats curly and straight quotes as equal when punctuation is ignored', () => {
    const a = 'She said “not now” and left.';
    const b = 'She said "not now" and left';
    expect(wordDiff(a, b, { ignorePunctuation: true }).every((s) => s.op === 'equal')).toBe(true);
    expect(wordDiff(a, b).some((s) => s.op !== 'equal')).toBe(true);
  });

  it('ignores case and whitespace only when asked', () => {
    expect(
      similarity(
        wordDiff('Hello  World', 'hello world', { ignoreCase: true, ignoreWhitespace: true }),
      ),
    ).toBe(1);
    expect(similarity(wordDiff('Hello  World', 'hello world'))).toBeLessThan(1);
  });

  it('keeps an emoji whole when a rat becomes a mouse', () => {
    expect(view('🐀', '🐁', wordDiff('🐀', '🐁'))).toEqual(['delete:🐀|', 'insert:|🐁']);
  });

  it('pairs a delete followed by an insert into one change', () => {
    const a = 'on Monday morning';
    const b = 'on Sunday morning';
    const ops = pairChanges(wordDiff(a, b)).map((s) => s.op);
    expect(ops).toEqual(['equal', 'change', 'equal']);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(similarity(wordDiff('same words', 'same words'))).toBe(1);
    expect(similarity(wordDiff('alpha', 'omega'))).toBe(0);
    expect(similarity([])).toBe(1);
  });
});

describe('wordDiff properties', () => {
  it('never throws and its sides rebuild both texts', () => {
    fc.assert(
      fc.property(text, text, options, (a, b, o) => {
        const spans = wordDiff(a, b, o);
        expect(spans.map((s) => a.slice(s.aStart, s.aEnd)).join('')).toBe(a);
        expect(spans.map((s) => b.slice(s.bStart, s.bEnd)).join('')).toBe(b);
        for (const s of spans) {
          if (s.op === 'delete') expect(s.bEnd).toBe(s.bStart);
          if (s.op === 'insert') expect(s.aEnd).toBe(s.aStart);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives equal spans texts that are equal under the options', () => {
    fc.assert(
      fc.property(text, text, options, (a, b, o) => {
        for (const s of wordDiff(a, b, o)) {
          if (s.op !== 'equal') continue;
          expect(comparisonKeys(a.slice(s.aStart, s.aEnd), o)).toEqual(
            comparisonKeys(b.slice(s.bStart, s.bEnd), o),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives a text against itself as one equal span, and an empty text as none', () => {
    fc.assert(
      fc.property(text, options, (a, o) => {
        const spans = wordDiff(a, a, o);
        if (a.length === 0) expect(spans).toEqual([]);
        else
          expect(spans).toEqual([
            { op: 'equal', aStart: 0, aEnd: a.length, bStart: 0, bEnd: a.length },
          ]);
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a span boundary inside a token', () => {
    fc.assert(
      fc.property(text, text, options, (a, b, o) => {
        const aCuts = new Set(tokenize(a).flatMap((t) => [t.start, t.end]));
        const bCuts = new Set(tokenize(b).flatMap((t) => [t.start, t.end]));
        for (const s of wordDiff(a, b, o)) {
          if (a.length > 0) expect(aCuts.has(s.aStart) && aCuts.has(s.aEnd)).toBe(true);
          if (b.length > 0) expect(bCuts.has(s.bStart) && bCuts.has(s.bEnd)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, text, options, (a, b, o) => {
        expect(wordDiff(a, b, o)).toEqual(wordDiff(a, b, o));
      }),
    );
  });

  it('stays correct past the number of single-unit codes', () => {
    const a = Array.from({ length: 70000 }, (_, i) => `w${i}`).join(' ');
    const b = a.replace('w5 ', 'x5 ');
    const spans = wordDiff(a, b, { ignoreWhitespace: true });
    expect(spans.map((s) => b.slice(s.bStart, s.bEnd)).join('')).toBe(b);
    expect(view(a, b, spans).filter((s) => !s.startsWith('equal'))).toEqual([
      'delete:w5|',
      'insert:|x5',
    ]);
  });
});
