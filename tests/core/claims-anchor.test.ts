import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnchor, reanchor } from '../../src/core/claims/index.ts';

const ARTICLE = [
  'Firefighters battled a blaze at the harbour warehouse on Tuesday night.',
  'The fire service said 40 people were evacuated from nearby flats before midnight.',
  'Officials said the cause of the fire was not yet known and an inquiry would follow.',
  'The mayor thanked crews who worked through the night to contain the flames.',
].join('\n\n');

const anchorOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  return makeAnchor(text, start, start + quote.length);
};

describe('makeAnchor', () => {
  it('keeps the quote with 32 characters of context each side', () => {
    const a = anchorOf(ARTICLE, '40 people were evacuated');
    expect(a.quote).toBe('40 people were evacuated');
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toHaveLength(32);
    expect(ARTICLE.slice(a.start - 32, a.start)).toBe(a.prefix);
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const text = `${'🔥'.repeat(40)}quote${'🚒'.repeat(40)}`;
    const a = anchorOf(text, 'quote');
    expect(a.prefix).toBe('🔥'.repeat(16));
    expect(a.suffix).toBe('🚒'.repeat(16));
  });
});

describe('reanchor', () => {
  const quote = 'The fire service said 40 people were evacuated from nearby flats before midnight.';
  const anchor = anchorOf(ARTICLE, quote);

  it('finds an unchanged text exactly where it was', () => {
    expect(reanchor(anchor, ARTICLE)).toEqual({
      state: 'exact',
      start: anchor.start,
      end: anchor.end,
      score: 1,
    });
  });

  it('follows the quote when text is inserted before it', () => {
    const edited = `UPDATE: This story has been updated with new figures.\n\n${ARTICLE}`;
    const r = reanchor(anchor, edited);
    expect(r.state).toBe('moved');
    expect(edited.slice(r.start, r.end)).toBe(quote);
  });

  it('keeps a mark on its sentence when a figure inside it is corrected', () => {
    const edited = ARTICLE.replace('40 people', '45 people');
    const r = reanchor(anchor, edited);
    expect(r.state).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toBe(quote.replace('40', '45'));
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('orphans a mark whose quote was deleted and keeps the old offsets', () => {
    const edited = ARTICLE.replace(`${quote}\n\n`, '');
    expect(reanchor(anchor, edited)).toEqual({
      state: 'orphaned',
      start: anchor.start,
      end: anchor.end,
      score: 0,
    });
  });

  it('does not jump to a look-alike sentence when the original is gone', () => {
    const edited = ARTICLE.replace(
      quote,
      'Police said 12 people were injured in flats across the city after midnight.',
    );
    expect(reanchor(anchor, edited).state).toBe('orphaned');
  });

  it('does not match a short word inside another word', () => {
    const text = 'Linus said the plan would work.';
    const a = anchorOf(text, 'Linus');
    const r = reanchor(a, 'The machines said nothing about any plan at all, ever.');
    expect(r.state).toBe('orphaned');
  });

  it('chooses the duplicate whose context matches', () => {
    const text = 'In Leeds, prices rose 5%. Wages were flat. In York, prices rose 5%. Rents fell.';
    const second = text.lastIndexOf('prices rose 5%');
    const a = makeAnchor(text, second, second + 'prices rose 5%'.length);
    const edited = `Summary first. ${text}`;
    const r = reanchor(a, edited);
    expect(r.state).toBe('moved');
    expect(r.start).toBe(edited.lastIndexOf('prices rose 5%'));
  });

  it('chooses the duplicate nearest the old position when contexts tie', () => {
    const unit = 'Same sentence here. ';
    const text = unit.repeat(6);
    const a = makeAnchor(text, unit.length * 3, unit.length * 4);
    const r = reanchor(a, `X${text}`);
    expect(r.state).toBe('moved');
    expect(r.start).toBe(unit.length * 3 + 1);
  });

  it('anchors across emoji and accented text', () => {
    const text = 'Réunion 🌋 : la lave a atteint la route côtière 🚧 hier soir.';
    const a = anchorOf(text, 'la lave a atteint la route côtière');
    const r = reanchor(a, text.replace('côtière', 'cotière'));
    expect(r.state).toBe('fuzzy');
    expect(r.start).toBe(text.indexOf('la lave'));
  });

  it('finds an edited quote in a long article quickly enough to not freeze a page', () => {
    const filler = Array.from(
      { length: 4000 },
      (_, i) => `Paragraph ${i} talks about budget line ${i * 7}.`,
    );
    const text = [...filler.slice(0, 2000), quote, ...filler.slice(2000)].join('\n\n');
    const a = anchorOf(text, quote);
    const edited = text.replace('before midnight', 'shortly before midnight');
    const r = reanchor({ ...a, start: 0, end: quote.length }, edited);
    expect(r.state).toBe('fuzzy');
    expect(edited.slice(r.start, r.end)).toContain('40 people were evacuated');
  });
});

describe('reanchor properties', () => {
  it('never throws on any Unicode text and edit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.nat(),
        fc.nat(),
        (a, b, s, e) => {
          const r = reanchor(makeAnchor(a, s % (a.length + 1), e % (a.length + 1)), b);
          expect(['exact', 'moved', 'fuzzy', 'orphaned']).toContain(r.state);
        },
      ),
    );
  });

  it('re-anchors exactly on an unchanged text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.nat(), fc.nat(), (t, s, e) => {
        const a = makeAnchor(t, s % (t.length + 1), e % (t.length + 1));
        expect(reanchor(a, t).state).toBe('exact');
      }),
    );
  });
});
