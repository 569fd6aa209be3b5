import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJson } from '../../src/store/safe-storage.ts';

const latin1 = (s: string) => [...s].every((c) => (c.codePointAt(0) as number) <= 0xff);

describe('compactJson (how the saved work is written)', () => {
  it('reads back as the same value, whatever the characters', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const value = fc.dictionary(text, fc.oneof(text, fc.integer(), fc.array(text, { maxLength: 4 })));
    fc.assert(
      fc.property(value, (v) => {
        expect(JSON.parse(compactJson(v))).toEqual(v);
      }),
      { numRuns: 400 },
    );
  });

  it('writes English text with curly quotes, dashes and an emoji in one-byte characters', () => {
    const text = `${'The troops retreated over the border to “save their own lives” — officials said. '.repeat(20)}🙂`;
    const raw = compactJson({ text });
    expect(latin1(raw)).toBe(true);
    expect(raw).toContain('\\u201c');
    expect(JSON.parse(raw)).toEqual({ text });
  });

  it('leaves a text in another script as it is, where escaping would multiply its size', () => {
    const text = '阿富汗士兵逃往塔吉克斯坦。'.repeat(50);
    expect(compactJson({ text })).toBe(JSON.stringify({ text }));
  });
});
