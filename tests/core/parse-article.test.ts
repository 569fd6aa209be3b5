import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, splitBlocks } from '../../src/core/text/parse-article.ts';
import type { Article } from '../../src/core/text/types.ts';

// Read from disk by path: Vite rewrites `new URL(..., import.meta.url)` into an asset URL.
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
const seedPath = (name: string) => join(SEEDS, name);
const manifest = JSON.parse(readFileSync(seedPath('manifest.json'), 'utf8')) as {
  articles: { file: string; title: string; date: string | null }[];
};
const seeds = manifest.articles.map((entry) => ({
  ...entry,
  text: readFileSync(seedPath(entry.file), 'utf8'),
}));

/** Every offset of the article points at the text it claims, in order and inside its paragraph. */
function checkOffsets(article: Article): void {
  const { text } = article;
  let previousEnd = 0;
  for (const p of article.paragraphs) {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = p.end;
    let sentenceEnd = p.start;
    for (const s of p.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
      expect(s.end).toBeLessThanOrEqual(p.end);
      sentenceEnd = s.end;
    }
  }
}

describe('parseArticle on the seeds', () => {
  it.each(seeds.map((s) => [s.file, s] as const))(
    'keeps every offset of %s true to the text',
    (_file, seed) => {
      checkOffsets(parseArticle(seed.file, seed.text));
    },
  );

  it('reads the date marker the manifest lists for each seed', () => {
    for (const seed of seeds) expect(parseArticle(seed.file, seed.text).date).toBe(seed.date);
  });

  it('keeps the date marker out of the first sentence', () => {
    const dated = seeds.filter((s) => s.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const seed of dated) {
      const first = parseArticle(seed.file, seed.text).paragraphs[0]?.sentences[0];
      expect(first?.text).not.toMatch(/date|\d{4}-\d{2}-\d{2}/i);
      expect(first?.text).toMatch(/^\p{Lu}/u);
    }
  });

  it('takes the headline as title where the seed text carries one', () => {
    const headlined = seeds.filter((s) => s.text.includes(`${s.title}\n`));
    expect(headlined.length).toBeGreaterThanOrEqual(3);
    for (const seed of headlined) expect(parseArticle(seed.file, seed.text).title).toBe(seed.title);
  });

  it('does not mark the body of a seed as furniture', () => {
    for (const seed of seeds) {
      const article = parseArticle(seed.file, seed.text);
      const prose = article.paragraphs.filter((p) => !p.boilerplate);
      expect(prose.length).toBeGreaterThan(article.paragraphs.length / 2);
    }
  });
});

