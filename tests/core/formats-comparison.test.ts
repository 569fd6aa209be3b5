import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, type FindingFilter } from '../../src/core/compare/finding-filter.ts';
import {
  CHANGE_COLUMNS,
  changeListCsv,
  comparisonMarkdown,
  comparisonModel,
  percent,
  type ComparisonModel,
} from '../../src/core/formats/index.ts';
import type { ReviewData } from '../../src/core/formats/types.ts';
import { claimOn } from '../fixtures/formats/review.ts';
import { RIVER_A, riverComparison, riverReview } from '../fixtures/formats/comparison.ts';

const comparison = riverComparison(riverReview());
const ALL: FindingFilter = { ...DEFAULT_FILTER, dismissed: true };
const model = (review: ReviewData, filter: FindingFilter = DEFAULT_FILTER) =>
  comparisonModel(review, comparison, filter);
const ofType = (m: ComparisonModel, type: string) => m.findings.find((f) => f.type === type)!;

/** The review with its number finding confirmed and its name finding dismissed. */
function triaged(): ReviewData {
  const review = riverReview();
  const all = model(review, ALL);
  review.triage = {
    [ofType(all, 'number').key]: { status: 'confirmed', at: 1 },
    [ofType(all, 'name').key]: { status: 'dismissed', at: 2 },
  };
  return review;
}

