import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportReviewJson, parseReviewJson, REVIEW_FORMAT } from '../../src/core/formats/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';

const NOW = Date.UTC(2024, 5, 1, 12, 0);

const envelope = (review: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: REVIEW_FORMAT, version: 1, exportedAt: '2024-06-01', review, ...extra });

const errorOf = (text: string) => {
  const r = parseReviewJson(text);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('exportReviewJson', () => {
  it('wraps the review in a versioned envelope with the export time', () => {
    const data = JSON.parse(exportReviewJson(sampleReview(), NOW));
    expect(data.format).toBe('crosscheck-review');
    expect(data.version).toBe(1);
    expect(data.exportedAt).toBe('2024-06-01T12:00:00.000Z');
    expect(data.review.id).toBe('review-1');
  });

  it('reads back to a deep-equal review', () => {
    const review = sampleReview();
    const back = parseReviewJson(exportReviewJson(review, NOW));
    expect(back).toEqual({ ok: true, review });
  });

  it('leaves out this reviewer’s own verdicts on a shared review, keeping the claims’ statuses', () => {
    const review = sampleReview();
    const [first, second] = Object.values(review.claims);
    review.claims[first!.id] = { ...first!, status: 'disputed', mine: null };
    review.claims[second!.id] = { ...second!, mine: 'unsourced' };
    const text = exportReviewJson(review, NOW);
    expect(text).not.toMatch(/"mine"/);
    const back = parseReviewJson(text);
    expect(back.ok && back.review.claims[first!.id]?.status).toBe('disputed');
    expect(back.ok && back.review.claims[second!.id]?.status).toBe(second!.status);
  });

  it('reads a file that carries own verdicts (written by hand) without them', () => {
    const review = sampleReview();
    const first = Object.values(review.claims)[0]!;
    const withMine = {
      ...review,
      claims: { ...review.claims, [first.id]: { ...first, mine: 'verified' } },
    };
    const back = parseReviewJson(envelope(withMine));
    expect(back).toEqual({ ok: true, review });
    expect(
      errorOf(envelope({ ...withMine, claims: { [first.id]: { ...first, mine: 'yes' } } })),
    ).toMatch(/mine/);
  });

  it('round-trips any Unicode in names and notes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (name, note) => {
        const review = sampleReview();
        review.name = name;
        for (const c of Object.values(review.claims)) c.note = note;
        expect(parseReviewJson(exportReviewJson(review, NOW))).toEqual({ ok: true, review });
      }),
      { numRuns: 25 },
    );
  });
});

describe('parseReviewJson', () => {
  it('says when the text is not JSON', () => {
    expect(errorOf('{"format": "crosscheck-review",')).toMatch(/not valid JSON/);
    expect(errorOf('')).toMatch(/empty/);
  });

  it('says when the file is another kind of JSON', () => {
    expect(errorOf('[1, 2, 3]')).toMatch(/does not hold a Crosscheck object/);
    expect(errorOf('{"format": "crosscheck-exercise", "version": 1}')).toMatch(
      /not a Crosscheck review file.*"crosscheck-review".*"crosscheck-exercise"/,
    );
    expect(errorOf('{"name": "x"}')).toMatch(/not a Crosscheck review file/);
  });

  it('asks for a newer Crosscheck when the version is ahead', () => {
    expect(errorOf(envelope(sampleReview(), { version: 2 }))).toMatch(
      /version 2.*newer Crosscheck.*up to version 1/,
    );
    expect(errorOf(envelope(sampleReview(), { version: '1' }))).toMatch(/no valid version/);
  });

  it('names the path of a missing field', () => {
    const review: Record<string, unknown> = { ...sampleReview() };
    delete review.name;
    expect(errorOf(envelope(review))).toMatch(/at review\.name: missing/);
  });

  it('names the path of a field of the wrong type, inside arrays and records', () => {
    const review = sampleReview() as unknown as {
      articles: Record<string, unknown>[];
      claims: Record<string, Record<string, unknown>>;
    };
    review.articles[1]!.title = 42;
    expect(errorOf(envelope(review))).toMatch(
      /at review\.articles\[1\]\.title: expected text, found 42/,
    );
    const id = Object.keys(review.claims)[0]!;
    review.articles[1]!.title = 'ok';
    review.claims[id]!.status = 'true';
    expect(errorOf(envelope(review))).toContain(`at review.claims["${id}"].status`);
  });

  it('rejects a claim filed under a key other than its id', () => {
    const review = sampleReview();
    const [first] = Object.values(review.claims);
    review.claims = { other: first! };
    expect(errorOf(envelope(review))).toMatch(/filed under "other"/);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const huge = envelope({ ...sampleReview(), name: 'x'.repeat(21 * 1024 * 1024) });
    expect(errorOf(huge)).toMatch(/too large \(over 20 MB\)/);
  });

  it('reports an over-long field without echoing it', () => {
    const error = errorOf(envelope({ ...sampleReview(), name: 'y'.repeat(100_000) }));
    expect(error).toMatch(/at review\.name: too long \(at most 500 characters\)/);
    expect(error.length).toBeLessThan(400);
  });
});
