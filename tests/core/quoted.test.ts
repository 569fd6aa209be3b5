import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/core/text/quoted.ts';

describe('quoted', () => {
  it('sets a text in double marks, and one that opens with its own quotation mark in single ones', () => {
    expect(quoted('The bridge opened.')).toBe('“The bridge opened.”');
    expect(quoted('“I’m not that cool,” the governor replied.')).toBe(
      '‘“I’m not that cool,” the governor replied.’',
    );
    expect(quoted('"Never," she said.')).toBe('‘"Never," she said.’');
    // An elision is no quotation mark.
    expect(quoted('’90s prices')).toBe('“’90s prices”');
    expect(quoted("'90s prices")).toBe("“'90s prices”");
  });
});
