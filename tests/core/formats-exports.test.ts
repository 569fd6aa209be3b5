import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  claimsCsv,
  markdownReport,
  webAnnotations,
} from '../../src/core/formats/index.ts';
import { claimOn, COUNCIL, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

const parseCsv = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('claimsCsv', () => {
  it('writes one row per claim that has a status, note or evidence, in reading order', () => {
    const [header, ...rows] = parseCsv(claimsCsv(sampleReview()));
    expect(header).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => [r[1], r[3], r[5]])).toEqual([
      ['a1', '3', 'verified'],
      ['a1', '4', 'unsourced'],
      ['a2', '2', ''],
      ['a2', '3', 'disputed'],
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
      '3',
      verified.anchor.quote,
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
    expect(row?.[6]).toBe(`'=HYPERLINK("http://evil.example","click")`);
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
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
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
    expect(council).toContain('### Disputed (paragraph 3)');
    expect(council).toContain('> Critics said the cost had doubled since 2019');
    expect(council).toContain('**Note:** Budget papers show £2.1m');
    expect(council).toContain('- https://example.org/budget-2019.pdf');
    expect(report.indexOf('### Verified (paragraph 3)')).toBeLessThan(report.indexOf('## Council'));
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

describe('webAnnotations', () => {
  const annotations = webAnnotations(sampleReview());

  it('writes one assessing annotation per claim with a status, with the status as a tag', () => {
    expect(annotations).toHaveLength(4);
    const verified = annotations[0]!;
    expect(verified['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(verified.type).toBe('Annotation');
    expect(verified.motivation).toBe('assessing');
    expect(verified.body[0]).toEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'verified',
    });
    expect(verified.body[1]).toMatchObject({
      purpose: 'commenting',
      value: expect.stringContaining('40 residents'),
    });
    expect(verified.body[2]).toEqual({
      id: 'https://example.org/fire-service',
      purpose: 'linking',
    });
    expect(verified.body[3]).toMatchObject({
      purpose: 'describing',
      value: 'Call with press office, 3 May',
    });
  });

  it('targets the article by URL with a quote and a position selector that match the text', () => {
    const t = annotations[0]!.target;
    expect(t.source).toBe('https://news.example.com/harbour-fire');
    const [quote, position] = t.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(position.type).toBe('TextPositionSelector');
    expect(HARBOUR.slice(position.start, position.end)).toBe(quote.exact);
    expect(HARBOUR.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
  });

  it('falls back to a crosscheck URN for an article without a web address', () => {
    expect(annotations[2]!.target.source).toBe('urn:crosscheck:article:a2');
    expect(annotations[2]!.motivation).toBe('commenting');
  });
});
