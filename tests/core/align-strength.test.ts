import { describe, expect, it } from 'vitest';
import { linkStrength, type Link } from '../../src/core/align/index.ts';

const base: Link = { a: 'a', i: 0, b: 'b', j: 0, score: 0.9, kind: 'partial', pairs: [] };

describe('linkStrength', () => {
  it('is the best sentence pair’s score, 1 for a copy, and the link’s score without pairs', () => {
    const pairs = [
      { i: 0, j: 0, score: 0.3 },
      { i: 1, j: 2, score: 0.55 },
    ];
    expect(linkStrength({ ...base, pairs })).toBe(0.55);
    expect(linkStrength({ ...base, kind: 'identical', score: 1, pairs })).toBe(1);
    expect(linkStrength({ ...base, pairs: [] })).toBe(0.9);
  });
});
