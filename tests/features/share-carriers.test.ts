import { describe, expect, it } from 'vitest';
import { alignStage } from '../../src/core/compare/index.ts';
import { claimReviewJsonLd, defaultPublishing } from '../../src/core/formats/index.ts';
import { carriersFrom } from '../../src/features/share/carriers.ts';
import { claimOn, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

// A rewrite of the harbour article by another outlet: the evacuation sentence reworded, the rest new.
const REWRITE = [
  'Blaze at harbour warehouse',
  'Fire crews fought a blaze at a warehouse by the harbour late on Tuesday.',
  'Forty people were evacuated from nearby flats before midnight, the fire service said.',
  'Residents were allowed back on Wednesday morning after checks on the building.',
].join('\n\n');

function reviewWithRewrite() {
  const review = sampleReview();
  review.articles.push({
    id: 'a3',
    text: REWRITE,
    title: 'Blaze at harbour warehouse',
    outlet: 'Quay Times',
    date: '2024-05-01',
    url: 'https://quay.example.net/blaze',
    addedAt: 0,
  });
  const comparison = alignStage(
    review.articles.map((a) => ({ id: a.id, text: a.text })),
    undefined,
  ).comparison;
  return { review, comparison };
}

describe('carriersFrom', () => {
  it('finds the article that states the claim in other words', () => {
    const { review, comparison } = reviewWithRewrite();
    const fire = claimOn(
      'a1',
      HARBOUR,
      'The fire service said 40 people were evacuated from nearby flats before midnight.',
      { status: 'verified' },
    );
    const carriers = carriersFrom(comparison);
    expect(carriers(fire)).toEqual(['a3']);
    // A sentence the rewrite does not carry has no carrier.
    const officials = claimOn(
      'a1',
      HARBOUR,
      'Officials said the cause of the fire was not yet known',
      {
        status: 'unsourced',
      },
    );
    expect(carriers(officials)).toEqual([]);
    // The headline only shares the topic with the rewrite's sentences (pairs scored about 0.3).
    const headline = claimOn('a1', HARBOUR, 'Harbour warehouse fire forces evacuations', {
      status: 'verified',
    });
    expect(carriers(headline)).toEqual([]);
    // Without an alignment, nothing is added.
    expect(carriersFrom(null)(fire)).toEqual([]);

    const settings = {
      ...defaultPublishing(),
      publisher: 'Desk',
      pageUrl: 'https://x.example.org/',
    };
    const [first] = claimReviewJsonLd(review, settings, { carriers }) as {
      itemReviewed: { appearance: { url?: string }[] };
    }[];
    expect(first!.itemReviewed.appearance.map((a) => a.url)).toEqual([
      'https://news.example.com/harbour-fire',
      'https://quay.example.net/blaze',
    ]);
  });
});
