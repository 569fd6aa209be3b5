import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  annotationCollection,
  CLAIM_COLUMNS,
  claimReviewJsonLd,
  claimsCsv,
  comparisonMarkdown,
  markdownReport,
  publishedReviews,
  type TeamExport,
} from '../../src/core/formats/index.ts';
import { unsharedComparison } from '../fixtures/formats/unshared-review.ts';
import { sampleReview } from '../fixtures/formats/review.ts';
import { at, sharedSample } from '../fixtures/formats/team-review.ts';

const parseCsv = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
describe('exports of a shared review', () => {
  it('report a claim only another reviewer wrote a note on, with each reviewer’s lines', () => {
    const { review, team } = sharedSample();
    const open = Object.values(review.claims).find(
      (c) => c.status === null && c.note === '' && c.evidence.length === 0 && !team.claims[c.id],
    )!;
    team.claims[open.id] = {
      outcome: 'open',
      status: null,
      reviewers: [
        {
          reviewer: 'r-cy',
          name: 'Cy',
          status: null,
          at: null,
          note: 'Cy: ask the harbour master.',
          noteAt: at(13),
        },
      ],
    };
    expect(markdownReport(review, { team, perReviewer: true })).toContain(
      'note by Cy, 2024-05-02T13:00:00.000Z: Cy: ask the harbour master.',
    );
    expect(markdownReport(review, { team })).not.toContain('harbour master');
  });

  it('give the claims CSV final verdicts and "in disagreement" where reviewers still differ', () => {
    const { review, team } = sharedSample();
    const [header, ...rows] = parseCsv(claimsCsv(review, { team }));
    expect(header).toEqual([...CLAIM_COLUMNS]);
    const status = CLAIM_COLUMNS.indexOf('Status');
    expect(rows.map((r) => r[status])).toEqual(['in disagreement', 'unsourced', '', 'disputed']);
  });

  it('add a verdict and a time column per reviewer to the claims CSV when asked', () => {
    const { review, team } = sharedSample();
    const [header, ...rows] = parseCsv(claimsCsv(review, { team, perReviewer: true }));
    expect(header!.slice(CLAIM_COLUMNS.length)).toEqual([
      'Ana: verdict',
      'Ana: when',
      'Ben: verdict',
      'Ben: when',
      'Cy: verdict',
      'Cy: when',
    ]);
    const each = rows.map((r) => r.slice(CLAIM_COLUMNS.length));
    expect(each[0]).toEqual([
      'verified',
      new Date(at(10)).toISOString(),
      'disputed',
      new Date(at(11)).toISOString(),
      '',
      '',
    ]);
    expect(each[3]).toEqual([
      'verified',
      new Date(at(8)).toISOString(),
      '',
      '',
      'disputed',
      new Date(at(12)).toISOString(),
    ]);
    // A claim no reviewer has a verdict on still has its columns, empty.
    expect(each[2]).toEqual(['', '', '', '', '', '']);
  });

  it('tell two reviewers with one name apart in the CSV headings', () => {
    const { review, team } = sharedSample();
    team.reviewers[2] = { id: 'r-cy', name: 'Ana' };
    const [header] = parseCsv(claimsCsv(review, { team, perReviewer: true }));
    expect(header!.slice(CLAIM_COLUMNS.length, CLAIM_COLUMNS.length + 6)).toEqual([
      'Ana: verdict',
      'Ana: when',
      'Ben: verdict',
      'Ben: when',
      'Ana (2): verdict',
      'Ana (2): when',
    ]);
  });

  it('count and head a disputed claim "In disagreement" in the Markdown report, not as decided', () => {
    const { review, team } = sharedSample();
    const md = markdownReport(review, { team });
    expect(md).toContain('| In disagreement | 1 |');
    expect(md).toContain('| Disputed | 1 |');
    expect(md).toMatch(/^### In disagreement \(paragraph 2\)$/m);
    expect(md).not.toContain('Each reviewer');
  });

  it('list each reviewer under a claim in the Markdown report when asked, with time and note author', () => {
    const { review, team } = sharedSample();
    const md = markdownReport(review, { team, perReviewer: true });
    const block = md.slice(md.indexOf('### In disagreement'), md.indexOf('### Unsourced'));
    expect(block).toContain('**Each reviewer:**');
    expect(block).toContain(
      `- Ana: Verified, ${new Date(at(10)).toISOString()} — note by Ana, ${new Date(at(10, 5)).toISOString()}: Press office confirmed 40.`,
    );
    expect(block).toContain(`- Ben: Disputed, ${new Date(at(11)).toISOString()} — note by Ben,`);
    const cost = md.slice(md.indexOf('### Disputed'));
    expect(cost).toContain(`- Cy: Disputed, ${new Date(at(12)).toISOString()} — note by Cy`);
  });

  it('carry the team verdicts into the comparison report’s claims', () => {
    const { review, model } = unsharedComparison();
    const [claim] = Object.values(review.claims);
    const team: TeamExport = {
      reviewers: [
        { id: 'r-ana', name: 'Ana' },
        { id: 'r-ben', name: 'Ben' },
      ],
      claims: {
        [claim!.id]: {
          outcome: 'disagreement',
          status: null,
          reviewers: [
            {
              reviewer: 'r-ana',
              name: 'Ana',
              status: 'disputed',
              at: at(10),
              note: '',
              noteAt: null,
            },
            {
              reviewer: 'r-ben',
              name: 'Ben',
              status: 'verified',
              at: at(11),
              note: '',
              noteAt: null,
            },
          ],
        },
      },
    };
    const md = comparisonMarkdown(review, model, { team, perReviewer: true });
    const claims = md.slice(md.indexOf('## Claims'));
    expect(claims).toContain('| In disagreement | 1 |');
    expect(claims).toContain(`- Ana: Disputed, ${new Date(at(10)).toISOString()}`);
    expect(claims).toContain(`- Ben: Verified, ${new Date(at(11)).toISOString()}`);
  });

  it('publish only final verdicts as ClaimReview: a claim in disagreement is left out', () => {
    const { review, team } = sharedSample();
    const settings = {
      ...sampleReview().publishing,
      publisher: 'Coast Fact Desk',
      pageUrl: 'https://facts.example/harbour',
      worst: 1,
      best: 3,
      ratings: {
        verified: { label: 'True', value: 3 },
        unsourced: { label: 'Unproven', value: 2 },
        disputed: { label: 'False', value: 1 },
      },
    };
    const alone = publishedReviews(review, settings);
    expect(alone.map((r) => r.rating.label)).toEqual(['False', 'Unproven', 'False']);
    const withTeam = publishedReviews(review, settings, { team });
    expect(withTeam.map((r) => r.rating.label)).toEqual(['Unproven', 'False']);
    expect(JSON.stringify(claimReviewJsonLd(review, settings, { team }))).not.toContain(
      '40 people',
    );
  });

  it('give a claim in disagreement no verdict in the Web Annotations, only the tag', () => {
    const { review, team } = sharedSample();
    const [fire] = annotationCollection(review, { team }).first.items;
    expect(fire!.motivation).toBe('commenting');
    expect(fire!.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'in disagreement',
    });
    expect(fire!.body.some((b) => b.purpose === 'assessing')).toBe(false);
  });
});