describe('parseArticle paragraphs', () => {
  it('splits paragraphs on blank and whitespace-only lines', () => {
    const text = 'First paragraph.\n\nSecond paragraph.\n   \t\nThird paragraph.\r\n\r\nFourth.';
    expect(parseArticle('a', text).paragraphs.map((p) => p.text)).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third paragraph.',
      'Fourth.',
    ]);
  });

  it('keeps single line breaks inside a paragraph', () => {
    const text = 'Storm hits coast\n\nThe storm hit the coast\nlate on Monday. Power failed.';
    const [, body] = parseArticle('a', text).paragraphs;
    expect(body?.text).toBe('The storm hit the coast\nlate on Monday. Power failed.');
    expect(body?.sentences.map((s) => s.text)).toEqual([
      'The storm hit the coast\nlate on Monday.',
      'Power failed.',
    ]);
  });

  it('gives offsets into the original text, leading space and all', () => {
    const text = '\n\n  Storm hits coast  \n\n\tThe storm hit at 5 a.m. Mr. Smith fled.  ';
    const article = parseArticle('a', text);
    checkOffsets(article);
    expect(article.paragraphs[1]?.sentences.map((s) => s.text)).toEqual([
      'The storm hit at 5 a.m.',
      'Mr. Smith fled.',
    ]);
  });

  it('numbers paragraphs from zero in reading order', () => {
    const article = parseArticle('a', 'One.\n\nTwo.\n\nThree.');
    expect(article.paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('drops blank blocks when splitting', () => {
    expect(splitBlocks('\n \n\nA\n\n\n\nB\n \n')).toHaveLength(2);
  });
});

describe('parseArticle title and date', () => {
  it('reads a date marker and starts the first sentence after it', () => {
    const text = 'date 2024-03-01 Storm hits coast\n\nThe storm hit the coast on Monday.';
    const article = parseArticle('a', text);
    expect(article.date).toBe('2024-03-01');
    expect(article.title).toBe('Storm hits coast');
    expect(article.paragraphs[0]?.sentences.map((s) => s.text)).toEqual(['Storm hits coast']);
  });

  it('keeps the date marker out of the paragraph: it is the date, not words of the text', () => {
    const text = ' date 2024-03-01 Storm hits coast\n\nThe storm hit the coast on Monday.';
    const first = parseArticle('a', text).paragraphs[0];
    expect(first?.text).toBe('Storm hits coast');
    expect(text.slice(first?.start, first?.end)).toBe('Storm hits coast');
  });

  it('takes the title from the next block when the date marker stands alone', () => {
    const text = 'date 2024-03-01\n\nStorm hits coast\n\nThe storm hit the coast on Monday.';
    const article = parseArticle('a', text);
    expect(article.date).toBe('2024-03-01');
    expect(article.title).toBe('Storm hits coast');
    expect(article.paragraphs[0]?.boilerplate).toBe(true);
    expect(article.paragraphs[1]?.boilerplate).toBe(false);
  });

  it('has no date without a marker', () => {
    expect(parseArticle('a', 'Storm hits coast on 2024-03-01\n\nBody.').date).toBeNull();
  });

  it('takes a short first line as the title', () => {
    const text = 'Storm hits coast\nThe storm hit the coast on Monday. Thousands lost power.';
    expect(parseArticle('a', text).title).toBe('Storm hits coast');
  });

  it('skips a section menu above the headline', () => {
    const text =
      'World Politics Business Climate Sport\n\nStorm hits coast\n\nThe storm hit the coast on Monday.';
    expect(parseArticle('a', text).title).toBe('Storm hits coast');
  });

  it('falls back to the first sentence, shortened at a word, when there is no headline', () => {
    const text =
      'The storm that hit the northern coast on Monday night knocked out power to more than forty thousand homes and closed every road into the port. Repairs began on Tuesday.';
    const { title } = parseArticle('a', text);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(text.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('uses the id as title for an empty text', () => {
    expect(parseArticle('my-id', '   \n\n ').title).toBe('my-id');
  });
});

describe('parseArticle furniture', () => {
  const text = [
    'Storm hits coast',
    'Share this article',
    'Boats lie on the beach at Porthleven.',
    'The storm hit the coast on Monday night and closed every road into the port, officials said.',
    '* * *',
    'World Politics Business Climate Sport',
    'Boats lie on the beach at Porthleven.',
    'Updated figures from the energy ministry on Tuesday showed that forty thousand homes had lost power.',
  ].join('\n\n');
  const flags = parseArticle('a', text).paragraphs.map((p) => [p.text, p.boilerplate] as const);

  it('flags share prompts, lines without letters, repeated captions and runs of section labels', () => {
    expect(flags.filter(([, f]) => f).map(([t]) => t)).toEqual([
      'Share this article',
      'Boats lie on the beach at Porthleven.',
      '* * *',
      'World Politics Business Climate Sport',
      'Boats lie on the beach at Porthleven.',
    ]);
  });

  it('leaves the headline and the prose unflagged, even prose that opens with an interface word', () => {
    expect(flags.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'Storm hits coast',
      'The storm hit the coast on Monday night and closed every road into the port, officials said.',
      'Updated figures from the energy ministry on Tuesday showed that forty thousand homes had lost power.',
    ]);
  });
});

describe('parseArticle invariants', () => {
  const articleText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc
      .array(
        fc.constantFrom(
          'date 2021-07-05 ',
          'Storm hits',
          ' coast.',
          '\n',
          '\n\n',
          ' \t\n',
          'Mr. Smith',
          'Share this',
          '…',
          '“',
          '1. ',
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws on arbitrary Unicode and keeps offsets true', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        checkOffsets(parseArticle('p', text));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(parseArticle('p', text)).toEqual(parseArticle('p', text));
      }),
      { numRuns: 200 },
    );
  });
});