/** The Markdown's level-2 and level-3 headings, in order. */
const headings = (md: string) => md.split('\n').filter((l) => /^#{2,3} /.test(l));
/** The section under a level-2 heading, up to the next one. */
const section = (md: string, title: string) =>
  md.slice(md.indexOf(`\n## ${title}`)).split(/\n## /)[1] ?? '';
const tableRows = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('| ---'))
    .map((l) =>
      l
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
const parseCsv = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const col = (name: (typeof CHANGE_COLUMNS)[number]) => CHANGE_COLUMNS.indexOf(name);

describe('the comparison report', () => {
  it('has the articles, the coverage, the findings and the claims, in that order', () => {
    const md = comparisonMarkdown(triaged(), model(triaged()));
    const h2 = headings(md).filter((h) => h.startsWith('## '));
    expect(h2).toEqual(['## Articles', '## Coverage', '## Findings (2)', '## Claims']);
  });

  it('lists every article with its letter, title, outlet, date and URL', () => {
    const review = riverReview();
    const rows = tableRows(section(comparisonMarkdown(review, model(review)), 'Articles'));
    expect(rows.slice(1)).toEqual([
      [
        'A',
        review.articles[0]!.title,
        'Wend Courier',
        '2025-03-09',
        '<https://courier.example/ferry>',
      ],
      ['B', review.articles[1]!.title, 'Valley Post', '', '<https://post.example/ferry?id=7>'],
      ['C', review.articles[2]!.title, '=Daily Wire', '2025-03-10', ''],
    ]);
  });

  it('shows the heat map as a table in column order, each cell the share of the row article found in the column one', () => {
    const review = riverReview();
    review.view.order = ['rc', 'ra', 'rb'];
    review.articles[2]!.text = RIVER_A.replace(/Divers[^\n]*/, 'Nothing else was said.');
    const other = riverComparison(review);
    const m = comparisonModel(review, other, DEFAULT_FILTER);
    expect(m.articles.map((a) => [a.letter, a.id])).toEqual([
      ['A', 'rc'],
      ['B', 'ra'],
      ['C', 'rb'],
    ]);
    const rows = tableRows(section(comparisonMarkdown(review, m), 'Coverage'));
    expect(rows[0]).toEqual(['', 'A', 'B', 'C']);
    const input = ['ra', 'rb', 'rc'];
    const order = ['rc', 'ra', 'rb'];
    order.forEach((x, r) => {
      const expected = order.map((y) =>
        x === y ? '—' : percent(other.coverage[input.indexOf(x)]![input.indexOf(y)]!),
      );
      expect(rows[r + 1]).toEqual([`**${'ABC'[r]}**`, ...expected]);
    });
    // Not every cell is the same share: the shortened article is only partly found in the others.
    expect(
      new Set(
        rows
          .slice(1)
          .flat()
          .filter((c) => c.endsWith('%')),
      ).size,
    ).toBeGreaterThan(1);
  });

  it('gives each finding its type, severity and triage status, and its versions side by side', () => {
    const review = triaged();
    const md = comparisonMarkdown(review, model(review));
    const findings = section(md, 'Findings (2)');
    expect(headings(`\n${findings}`).filter((h) => h.startsWith('### '))).toEqual([
      '### 1. number · high · Confirmed',
      '### 2. date · high · Open',
    ]);
    const number = findings.split('\n### ')[1]!;
    const rows = tableRows(number);
    expect(rows[0]).toEqual(['', 'Version 1', 'Version 2']);
    expect(rows[1]).toEqual(['**Wording**', '“23”', '“32”']);
    // Paragraphs as the reader counts them: A's byline is page furniture, not paragraph 1.
    expect(rows[2]).toEqual(['**In**', 'A, paragraph 1; C, paragraph 1', 'B, paragraph 1']);
    expect(rows[3]![1]).toContain('and 23 people were taken to hospital.');
    expect(rows[3]![2]).toContain('and 32 people were taken to hospital.');
  });

  it('leaves dismissed findings out and says so, unless the filter shows them', () => {
    const review = triaged();
    const hidden = comparisonMarkdown(review, model(review));
    expect(hidden).not.toContain('Olga Varga');
    expect(hidden).toContain('Left out by the filter: 1 dismissed.');
    const shown = comparisonMarkdown(review, model(review, ALL));
    expect(shown).toContain('### 3. name · medium · Dismissed');
    expect(shown).toContain('“Olga Varga”');
    expect(shown).not.toContain('Left out by the filter');
  });

  it('follows the type filter and the status filter', () => {
    const review = triaged();
    const dates = model(review, { ...ALL, type: 'date' });
    expect(dates.findings.map((f) => [f.n, f.type])).toEqual([[1, 'date']]);
    expect(dates.leftOut).toEqual({ open: 0, confirmed: 1, dismissed: 1 });
    const confirmedOnly = model(review, { ...DEFAULT_FILTER, open: false });
    expect(confirmedOnly.findings.map((f) => [f.type, f.status])).toEqual([
      ['number', 'confirmed'],
    ]);
  });

  it('leaves a hidden article out of the findings but keeps it among the articles', () => {
    const review = triaged();
    review.view.hidden = ['rc'];
    const m = model(review, ALL);
    expect(m.findings.map((f) => f.type)).toEqual(['number']);
    expect(comparisonMarkdown(review, m)).toContain('(hidden from the comparison)');
  });

  it('carries the claims with their verdicts, notes and evidence', () => {
    const review = triaged();
    const c = claimOn('ra', RIVER_A, 'Divers searched the water until late afternoon.', {
      status: 'disputed',
      note: 'The Post says evening.',
      evidence: ['https://example.org/coastguard-log'],
    });
    review.claims = { [c.id]: c };
    const claims = section(comparisonMarkdown(review, model(review)), 'Claims');
    expect(claims).toContain('| Disputed | 1 |');
    expect(claims).toContain('#### Disputed (paragraph 3)');
    expect(claims).toContain('**Note:** The Post says evening.');
    expect(claims).toContain('- https://example.org/coastguard-log');
  });

  it('escapes a title that would break the tables', () => {
    const review = riverReview();
    review.articles[0]!.title = 'Ferry | <b>capsizes</b>';
    const md = comparisonMarkdown(review, model(review));
    expect(tableRows(section(md, 'Articles'))[1]![1]).toBe('Ferry \\| \\<b\\>capsizes\\</b\\>');
  });
});

describe('the change list', () => {
  it('starts with a byte-order mark and has the change-list columns', () => {
    const csv = changeListCsv(model(triaged()));
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.slice(1))[0]).toEqual([...CHANGE_COLUMNS]);
  });

  it('has one row per finding and article pair, with both wordings, paragraphs and the status', () => {
    const review = triaged();
    const m = model(review);
    const [, ...rows] = parseCsv(changeListCsv(m).slice(1));
    expect(rows).toHaveLength(m.findings.reduce((n, f) => n + f.pairs.length, 0));
    const number = rows.filter((r) => r[col('Type')] === 'number');
    expect(
      number.map((r) =>
        [
          'Finding',
          'Status',
          'Outlet 1',
          'Paragraph 1',
          'Wording 1',
          'Outlet 2',
          'Paragraph 2',
          'Wording 2',
        ].map((name) => r[col(name as (typeof CHANGE_COLUMNS)[number])]),
      ),
    ).toEqual([
      ['1', 'confirmed', 'Wend Courier', '1', '23', 'Valley Post', '1', '32'],
      ['1', 'confirmed', 'Valley Post', '1', '32', "'=Daily Wire", '1', '23'],
    ]);
    expect(number[0]![col('URL 1')]).toBe('https://courier.example/ferry');
    expect(number[0]![col('Article 2')]).toBe(review.articles[1]!.title);
    expect(number[0]![col('Sentence 2')]).toContain('32 people were taken to hospital');
  });

  it('follows the filter: the dismissed finding only when it is shown', () => {
    const review = triaged();
    const types = (f: FindingFilter) =>
      new Set(
        parseCsv(changeListCsv(model(review, f)).slice(1))
          .slice(1)
          .map((r) => r[col('Type')]),
      );
    expect(types(DEFAULT_FILTER)).toEqual(new Set(['number', 'date']));
    expect(types(ALL)).toEqual(new Set(['number', 'date', 'name']));
    const dismissed = parseCsv(changeListCsv(model(review, ALL)).slice(1)).filter(
      (r) => r[col('Type')] === 'name',
    );
    expect(dismissed.every((r) => r[col('Status')] === 'dismissed')).toBe(true);
  });
});
