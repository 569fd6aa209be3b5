import { describe, expect, it } from 'vitest';
import { findingMatches, linkKey, scoreGroupFindings, scoreGroupLinks, type EvalGroup } from '../../src/core/eval/index.ts';

// An invented reference: two articles, three owed links, one link only one annotator had (allowed).
const group: EvalGroup = {
  set: 'cross-outlet',
  id: 'e1',
  articles: [],
  pairs: ['a.txt|b.txt'],
  owed: new Set([linkKey('a.txt', 0, 'b.txt', 0), linkKey('a.txt', 1, 'b.txt', 2), linkKey('a.txt', 3, 'b.txt', 1)]),
  allowed: new Set([linkKey('a.txt', 0, 'b.txt', 0), linkKey('a.txt', 1, 'b.txt', 2), linkKey('a.txt', 3, 'b.txt', 1), linkKey('a.txt', 2, 'b.txt', 2)]),
  findings: [
    { a: 'a.txt', i: 1, b: 'b.txt', j: 2, type: 'date', aSpan: 'on March 26', bSpan: 'on March 28' },
    { a: 'a.txt', i: 3, b: 'b.txt', j: 1, type: 'attribution', aSpan: 'officials said', bSpan: 'he claimed' },
  ],
};

describe('scoring against two annotators', () => {
  it('counts owed links found, and as wrong only links neither annotator has', () => {
    const s = scoreGroupLinks([group], [[
      { a: 'b.txt', i: 2, b: 'a.txt', j: 1 }, // owed, given the other way round
      { a: 'a.txt', i: 2, b: 'b.txt', j: 2 }, // one annotator's: neither owed nor wrong
      { a: 'a.txt', i: 4, b: 'b.txt', j: 4 }, // wrong
      { a: 'a.txt', i: 1, b: 'b.txt', j: 2 }, // the same owed link again counts once
    ]]);
    expect(s).toMatchObject({ owed: 3, found: 1, wrong: 1, predicted: 3 });
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });

  it('matches a reported discrepancy on the same paragraph pair when one span contains the other, case and spaces folded', () => {
    const ref = group.findings[0]!;
    expect(findingMatches({ a: 'a.txt', i: 1, b: 'b.txt', j: 2, type: 'date', aSpan: 'MARCH  26', bSpan: 'x' }, ref)).toBe(true);
    expect(findingMatches({ a: 'b.txt', i: 2, b: 'a.txt', j: 1, type: 'date', aSpan: 'March 28', bSpan: '' }, ref)).toBe(true);
    expect(findingMatches({ a: 'a.txt', i: 1, b: 'b.txt', j: 3, type: 'date', aSpan: 'March 26', bSpan: 'March 28' }, ref)).toBe(false);
    expect(findingMatches({ a: 'a.txt', i: 1, b: 'b.txt', j: 2, type: 'date', aSpan: 'April', bSpan: 'May' }, ref)).toBe(false);
  });

  it('gives recall per reference type and precision per reported type', () => {
    const s = scoreGroupFindings([group], [[
      { a: 'a.txt', i: 1, b: 'b.txt', j: 2, type: 'date', aSpan: 'March 26', bSpan: 'March 28' },
      { a: 'a.txt', i: 0, b: 'b.txt', j: 0, type: 'number', aSpan: '12', bSpan: '13' },
    ]]);
    expect(s).toMatchObject({ reference: 2, found: 1, reported: 2, useful: 1, recall: 0.5, precision: 0.5 });
    expect(s.byType.date).toEqual({ reference: 1, found: 1, reported: 1, useful: 1 });
    expect(s.byType.attribution).toEqual({ reference: 1, found: 0, reported: 0, useful: 0 });
    expect(s.byType.number).toEqual({ reference: 0, found: 0, reported: 1, useful: 0 });
  });
});
