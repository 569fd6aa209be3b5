// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  annotationCollection,
  claimReviewJsonLd,
  claimReviewMarkupPage,
  claimsCsv,
  comparisonMarkdown,
  exportReviewJson,
  markdownReport,
} from '../../src/core/formats/index.ts';
import { unsharedComparison, unsharedReview } from '../fixtures/formats/unshared-review.ts';

// The files in unshared/ were written by the exports as they were before team verdicts reached
// them: a review that is not shared must still export to exactly these bytes.
const golden = (name: string) =>
  readFileSync(new URL(`../fixtures/formats/unshared/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2024, 4, 3, 12, 0);

describe('exports of a review that is not shared', () => {
  it('are byte for byte what they were before team verdicts, a tab conflict included', () => {
    const r = unsharedReview();
    const json = (v: unknown) => JSON.stringify(v, null, 2);
    expect(claimsCsv(r)).toBe(golden('claims.csv'));
    expect(markdownReport(r)).toBe(golden('report.md'));
    expect(json(annotationCollection(r, { now: NOW }))).toBe(golden('annotations.json'));
    expect(json(claimReviewJsonLd(r, r.publishing!))).toBe(golden('claimreview.json'));
    expect(json(claimReviewMarkupPage(r, r.publishing!))).toBe(golden('claimreview-page.json'));
    expect(exportReviewJson(r, NOW)).toBe(golden('review.json'));
    const { review, model } = unsharedComparison();
    expect(comparisonMarkdown(review, model)).toBe(golden('comparison.md'));
  });
});
