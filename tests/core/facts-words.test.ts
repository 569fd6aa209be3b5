import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/core/facts/words.ts';

// The definition the scanner implements, as the diff tokeniser's word pattern states it.
const REFERENCE = /(?:[\p{L}\p{M}\p{N}]|(?<=[\p{L}\p{M}])['’](?=\p{L})|(?<=\p{N})[.,:](?=\p{N}))+/gu;
const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);

describe('words', () => {
  it("keeps apostrophes between letters and separators between digits inside one word", () => {
    const ws = words("Nato’s troops didn't leave; 1,000.5 at 10:30, e.g. 'quoted' ‘x’ 3. Done");
    expect(ws.map((w) => w.text)).toEqual(['Nato’s', 'troops', "didn't", 'leave', '1,000.5', 'at', '10:30', 'e', 'g', 'quoted', 'x', '3', 'Done']);
    expect(ws[1]?.before).toBe(' ');
  });

  it('finds the same words as the word pattern on any text, astral letters and marks included', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', 'e\u0301', '𝒜', '٣', '7', "'", '’', '.', ',', ':', ' ', '-', '😀', '\u05D0', '\u0F0B');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(words(text).map((w) => [w.start, w.end])).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
