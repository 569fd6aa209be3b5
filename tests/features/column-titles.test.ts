import { describe, expect, it } from 'vitest';
import { distinctTitles } from '../../src/features/compare/column-titles.ts';

describe('distinctTitles', () => {
  it('leads with the words that differ when titles start alike', () => {
    const titles = [
      'Harbour budget passes after a long night, report 1',
      'Harbour budget passes after a long night, report 2',
      'Harbour budget passes after a long night, report 12',
    ];
    expect(distinctTitles(titles)).toEqual(['…report 1', '…report 2', '…report 12']);
  });

  it('keeps a title whole when another merely continues it, and cuts the longer one', () => {
    const short = 'Storm closes the coastal road for a week';
    const long = `${short} (with map)`;
    expect(distinctTitles([short, long, 'Coastal road shut by storm'])).toEqual([
      short,
      '…week (with map)',
      'Coastal road shut by storm',
    ]);
  });

  it('leaves titles that share fewer than three leading words as they are', () => {
    const titles = ['The mayor resigns', 'The mayor stays on', 'Council votes'];
    expect(distinctTitles(titles)).toEqual(titles);
  });

  it('gives every title a different short form when all are different', () => {
    const titles = Array.from({ length: 18 }, (_, k) => `Same long start of a headline ${k}`);
    expect(new Set(distinctTitles(titles)).size).toBe(18);
  });
});
