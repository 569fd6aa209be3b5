import { describe, expect, it } from 'vitest';
import {
  CLAIM_REVIEWED_MAX,
  checkPublishing,
  claimReviewJsonLd,
  claimReviewMarkupPage,
  defaultPublishing,
  STATUS_LABELS,
  type PublishSettings,
  type ReviewData,
} from '../../src/core/formats/index.ts';
import { suggestClaimantType } from '../../src/core/formats/claimant.ts';
import { claimOn, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

type Json = Record<string, unknown>;
const PAGE = 'https://checks.example.org/harbour-fire';
const SETTINGS: PublishSettings = {
  ...defaultPublishing(),
  publisher: 'Example Fact Check',
  pageUrl: PAGE,
};
const jsonLd = (review: ReviewData, settings = SETTINGS) =>
  claimReviewJsonLd(review, settings) as Json[];

const FIRE = 'The fire service said 40 people were evacuated from nearby flats before midnight.';

/** The sample review plus a wire copy that carries the fire-service sentence, dated the day before. */
function withWireCopy(date: string | null): ReviewData {
  const review = sampleReview();
  review.articles.push({
    id: 'a3',
    text: `Warehouse blaze on the quay\n\n${FIRE}`,
    title: 'Warehouse blaze on the quay',
    outlet: 'Wire Service',
    date,
    url: 'https://wire.example.net/quay-blaze',
    addedAt: 0,
  });
  return review;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isDate = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * Every rule the Share view promises of a ClaimReview, as Google's fact-check documentation and
 * schema.org state them. Returns the broken ones; `sentences` are the checked wordings.
 */
function problems(cr: Json, sentences: readonly string[]): string[] {
  const out: string[] = [];
  const need = (ok: boolean, rule: string) => (ok ? undefined : out.push(rule));
  need(cr['@context'] === 'https://schema.org' && cr['@type'] === 'ClaimReview', 'type');
  const url = String(cr.url);
  need(url.startsWith(`${PAGE}#`) && url.length > PAGE.length + 1, 'url: the page with an anchor');
  const reviewed = cr.claimReviewed;
  need(typeof reviewed === 'string' && reviewed.trim() !== '', 'claimReviewed present');
  const text = String(reviewed);
  need([...text].length < CLAIM_REVIEWED_MAX, 'claimReviewed under 75 characters');
  if (text.endsWith('…')) {
    // Shortened: whole words of one of the sentences, from its start.
    const kept = words(text.slice(0, -1));
    need(
      sentences.some((s) => {
        const all = words(s);
        return kept.every((w, i) => w === all[i]);
      }),
      'claimReviewed cut at a word boundary',
    );
  }
  need(isDate(cr.datePublished), 'datePublished');
  need(
    JSON.stringify(cr.author) ===
      JSON.stringify({ '@type': 'Organization', name: SETTINGS.publisher }),
    'author is the publishing organization',
  );
  const rating = cr.reviewRating as Json;
  const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating];
  need(rating['@type'] === 'Rating', 'Rating type');
  need(typeof rating.alternateName === 'string' && rating.alternateName !== '', 'alternateName');
  need(
    [value, best, worst].every(Number.isInteger) &&
      (worst as number) <= (value as number) &&
      (value as number) <= (best as number) &&
      (worst as number) < (best as number),
    'ratingValue between worstRating and bestRating',
  );
  const item = cr.itemReviewed as Json;
  need(item['@type'] === 'Claim', 'itemReviewed is a Claim');
  if (item.author !== undefined) {
    const author = item.author as Json;
    need(['Person', 'Organization'].includes(String(author['@type'])), 'claim author type');
    need(typeof author.name === 'string' && author.name !== '', 'claim author name');
  }
  if (item.datePublished !== undefined) need(isDate(item.datePublished), 'claim date');
  const appearances = item.appearance as Json[];
  need(Array.isArray(appearances) && appearances.length > 0, 'appearance lists the articles');
  for (const a of appearances) need(a['@type'] === 'CreativeWork', 'appearance is a CreativeWork');
  if (item.firstAppearance !== undefined)
    need(
      appearances.some((a) => JSON.stringify(a) === JSON.stringify(item.firstAppearance)),
      'firstAppearance is one of the appearances',
    );
  return out;
}

describe('claimReviewJsonLd', () => {
  it('follows every field rule for each claim with a verdict', () => {
    for (const review of [sampleReview(), withWireCopy('2024-04-30'), withWireCopy(null)]) {
      const sentences = Object.values(review.claims).map((c) => c.anchor.quote);
      const out = jsonLd(review);
      expect(out).toHaveLength(3);
      for (const cr of out) expect(problems(cr, sentences)).toEqual([]);
      // Each review has its own anchor on the page.
      expect(new Set(out.map((cr) => cr.url)).size).toBe(out.length);
    }
  });

  it('catches a broken export: the checker is not a rubber stamp', () => {
    const [good] = jsonLd(sampleReview());
    const broken = {
      ...good,
      url: PAGE,
      claimReviewed: 'The fire service said 40 people were evac…',
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Verified',
        ratingValue: 7,
        bestRating: 3,
        worstRating: 1,
      },
    };
    expect(problems(broken, [FIRE])).toEqual([
      'url: the page with an anchor',
      'claimReviewed cut at a word boundary',
      'ratingValue between worstRating and bestRating',
    ]);
  });

  it('labels the verdicts with the status names the other exports use until the newsroom renames them', () => {
    expect(jsonLd(sampleReview()).map((cr) => (cr.reviewRating as Json).alternateName)).toEqual(
      Object.values(sampleReview().claims)
        .filter((c) => c.status !== null)
        .map((c) => STATUS_LABELS[c.status!]),
    );
  });

  it('rates on the newsroom scale: a label and a number between worst and best', () => {
    const scale: PublishSettings = {
      ...SETTINGS,
      worst: 0,
      best: 10,
      ratings: {
        verified: { label: 'Accurate', value: 10 },
        unsourced: { label: 'No evidence', value: 5 },
        disputed: { label: 'Misleading', value: 0 },
      },
    };
    expect(jsonLd(sampleReview(), scale).map((cr) => cr.reviewRating)).toEqual([
      expect.objectContaining({
        alternateName: 'Accurate',
        ratingValue: 10,
        bestRating: 10,
        worstRating: 0,
      }),
      expect.objectContaining({ alternateName: 'No evidence', ratingValue: 5 }),
      expect.objectContaining({ alternateName: 'Misleading', ratingValue: 0 }),
    ]);
  });

  it("shortens the sentence at a word boundary by default, and uses the reviewer's summary once written", () => {
    const review = sampleReview();
    expect(jsonLd(review)[0]!.claimReviewed).toBe(
      'The fire service said 40 people were evacuated from nearby flats before…',
    );
    const fire = Object.values(review.claims).find((c) => c.anchor.quote === FIRE)!;
    fire.summary = '40 people evacuated before midnight';
    expect(jsonLd(review)[0]!.claimReviewed).toBe('40 people evacuated before midnight');
    // A sentence under the limit is kept whole.
    const short = claimOn(
      'a1',
      HARBOUR,
      'Firefighters battled a blaze at the harbour warehouse on Tuesday night.',
      {
        status: 'verified',
      },
    );
    review.claims = { [short.id]: short };
    expect(jsonLd(review)[0]!.claimReviewed).toBe(short.anchor.quote);
  });

  it('names the claimant the reviewer entered, or the one the attribution suggests', () => {
    const review = sampleReview();
    const item = (i: number) => jsonLd(review)[i]!.itemReviewed as Json;
    // A body, by its head word ("service"), is suggested as an organization.
    expect(item(0).author).toEqual({ '@type': 'Organization', name: 'Fire service' });
    // "Officials said": nobody named, so no author is guessed.
    expect(item(1).author).toBeUndefined();
    const fire = Object.values(review.claims).find((c) => c.anchor.quote === FIRE)!;
    Object.assign(fire, { claimant: 'Chief Officer Dana Reyes', claimantType: 'Person' });
    expect(item(0).author).toEqual({ '@type': 'Person', name: 'Chief Officer Dana Reyes' });
  });

  it('suggests a person or an organization from the claimant name', () => {
    expect(suggestClaimantType('Mayor Jane Hollis')).toBe('Person');
    expect(suggestClaimantType("Tajikistan's border guard")).toBe('Organization');
    expect(suggestClaimantType('the Ministry of Health')).toBe('Organization');
    expect(suggestClaimantType('Critics')).toBe('Person');
  });

  it('suggests the claimant of a selected phrase from the sentence around it', () => {
    const review = sampleReview();
    const phrase = claimOn('a1', HARBOUR, '40 people were evacuated', {
      status: 'verified',
      origin: 'selection',
    });
    review.claims = { [phrase.id]: phrase };
    expect((jsonLd(review)[0]!.itemReviewed as Json).author).toEqual({
      '@type': 'Organization',
      name: 'Fire service',
    });
  });

  it('lists every article that carries the claim as an appearance, the earliest first when all are dated', () => {
    const item = jsonLd(withWireCopy('2024-04-30'))[0]!.itemReviewed as Json;
    const urls = (item.appearance as Json[]).map((a) => a.url);
    expect(urls).toEqual([
      'https://wire.example.net/quay-blaze',
      'https://news.example.com/harbour-fire',
    ]);
    expect((item.firstAppearance as Json).url).toBe('https://wire.example.net/quay-blaze');
    expect(item.datePublished).toBe('2024-04-30');
  });

  it('leaves firstAppearance out when an article that carries the claim is undated', () => {
    const item = jsonLd(withWireCopy(null))[0]!.itemReviewed as Json;
    expect(item.appearance).toHaveLength(2);
    expect(item.firstAppearance).toBeUndefined();
    // Two articles on the same day: which came first is not known either.
    const same = jsonLd(withWireCopy('2024-05-01'))[0]!.itemReviewed as Json;
    expect(same.firstAppearance).toBeUndefined();
  });

  it('publishes the same wording marked with the same verdict in two articles once', () => {
    const review = withWireCopy('2024-04-30');
    const copy = claimOn('a3', review.articles[2]!.text, FIRE, { status: 'verified' });
    review.claims[copy.id] = copy;
    const out = jsonLd(review);
    expect(
      out.filter((cr) => String(cr.claimReviewed).startsWith('The fire service')),
    ).toHaveLength(1);
  });

  it('refuses settings that cannot make valid fact checks, saying what to fix', () => {
    expect(checkPublishing(SETTINGS)).toEqual([]);
    for (const pageUrl of [
      'javascript:alert(1)',
      'checks.example.org/x',
      '',
      'ftp://example.org/x',
    ])
      expect(() => claimReviewJsonLd(sampleReview(), { ...SETTINGS, pageUrl })).toThrow(
        /page URL must be an absolute http/,
      );
    expect(() => claimReviewJsonLd(sampleReview(), { ...SETTINGS, publisher: ' ' })).toThrow(
      /organization needs a name/,
    );
    const bad = {
      ...SETTINGS,
      worst: 3,
      best: 1,
      ratings: { ...SETTINGS.ratings, verified: { label: 'Disputed', value: 1 } },
    };
    expect(checkPublishing(bad)).toEqual([
      'The worst rating must be a whole number below the best.',
      'The rating for verified must be a whole number from 3 to 1.',
      'The rating for disputed must be a whole number from 3 to 1.',
      'The rating for unsourced must be a whole number from 3 to 1.',
      'Each status needs its own label and its own value.',
    ]);
  });
});

