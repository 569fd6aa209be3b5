import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  annotationCollection,
  claimReviewJsonLd,
  claimsCsv,
  defaultPublishing,
  markdownReport,
  type ReviewData,
} from '../../src/core/formats/index.ts';
import { sentenceFinder } from '../../src/core/formats/claim-sentence.ts';
import { claimOn, COUNCIL, HARBOUR, sampleReview } from '../fixtures/formats/review.ts';

const OFFICIALS =
  'Officials said the cause of the fire was not yet known and an inquiry would follow.';
const PHRASE = 'the cause of the fire was not yet known';
const FIRE = 'The fire service said 40 people were evacuated from nearby flats before midnight.';

/** The sample review with one claim: the phrase, selected and disputed. */
function phraseReview(): ReviewData {
  const review = sampleReview();
  const c = claimOn('a1', HARBOUR, PHRASE, { status: 'disputed', origin: 'selection' });
  review.claims = { [c.id]: c };
  return review;
}

describe('the sentence a claim sits in', () => {
  const { articles } = sampleReview();
  const find = sentenceFinder(articles);

  it('is the whole sentence around a selected phrase', () => {
    expect(find(claimOn('a1', HARBOUR, PHRASE, { origin: 'selection' }))).toBe(OFFICIALS);
  });

  it('runs from the sentence a selection starts in to the one it ends in', () => {
    const across = claimOn('a2', COUNCIL, 'the mayor said.\n\nCritics said the cost', {
      origin: 'selection',
    });
    expect(find(across)).toBe(
      COUNCIL.slice(COUNCIL.indexOf('The council voted'), COUNCIL.indexOf(', a figure')) +
        ', a figure the council denies.',
    );
  });

  it('adds nothing to a claim that is a whole sentence, or whose quote is lost', () => {
    expect(find(claimOn('a1', HARBOUR, OFFICIALS))).toBeNull();
    const lost = { ...claimOn('a1', HARBOUR, PHRASE), anchorState: 'orphaned' as const };
    expect(find(lost)).toBeNull();
    expect(find({ ...claimOn('a1', HARBOUR, PHRASE), articleId: 'gone' })).toBeNull();
  });
});

describe('exports of a claim made from a selection', () => {
  it('the claims CSV gives its sentence beside the quote, and none for a whole sentence', () => {
    const [header, ...rows] = Papa.parse<string[]>(claimsCsv(sampleReview()), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual([...CLAIM_COLUMNS]);
    const at = CLAIM_COLUMNS.indexOf('Sentence');
    const quote = CLAIM_COLUMNS.indexOf('Quote');
    const selected = rows.find(
      (r) => r[quote] === 'Officials said the cause of the fire was not yet known',
    )!;
    expect(selected[at]).toBe(OFFICIALS);
    const whole = rows.find((r) => r[quote] === FIRE)!;
    expect(whole[at]).toBe('');
  });

  it('the Markdown report quotes the phrase, then its sentence', () => {
    const report = markdownReport(phraseReview());
    expect(report).toContain(`> ${PHRASE}\n\n**In the sentence:** ${OFFICIALS}`);
    const blocks = markdownReport(sampleReview()).split('\n### ');
    const whole = blocks.find((b) => b.includes(FIRE))!;
    expect(whole).not.toContain('In the sentence');
  });

  it('the Web Annotation describes the sentence beside the quote it targets', () => {
    const [annotation] = annotationCollection(phraseReview()).first.items;
    expect(annotation!.target.selector[0].exact).toBe(PHRASE);
    expect(annotation!.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: `In the sentence: ${OFFICIALS}`,
      format: 'text/plain',
    });
  });

  it('the ClaimReview gives the sentence as the reviewed Claim’s text', () => {
    const settings = {
      ...defaultPublishing(),
      publisher: 'Example Fact Check',
      pageUrl: 'https://checks.example.org/harbour-fire',
    };
    const [review] = claimReviewJsonLd(phraseReview(), settings) as {
      claimReviewed: string;
      itemReviewed: { text?: string };
    }[];
    expect(review!.claimReviewed).toBe(PHRASE);
    expect(review!.itemReviewed.text).toBe(OFFICIALS);
  });
});
