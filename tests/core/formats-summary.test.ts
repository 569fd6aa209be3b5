import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCount, summarize } from '../../src/core/formats/text-utils.ts';

const MAX = 75;

describe('summarize (the default claimReviewed)', () => {
  it('keeps a sentence under the limit whole and says nothing was cut', () => {
    expect(summarize('  Firefighters battled a blaze\n on Tuesday.  ', MAX)).toEqual({
      text: 'Firefighters battled a blaze on Tuesday.',
      cut: false,
    });
  });

  it('cuts a long sentence after a whole word, under the limit with the ellipsis', () => {
    const s =
      'The council voted twelve to three on Monday to fund a four million pound flood barrier.';
    const { text, cut } = summarize(s, MAX);
    expect(cut).toBe(true);
    expect(text).toBe('The council voted twelve to three on Monday to fund a four million pound…');
    expect(charCount(text)).toBeLessThan(MAX);
  });

  it('leaves out a long word that crosses the limit, even when that loses many characters', () => {
    const s = `Officials named the ${'x'.repeat(10)} site the ${'Pneumonoultramicroscopicsilicovolcanoconiosis'} zone.`;
    expect(summarize(s, MAX)).toEqual({
      text: `Officials named the ${'x'.repeat(10)} site the…`,
      cut: true,
    });
  });

  it('keeps a word that ends exactly at the limit', () => {
    const s = `${'word '.repeat(14)}abc and more`; // the 73rd character ends "abc"
    expect(summarize(s, MAX).text).toBe(`${'word '.repeat(14)}abc…`);
  });

  it('counts an emoji as one character and never splits one', () => {
    expect(summarize('🔥'.repeat(60), MAX)).toEqual({ text: '🔥'.repeat(60), cut: false });
    const { text } = summarize('🔥'.repeat(90), MAX);
    expect(text).toBe(`${'🔥'.repeat(MAX - 2)}…`);
  });

  it('cuts text written without spaces at a word boundary the segmenter knows', () => {
    const s = '東京都は新しい防潮堤の建設を決定した。'.repeat(5);
    const { text, cut } = summarize(s, MAX);
    expect(cut).toBe(true);
    expect(charCount(text)).toBeLessThan(MAX);
    expect(s.startsWith(text.slice(0, -1))).toBe(true);
  });

  it('never cuts inside a word of any sentence of words, and stays under the limit', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9’'-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (ws) => {
        const sentence = ws.join(' ');
        const { text, cut } = summarize(sentence, MAX);
        expect(charCount(text)).toBeLessThan(MAX);
        if (!cut) {
          expect(text).toBe(sentence);
          return;
        }
        const kept = text.slice(0, -1).split(' ');
        // Every kept word is whole (the last may lose trailing punctuation such as '-').
        kept.slice(0, -1).forEach((w, i) => expect(w).toBe(ws[i]));
        expect(ws[kept.length - 1]!.startsWith(kept.at(-1)!)).toBe(true);
        expect(ws[kept.length - 1]!.replace(/[-–—.,;:]+$/u, '')).toBe(kept.at(-1));
      }),
    );
  });
});