describe('claimReviewMarkupPage (Fact Check Tools API)', () => {
  it('says the same as the JSON-LD in the ClaimReviewMarkupPage shape', () => {
    const review = withWireCopy('2024-04-30');
    const page = claimReviewMarkupPage(review, SETTINGS) as Json;
    const ld = jsonLd(review);
    expect(page.pageUrl).toBe(PAGE);
    expect(page.claimReviewAuthor).toEqual({ name: 'Example Fact Check' });
    expect(isDate(page.publishDate)).toBe(true);
    const markups = page.claimReviewMarkups as Json[];
    expect(markups).toHaveLength(ld.length);
    markups.forEach((m, i) => {
      const cr = ld[i]!;
      const rating = cr.reviewRating as Json;
      expect(m.url).toBe(cr.url);
      expect(m.claimReviewed).toBe(cr.claimReviewed);
      expect(m.rating).toMatchObject({
        textualRating: rating.alternateName,
        ratingValue: rating.ratingValue,
        bestRating: rating.bestRating,
        worstRating: rating.worstRating,
      });
    });
    expect(markups[0]).toMatchObject({
      claimAuthor: { name: 'Fire service' },
      claimDate: '2024-04-30',
      claimFirstAppearance: 'https://wire.example.net/quay-blaze',
      claimAppearances: ['https://news.example.com/harbour-fire'],
    });
    // The council article has no web address: the API links appearances by URL only.
    expect(markups[2]).not.toHaveProperty('claimAppearances');
  });
});
