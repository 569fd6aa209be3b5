import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareClocks,
  mergeClaim,
  stableStringify,
  stampVerdict,
  type VerdictClock,
} from '../../src/core/claims/index.ts';

interface C {
  id: string;
  updatedAt: number;
  status: string | null;
  note: string;
  by?: string;
  verdictAt?: number;
  clock?: VerdictClock;
  conflict?: { status: string | null; by: string; at: number }[];
}

const blank: C = { id: 'c', updatedAt: 0, status: null, note: '' };
/** `claim` given `status` by `writer` at time `at`, as the store does. */
const judge = (claim: C, status: string | null, writer: string, at: number): C => {
  const { conflict: _resolved, ...rest } = claim;
  return stampVerdict({ ...rest, status, updatedAt: at }, writer, at);
};

describe('compareClocks', () => {
  it('orders clocks that saw each other and reports those that did not', () => {
    expect(compareClocks({ a: 1 }, { a: 2 })).toBe(-1);
    expect(compareClocks({ a: 2, b: 1 }, { a: 2 })).toBe(1);
    expect(compareClocks({ a: 1 }, { a: 1 })).toBe(0);
    expect(compareClocks(undefined, {})).toBe(0);
    expect(compareClocks({ a: 1 }, { b: 1 })).toBeNull();
  });
});

describe('mergeClaim', () => {
  it('keeps two verdicts given without seeing each other as a conflict: both, who and when', () => {
    const one = judge(blank, 'verified', 'tab-1', 1_000);
    const two = judge(blank, 'disputed', 'tab-2', 1_001);
    const merged = mergeClaim(one, two);
    expect(merged.conflict).toEqual([
      { status: 'verified', by: 'tab-1', at: 1_000 },
      { status: 'disputed', by: 'tab-2', at: 1_001 },
    ]);
    expect(merged.clock).toEqual({ 'tab-1': 1, 'tab-2': 1 });
    expect(stableStringify(mergeClaim(two, one))).toBe(stableStringify(merged));
  });

  it('lets a verdict given after seeing another win even when its wall clock is behind', () => {
    const one = judge(blank, 'verified', 'tab-1', 5_000);
    // Tab 2 saw tab 1's verdict, then changed it; its clock runs a minute slow.
    const two = judge(one, 'disputed', 'tab-2', 4_000);
    for (const merged of [mergeClaim(one, two), mergeClaim(two, one)]) {
      expect(merged.status).toBe('disputed');
      expect(merged.by).toBe('tab-2');
      expect(merged.conflict).toBeUndefined();
    }
  });

  it('does not call the same verdict given twice a conflict', () => {
    const merged = mergeClaim(
      judge(blank, 'verified', 'tab-1', 1),
      judge(blank, 'verified', 'tab-2', 2),
    );
    expect(merged.conflict).toBeUndefined();
    expect(merged.clock).toEqual({ 'tab-1': 1, 'tab-2': 1 });
  });

  it('takes the verdict from the later one and the note from the newer one', () => {
    const base = judge(blank, 'verified', 'tab-1', 1);
    const noted = { ...base, note: 'Called the port.', updatedAt: 9 };
    const changed = judge(base, 'unsourced', 'tab-1', 5);
    const merged = mergeClaim(noted, changed);
    expect(merged).toMatchObject({ status: 'unsourced', note: 'Called the port.' });
    expect(mergeClaim(merged, noted)).toEqual(merged);
    expect(mergeClaim(merged, changed)).toEqual(merged);
  });

  it('lets the resolution of a conflict win in both tabs', () => {
    const merged = mergeClaim(
      judge(blank, 'verified', 'tab-1', 1),
      judge(blank, 'disputed', 'tab-2', 2),
    );
    const resolved = judge(merged, 'disputed', 'tab-1', 10);
    expect(mergeClaim(merged, resolved)).toEqual(resolved);
    expect(mergeClaim(resolved, merged)).toEqual(resolved);
  });

  it('keeps every rival verdict when a third tab joins a conflict', () => {
    const two = mergeClaim(judge(blank, 'verified', 'a', 1), judge(blank, 'disputed', 'b', 2));
    const three = mergeClaim(two, judge(blank, 'unsourced', 'c', 3));
    expect(three.conflict?.map((v) => v.by)).toEqual(['a', 'b', 'c']);
  });
});

describe('mergeClaim properties', () => {
  /** A few tabs each giving verdicts, some after seeing others' work. */
  const histories = fc.array(
    fc.record({
      writer: fc.constantFrom('a', 'b', 'c'),
      status: fc.constantFrom('verified', 'disputed', null),
      from: fc.nat(),
      at: fc.integer({ min: 1, max: 50 }),
    }),
    { minLength: 1, maxLength: 8 },
  );
  const build = (steps: { writer: string; status: string | null; from: number; at: number }[]) => {
    const versions: C[] = [blank];
    for (const s of steps)
      versions.push(judge(versions[s.from % versions.length]!, s.status, s.writer, s.at));
    return versions;
  };

  it('is commutative and idempotent, so two tabs settle on one value', () => {
    fc.assert(
      fc.property(histories, fc.nat(), fc.nat(), (steps, i, j) => {
        const v = build(steps);
        const a = v[i % v.length]!;
        const b = v[j % v.length]!;
        const m = mergeClaim(a, b);
        expect(stableStringify(mergeClaim(b, a))).toBe(stableStringify(m));
        expect(stableStringify(mergeClaim(m, a))).toBe(stableStringify(m));
        expect(stableStringify(mergeClaim(m, b))).toBe(stableStringify(m));
      }),
    );
  });

  it('never drops a verdict neither side saw the other give', () => {
    fc.assert(
      fc.property(histories, fc.nat(), fc.nat(), (steps, i, j) => {
        const v = build(steps);
        const a = v[i % v.length]!;
        const b = v[j % v.length]!;
        if (compareClocks(a.clock, b.clock) !== null || a.status === b.status) return;
        const kept = mergeClaim(a, b).conflict?.map((x) => x.status) ?? [];
        expect(kept).toEqual(expect.arrayContaining([a.status, b.status]));
      }),
    );
  });
});
