import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  claimsCsv,
  markdownReport,
  annotationCollection,
  defaultPublishing,
} from '../../src/core/formats/index.ts';
import { claimOn, COUNCIL, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

const parseCsv = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

const col = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);

describe('claimsCsv', () => {
  it('writes one row per claim that has a status, note or evidence, in reading order', () => {
    const [header, ...rows] = parseCsv(claimsCsv(sampleReview()));
    expect(header).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => [r[col('Article ID')], r[col('Paragraph')], r[col('Status')]])).toEqual([
      ['a1', '2', 'verified'],
      ['a1', '3', 'unsourced'],
      ['a2', '1', ''],
      ['a2', '2', 'disputed'],
    ]);
  });

  it('starts with a UTF-8 byte-order mark so that Excel keeps curly quotes and dashes', () => {
    const review = sampleReview();
    const c = claimOn('a1', HARBOUR, 'Firefighters battled a blaze', {
      status: 'verified',
      note: '“Confirmed” — by the fire service’s press desk, 3–4 May',
    });
    review.claims = { [c.id]: c };
    const csv = claimsCsv(review);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.indexOf('\uFEFF')).toBe(0);
    expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)).toContain(
      '“Confirmed” — by the fire service’s press desk, 3–4 May',
    );
  });

  it("carries each article's title, outlet, date and URL", () => {
    const [, ...rows] = parseCsv(claimsCsv(sampleReview()));
    const article = (r: string[]) =>
      ['Article title', 'Outlet', 'Article date', 'Article URL'].map(
        (name) => r[col(name as (typeof CLAIM_COLUMNS)[number])],
      );
    expect(article(rows[0]!)).toEqual([
      'Harbour warehouse fire forces evacuations',
      'Coast Gazette',
      '2024-05-01',
      'https://news.example.com/harbour-fire',
    ]);
    expect(article(rows[3]!)).toEqual(['Council backs new flood barrier', 'City Herald', '', '']);
  });

  it('counts paragraphs as the reader does: the headline, bylines and page furniture apart', () => {
    const text = [
      'Ferry operator ends night crossings',
      'By Dana Whitlock',
      'Share this article',
      'The last night ferry will sail on Friday, the operator said.',
      'Image copyright Harbour Photo Agency',
      'Passenger numbers fell by a third last winter.',
    ].join('\n\n');
    const review = sampleReview();
    review.articles = [{ ...review.articles[0]!, text }];
    const on = (quote: string, status: 'verified' | 'disputed') =>
      claimOn('a1', text, quote, { status });
    const claims = [
      on('Ferry operator ends night crossings', 'verified'),
      on('By Dana Whitlock', 'disputed'),
      on('The last night ferry will sail on Friday', 'verified'),
      on('Image copyright Harbour Photo Agency', 'disputed'),
      on('Passenger numbers fell by a third', 'verified'),
    ];
    review.claims = Object.fromEntries(claims.map((c) => [c.id, c]));
    const [, ...rows] = parseCsv(claimsCsv(review));
    expect(rows.map((r) => r[col('Paragraph')])).toEqual([
      'headline',
      'furniture 1',
      '1',
      'furniture 3',
      '2',
    ]);
  });

  it('parses back to the same values, quotes, commas and newlines included', () => {
    const review = sampleReview();
    const [, ...rows] = parseCsv(claimsCsv(review));
    const verified = Object.values(review.claims).find((c) => c.status === 'verified')!;
    expect(rows[0]).toEqual([
      verified.id,
      'a1',
      'Harbour warehouse fire forces evacuations',
      'Coast Gazette',
      '2024-05-01',
      'https://news.example.com/harbour-fire',
      '2',
      verified.anchor.quote,
      // A whole sentence: no sentence around it to add.
      '',
      'verified',
      'Fire service statement, 3 May: "40 residents", confirmed by phone.\nSecond line, with a comma.',
      'https://example.org/fire-service | Call with press office, 3 May',
      '2024-05-02T09:31:00.000Z',
      '',
      '',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const review = sampleReview();
    const c = claimOn('a1', HARBOUR, 'Firefighters battled a blaze', {
      status: 'verified',
      note: '=HYPERLINK("http://evil.example","click")',
    });
    review.claims = { [c.id]: c };
    const [, row] = parseCsv(claimsCsv(review));
    expect(row?.[col('Note')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it('leaves the paragraph empty for a claim that lost its text or its article', () => {
    const review = sampleReview();
    const lost = claimOn('a2', COUNCIL, 'Critics said', {
      status: 'disputed',
      anchorState: 'orphaned',
    });
    const removed = {
      ...claimOn('a2', COUNCIL, 'on Monday', { status: 'verified' }),
      articleId: 'gone',
    };
    review.claims = { [lost.id]: lost, [removed.id]: removed };
    const [, ...rows] = parseCsv(claimsCsv(review));
    expect(rows.map((r) => [r[1], r[2], r[col('Paragraph')]])).toEqual([
      ['a2', 'Council backs new flood barrier', ''],
      ['gone', '', ''],
    ]);
  });

  it('writes only the header for a review without claims', () => {
    expect(parseCsv(claimsCsv({ ...sampleReview(), claims: {} }))).toEqual([[...CLAIM_COLUMNS]]);
  });
});

describe('markdownReport', () => {
  const report = markdownReport(sampleReview());

  it('opens with the review name and lists articles with outlet and date', () => {
    expect(report.startsWith('# Harbour fire and flood barrier\n')).toBe(true);
    expect(report).toContain(
      '1. **Harbour warehouse fire forces evacuations** — Coast Gazette — 2024-05-01 <https://news.example.com/harbour-fire>',
    );
    expect(report).toContain('2. **Council backs new flood barrier** — City Herald\n');
  });

  it('counts claims per status', () => {
    expect(report).toContain('| Verified | 1 |');
    expect(report).toContain('| Disputed | 1 |');
    expect(report).toContain('| Unsourced | 1 |');
    expect(report).toContain('| No status | 1 |');
    expect(report).toContain('| **Total** | **4** |');
  });

  it('groups claims under their article with status, quote, note and evidence', () => {
    const council = report.slice(report.indexOf('## Council backs new flood barrier'));
    expect(council).toContain('### Disputed (paragraph 2)');
    expect(council).toContain('> Critics said the cost had doubled since 2019');
    expect(council).toContain('**Note:** Budget papers show £2.1m');
    expect(council).toContain('- https://example.org/budget-2019.pdf');
    expect(report.indexOf('### Verified (paragraph 2)')).toBeLessThan(report.indexOf('## Council'));
  });

  it('keeps a note on separate lines and escapes markup in it', () => {
    const review = sampleReview();
    const c = claimOn('a1', HARBOUR, 'Firefighters battled a blaze', {
      status: 'verified',
      note: 'See <script>alert(1)</script> and *this*\n# not a heading\n1. not a list',
    });
    review.claims = { [c.id]: c };
    const md = markdownReport(review);
    expect(md).toContain(
      '**Note:** See \\<script\\>alert(1)\\</script\\> and \\*this\\*  \n\\# not a heading  \n1\\. not a list',
    );
    expect(md).not.toContain('<script>');
  });

  it('lists claims whose article was removed under their own heading', () => {
    const review = sampleReview();
    const c = {
      ...claimOn('a2', COUNCIL, 'Critics said', { status: 'disputed' as const }),
      articleId: 'gone',
    };
    review.claims = { [c.id]: c };
    const md = markdownReport(review);
    expect(md).toContain('## Claims on removed articles\n\n### Disputed\n\n> Critics said');
  });

  it('says so when nothing is marked', () => {
    expect(markdownReport({ ...sampleReview(), claims: {} })).toContain(
      'No claims have been marked yet.',
    );
  });
});

describe('annotationCollection (W3C Web Annotation)', () => {
  const collection = annotationCollection(sampleReview(), {
    now: Date.UTC(2025, 0, 2),
    homepage: 'https://tools.example.org/crosscheck/',
  });
  const items = collection.first.items;

  it('is an AnnotationCollection with a creator, a generator and its annotations on the first page', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Harbour fire and flood barrier',
      total: 4,
      creator: { type: 'Person', name: expect.any(String) },
      generator: {
        type: 'Software',
        name: 'Crosscheck',
        homepage: 'https://tools.example.org/crosscheck/',
      },
      generated: '2025-01-02T00:00:00.000Z',
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.id).toMatch(/^urn:crosscheck:review:/);
    expect(collection.first.id).not.toBe(collection.id);
    expect(items).toHaveLength(collection.total);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:crosscheck:claim:/);
      expect(a).not.toHaveProperty('@context');
    }
  });

  it("names the review's publisher as the creator once the newsroom has set it", () => {
    const review = {
      ...sampleReview(),
      publishing: { ...defaultPublishing(), publisher: 'Coast Checks' },
    };
    expect(annotationCollection(review).creator).toEqual({
      type: 'Organization',
      name: 'Coast Checks',
    });
  });

  it('holds the verdict, the note and the evidence in the body', () => {
    const verified = items[0]!;
    expect(verified.motivation).toBe('assessing');
    expect(verified.body).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'Verified', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'verified' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: expect.stringContaining('40 residents'),
        format: 'text/plain',
      },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/fire-service' },
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'Call with press office, 3 May',
        format: 'text/plain',
      },
    ]);
  });

  it('targets the article URL with a quote selector whose context stays inside the paragraph', () => {
    const { source, selector } = items[0]!.target;
    expect(source).toBe('https://news.example.com/harbour-fire');
    const [quote] = selector;
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The fire service said 40 people were evacuated from nearby flats before midnight.',
      prefix: '',
      suffix: '',
    });
    // A quote inside a paragraph: at most 32 characters on each side, never across the blank line.
    const officials = items[1]!.target.selector[0];
    expect(officials.prefix).toBe('');
    expect(officials.suffix).toBe(' and an inquiry would follow.');
    expect(HARBOUR).toContain(`${officials.exact}${officials.suffix}`);
  });

  it("adds a position selector that counts code points in Crosscheck's text", () => {
    const review = sampleReview();
    const text = `🔥 Harbour fire\n\n${HARBOUR.split('\n\n').slice(1).join('\n\n')}`;
    review.articles = [{ ...review.articles[0]!, text }];
    const c = claimOn('a1', text, 'The fire service said 40 people', { status: 'verified' });
    review.claims = { [c.id]: c };
    const [annotation] = annotationCollection(review).first.items;
    const position = annotation!.target.selector[1];
    expect(position?.type).toBe('TextPositionSelector');
    const points = [...text];
    expect(points.slice(position!.start, position!.end).join('')).toBe(c.anchor.quote);
    // In UTF-16 code units the emoji counts twice: the offsets would be one further on.
    expect(position!.start).toBe(c.anchor.start - 1);
  });

  it('falls back to a crosscheck URN for an article without a web address, and leaves positions out for a lost quote', () => {
    expect(items[2]!.target.source).toBe('urn:crosscheck:article:a2');
    expect(items[2]!.motivation).toBe('commenting');
    const review = sampleReview();
    const lost = claimOn('a2', COUNCIL, 'Critics said', {
      status: 'disputed',
      anchorState: 'orphaned',
    });
    review.claims = { [lost.id]: lost };
    expect(annotationCollection(review).first.items[0]!.target.selector).toHaveLength(1);
  });
});
