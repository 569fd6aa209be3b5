import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  claimReviewJsonLd,
  claimsCsv,
  defaultPublishing,
  exportReviewJson,
  markdownReport,
  parseReviewJson,
  TEXT_CHANGED,
  webAnnotations,
  type ReviewData,
} from '../../src/core/formats/index.ts';
import { claimOn, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

const CHECKED = 'The fire service said 40 people were evacuated from nearby flats before midnight.';
const NOW = CHECKED.replace('40 people', '14 people');

/** The sample review after its harbour article was edited under a verified claim. */
function editedReview(): { review: ReviewData; id: string } {
  const review = sampleReview();
  const text = HARBOUR.replace(CHECKED, NOW);
  const old = Object.values(review.claims).find((c) => c.anchor.quote === CHECKED)!;
  const anchor = claimOn('a1', text, NOW).anchor;
  const claim = { ...old, anchor, anchorState: 'fuzzy' as const, checkedQuote: CHECKED };
  review.articles[0] = { ...review.articles[0]!, text };
  review.claims[old.id] = claim;
  return { review, id: old.id };
}

const SETTINGS = {
  ...defaultPublishing(),
  pageUrl: 'https://checks.example.org/harbour',
  publisher: 'Desk',
};

describe('exports of a verdict whose text changed', () => {
  it('round-trips the flag and the checked quote through the review JSON', () => {
    const { review, id } = editedReview();
    const parsed = parseReviewJson(exportReviewJson(review, 0));
    expect(parsed.ok && parsed.review.claims[id]).toMatchObject({
      checkedQuote: CHECKED,
      anchor: { quote: NOW },
    });
  });

  it('flags the claim in the CSV with the quote as it was checked', () => {
    const { review, id } = editedReview();
    const [header, ...rows] = Papa.parse<string[]>(claimsCsv(review), {
      skipEmptyLines: true,
    }).data;
    const changedAt = CLAIM_COLUMNS.indexOf('Text changed since checked');
    const quoteAt = CLAIM_COLUMNS.indexOf('Quote when checked');
    expect(header).toEqual([...CLAIM_COLUMNS]);
    const row = rows.find((r) => r[0] === id)!;
    expect([row[CLAIM_COLUMNS.indexOf('Quote')], row[changedAt], row[quoteAt]]).toEqual([
      NOW,
      'yes',
      CHECKED,
    ]);
    expect(rows.filter((r) => r[changedAt] === 'yes')).toHaveLength(1);
  });

  it('says so in the Markdown report, with both wordings', () => {
    const report = markdownReport(editedReview().review);
    expect(report).toContain(`### Verified (paragraph 2) — ${TEXT_CHANGED}`);
    expect(report).toContain(`> ${NOW}\n\n**Quote when checked:**\n\n> ${CHECKED}`);
    expect(report.split(TEXT_CHANGED)).toHaveLength(2);
  });

  it('reviews the checked quote in ClaimReview and explains the change', () => {
    const [verified] = claimReviewJsonLd(editedReview().review, SETTINGS) as {
      claimReviewed: string;
      reviewRating: { ratingExplanation: string };
    }[];
    expect(verified!.claimReviewed).toMatch(/^The fire service said 40 people/);
    expect(verified!.reviewRating.ratingExplanation).toContain(
      `text changed after this claim was checked; it now reads: "${NOW}"`,
    );
  });

  it('tags the Web Annotation and describes the checked quote', () => {
    const { review, id } = editedReview();
    const note = webAnnotations(review).find((a) => a.id.endsWith(encodeURIComponent(id)))!;
    expect(note.target.selector[0].exact).toBe(NOW);
    expect(note.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: TEXT_CHANGED,
    });
    expect(note.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: `Quote when checked: ${CHECKED}`,
      format: 'text/plain',
    });
  });

  it('leaves claims without the flag as they were', () => {
    const review = sampleReview();
    expect(markdownReport(review)).not.toContain(TEXT_CHANGED);
    expect(JSON.stringify(webAnnotations(review))).not.toContain(TEXT_CHANGED);
    expect(claimsCsv(review)).not.toContain('"yes"');
  });
});
