import { describe, expect, it } from 'vitest';
import { scoreLinks, type ReferenceLink } from '../../src/core/eval/index.ts';

const reference: ReferenceLink[] = [
  { a: 'x', i: 0, b: 'y', j: 0 },
  { a: 'x', i: 1, b: 'y', j: 2 },
  { a: 'x', i: 2, b: 'y', j: 2, note: 'weak: background' },
  { a: 'y', i: 0, b: 'z', j: 3 },
];

describe('scoreLinks', () => {
  it('counts a link the same whichever article is named first', () => {
    const { overall } = scoreLinks(reference, [{ a: 'y', i: 0, b: 'x', j: 0 }, { a: 'z', i: 3, b: 'y', j: 0 }]);
    expect(overall.truePositives).toBe(2);
  });

  it('neither rewards nor penalises optional (weak) links', () => {
    const { overall } = scoreLinks(reference, [
      { a: 'x', i: 0, b: 'y', j: 0 },
      { a: 'x', i: 2, b: 'y', j: 2 },
    ]);
    expect(overall).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 2, optionalHits: 1 });
    expect(overall.precision).toBe(1);
    expect(overall.recall).toBeCloseTo(1 / 3);
  });

  it('scores each unordered article pair and ignores pairs the reference does not cover', () => {
    const result = scoreLinks(reference, [
      { a: 'x', i: 0, b: 'y', j: 0 },
      { a: 'x', i: 5, b: 'y', j: 5 },
      { a: 'x', i: 0, b: 'z', j: 0 },
    ]);
    expect(result.pairs.map((p) => p.pair)).toEqual(['x|y', 'y|z']);
    const xy = result.pairs[0];
    expect(xy).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(xy?.f1).toBeCloseTo(0.5);
    expect(result.overall.falsePositives).toBe(1);
  });

  it('counts a duplicated prediction once', () => {
    const link = { a: 'x', i: 0, b: 'y', j: 0 };
    expect(scoreLinks(reference, [link, link]).overall.truePositives).toBe(1);
  });
});
