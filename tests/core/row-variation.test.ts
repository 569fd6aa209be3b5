import { describe, expect, it } from 'vitest';
import type { Alignment, Link } from '../../src/core/align/index.ts';
import { rowVariation } from '../../src/core/compare/index.ts';

const link = (
  i: number,
  j: number,
  score: number,
  pair: number,
  kind: Link['kind'] = 'partial',
) => ({
  a: 'a.txt',
  i,
  b: 'b.txt',
  j,
  score,
  kind,
  pairs: [{ i: 0, j: 0, score: pair }],
});

describe('rowVariation', () => {
  it('reads how closely a row’s paragraphs match, not how sure their link is', () => {
    const alignment: Alignment = {
      base: 'a.txt',
      // Row 0: a copy. Row 1: a loose pair the combiner is sure of (0.95) whose best sentences match
      // at 0.2. Row 2: one article only.
      links: [link(0, 0, 1, 1, 'identical'), link(1, 1, 0.95, 0.2)],
      rows: [
        { cells: { 'a.txt': [0], 'b.txt': [0] }, refs: {} },
        { cells: { 'a.txt': [1], 'b.txt': [1] }, refs: {} },
        { cells: { 'a.txt': [2] }, refs: {} },
      ],
    };
    const [copy, loose, alone] = rowVariation(alignment, ['a.txt', 'b.txt']);
    expect(copy).toBe(0);
    expect(loose).toBeCloseTo(0.4);
    expect(alone).toBe(1);
  });
});
