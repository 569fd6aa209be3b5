import { describe, expect, it } from 'vitest';
import {
  claimReviewJsonLd,
  type ClaimReviewOptions,
  type ReviewData,
} from '../../src/core/formats/index.ts';
import { claimOn, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

type Json = Record<string, unknown>;
const OPTIONS: ClaimReviewOptions = {
  pageUrl: 'https://checks.example.org/harbour-fire',
  author: { type: 'Organization', name: 'Example Fact Check' },
};
const reviews = (review: ReviewData, options = OPTIONS) =>
  claimReviewJsonLd(review, options) as Json[];

describe('claimReviewJsonLd', () => {
  it('writes one ClaimReview per claim with a verdict, with every required field', () => {
    const out = reviews(sampleReview());
    expect(out).toHaveLength(3);
    for (const cr of out) {
      expect(cr['@context']).toBe('https://schema.org');
      expect(cr['@type']).toBe('ClaimReview');
      expect(cr.url).toBe(OPTIONS.pageUrl);
      expect(typeof cr.claimReviewed).toBe('string');
      expect((cr.claimReviewed as string).length).toBeGreaterThan(0);
      expect((cr.claimReviewed as string).length).toBeLessThan(75);
      expect(cr.reviewRating).toMatchObject({
        '@type': 'Rating',
        alternateName: expect.any(String),
      });
      expect(cr.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check' });
      expect(cr.datePublished).toBe('2024-05-02');
      expect((cr.itemReviewed as Json)['@type']).toBe('Claim');
    }
  });

  it('names the verdicts Verified, Disputed and Unsupported, and lets the caller rename them', () => {
    expect(reviews(sampleReview()).map((cr) => (cr.reviewRating as Json).alternateName)).toEqual([
      'Verified',
      'Unsupported',
      'Disputed',
    ]);
    const renamed = reviews(sampleReview(), { ...OPTIONS, ratings: { disputed: 'Misleading' } });
    expect((renamed[2]!.reviewRating as Json).alternateName).toBe('Misleading');
  });

  it('explains the rating with the note and points at the article where the claim appeared', () => {
    const [first, , third] = reviews(sampleReview());
    expect((first!.reviewRating as Json).ratingExplanation).toBe(
      'Fire service statement, 3 May: "40 residents", confirmed by phone. Second line, with a comma.',
    );
    const item = first!.itemReviewed as Json;
    const appearance = {
      '@type': 'CreativeWork',
      url: 'https://news.example.com/harbour-fire',
      headline: 'Harbour warehouse fire forces evacuations',
      publisher: { '@type': 'Organization', name: 'Coast Gazette' },
      datePublished: '2024-05-01',
    };
    expect(item.appearance).toEqual([appearance]);
    expect(item.firstAppearance).toEqual(appearance);
    // No URL for the council article: the headline identifies it.
    expect((third!.itemReviewed as Json).firstAppearance).toEqual({
      '@type': 'CreativeWork',
      headline: 'Council backs new flood barrier',
      publisher: { '@type': 'Organization', name: 'City Herald' },
    });
  });

  it('trims a long quote at a word boundary to under 75 characters with an ellipsis', () => {
    const [first] = reviews(sampleReview());
    expect(first!.claimReviewed).toBe(
      'The fire service said 40 people were evacuated from nearby flats before…',
    );
    const review = sampleReview();
    const c = claimOn(
      'a1',
      HARBOUR,
      'Firefighters battled a blaze at the harbour warehouse on Tuesday night.',
      {
        status: 'verified',
      },
    );
    review.claims = { [c.id]: c };
    expect(reviews(review)[0]!.claimReviewed).toBe(c.anchor.quote);
  });

  it('cuts a quote with no spaces without splitting an emoji', () => {
    const review = sampleReview();
    const c = claimOn('a1', HARBOUR, 'Firefighters', { status: 'verified' });
    c.anchor.quote = '🔥'.repeat(60);
    review.claims = { [c.id]: c };
    const claimReviewed = reviews(review)[0]!.claimReviewed as string;
    expect(claimReviewed.length).toBeLessThan(75);
    expect(claimReviewed).toMatch(/^(🔥)+…$/u);
  });

  it('takes a person as author', () => {
    const out = reviews(sampleReview(), {
      ...OPTIONS,
      author: { type: 'Person', name: ' Ada  Lovelace ' },
    });
    expect(out[0]!.author).toEqual({ '@type': 'Person', name: 'Ada Lovelace' });
  });

  it('refuses a page URL that is not http or https, and an author without a name', () => {
    for (const pageUrl of [
      'javascript:alert(1)',
      'checks.example.org/x',
      '',
      'ftp://example.org/x',
    ])
      expect(() => claimReviewJsonLd(sampleReview(), { ...OPTIONS, pageUrl })).toThrow(
        /page URL must be an absolute http/,
      );
    expect(() =>
      claimReviewJsonLd(sampleReview(), { ...OPTIONS, author: { type: 'Person', name: '  ' } }),
    ).toThrow(/author needs a name/);
  });
});
