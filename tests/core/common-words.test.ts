import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonWords } from '../../src/core/facts/runs.ts';

/** The length of the longest common subsequence, by the textbook table. */
function lcsLength(x: readonly string[], y: readonly string[]): number {
  const t = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      t[i]![j] = x[i - 1] === y[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[x.length]![y.length]!;
}

describe('commonWords', () => {
  it('returns a longest common subsequence, call after call (its work space is reused)', () => {
    const list = fc.array(fc.constantFrom('the', 'mayor', 'said', 'on', 'monday', '12', 'not'), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.tuple(list, list), { minLength: 1, maxLength: 6 }), (calls) => {
        for (const [x, y] of calls) {
          const pairs = commonWords(x, y);
          expect(pairs.length).toBe(lcsLength(x, y));
          pairs.forEach(([i, j], k) => {
            expect(x[i]).toBe(y[j]);
            if (k > 0) {
              expect(i).toBeGreaterThan(pairs[k - 1]![0]);
              expect(j).toBeGreaterThan(pairs[k - 1]![1]);
            }
          });
        }
      }),
      { numRuns: 1500 },
    );
  });
});
