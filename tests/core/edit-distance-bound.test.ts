import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/facts/name-match.ts';

/** The textbook optimal-string-alignment distance, one full table per call: the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** Words over a few letters, so that near and far pairs both come up often. */
function words(seed: number, count: number): string[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(rand() * 11) }, () => 'abcd'[Math.floor(rand() * 4)]).join(''),
  );
}

describe('editDistance with a bound', () => {
  const ws = words(7, 120);

  it('gives the full distance without a bound', () => {
    for (let k = 0; k + 1 < ws.length; k++) expect(editDistance(ws[k]!, ws[k + 1]!)).toBe(reference(ws[k]!, ws[k + 1]!));
    expect(editDistance('cowan', 'cowna')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('gives the distance when within the bound, and bound + 1 for anything farther', () => {
    let far = 0;
    for (const max of [0, 1, 2, 3])
      for (let k = 0; k + 1 < ws.length; k++) {
        const [a, b] = [ws[k]!, ws[(k * 7 + 3) % ws.length]!];
        const full = reference(a, b);
        if (full > max + 1) far++;
        expect(editDistance(a, b, max), `${a} / ${b} within ${max}`).toBe(Math.min(full, max + 1));
      }
    // The bound was tested where it matters: pairs well beyond it.
    expect(far).toBeGreaterThan(50);
  });

  it('stays right after a longer word has grown the shared rows', () => {
    editDistance('a'.repeat(200), 'b'.repeat(200), 2);
    expect(editDistance('stephen', 'steven', 2)).toBe(2);
    expect(editDistance('badakhshan', 'badakshan', 1)).toBe(1);
    expect(editDistance('obama', 'osama', 0)).toBe(1);
  });
});
