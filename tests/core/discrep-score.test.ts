// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placeReference, scoreDiscrepancies } from '../../src/core/facts/index.ts';

const placed = (
  a: string,
  i: number,
  b: string,
  j: number,
  r: [number, number, number, number],
) => ({
  a,
  i,
  b,
  j,
  aStart: r[0],
  aEnd: r[1],
  bStart: r[2],
  bEnd: r[3],
});

describe('scoreDiscrepancies', () => {
  it('counts a report on the same pair whose span overlaps on either side', () => {
    const ref = [placed('x', 1, 'y', 2, [10, 20, 5, 9])];
    const s = scoreDiscrepancies(
      [placed('x', 1, 'y', 2, [0, 5, 6, 7]), placed('x', 1, 'y', 3, [10, 20, 5, 9])],
      ref,
    );
    expect(s).toMatchObject({
      correct: 1,
      reported: 2,
      found: 1,
      expected: 1,
      precision: 0.5,
      recall: 1,
    });
  });

  it('matches a report given with the articles in the other order', () => {
    const ref = [placed('x', 1, 'y', 2, [10, 20, 5, 9])];
    expect(scoreDiscrepancies([placed('y', 2, 'x', 1, [0, 1, 12, 13])], ref).recall).toBe(1);
  });

  it('scores nothing reported against nothing expected as perfect', () => {
    expect(scoreDiscrepancies([], [])).toMatchObject({ precision: 1, recall: 1 });
  });

  it('places reference spans by their text', () => {
    const texts: Record<string, string> = { x: 'one two three', y: 'four five' };
    const r = placeReference(
      { a: 'x', i: 0, b: 'y', j: 0, a_span: 'two', b_span: 'gone' },
      (id) => texts[id] ?? '',
    );
    expect([r.aStart, r.aEnd, r.bStart, r.bEnd]).toEqual([4, 7, -1, -1]);
  });
});
