import { describe, expect, it } from 'vitest';
import { openings, setOpenSentence } from '../../src/features/compare/open-sentence.ts';

describe('the openings of a grid sentence', () => {
  it('counts a sentence opened, another one, or the same again after closing, and nothing else', () => {
    const first = { articleId: 'a.txt', start: 0, end: 20, note: false };
    setOpenSentence(null);
    const before = openings();
    setOpenSentence(first);
    expect(openings()).toBe(before + 1);
    // Its note opened, a press of n told to mark first, the same sentence asked again: no new opening.
    setOpenSentence({ ...first, note: true });
    setOpenSentence({ ...first, note: true, markFirst: 1 });
    setOpenSentence({ ...first, note: true, markFirst: 1 });
    expect(openings()).toBe(before + 1);
    setOpenSentence({ ...first, start: 21, end: 40 });
    expect(openings()).toBe(before + 2);
    setOpenSentence(null);
    expect(openings()).toBe(before + 2);
    setOpenSentence({ ...first, start: 21, end: 40 });
    expect(openings()).toBe(before + 3);
    setOpenSentence(null);
  });
});
