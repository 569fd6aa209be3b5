/** A review as a self-describing JSON file, and the checks that read one back. */
import * as v from 'valibot';
import { checkEnvelope, checkSchema, readJson } from './read.ts';
import { reviewSchema } from './review-schema.ts';
import { withoutOwnVerdicts, type Parsed, type ReviewData } from './types.ts';

/** The format name written into every review file. */
export const REVIEW_FORMAT = 'crosscheck-review';
/** The newest review file version this code writes and reads. */
export const REVIEW_VERSION = 1;

const NOUN = 'review file';
const envelopeSchema = v.object({ review: reviewSchema });

/**
 * The review wrapped in a versioned envelope, as indented JSON; `now` is epoch milliseconds. A
 * shared review's file carries the claims' statuses (the team's), not this reviewer's own verdicts.
 */
export function exportReviewJson(review: ReviewData, now: number): string {
  const envelope = {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    exportedAt: new Date(now).toISOString(),
    review: withoutOwnVerdicts(review),
  };
  return JSON.stringify(envelope, null, 2);
}

/** Reads a review file; on failure the error says what is wrong and where. Never throws. */
export function parseReviewJson(text: string): Parsed<'review', ReviewData> {
  const json = readJson(text, NOUN);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, REVIEW_FORMAT, REVIEW_VERSION, NOUN);
  if (!envelope.ok) return envelope;
  const checked = checkSchema(envelopeSchema, envelope.value, NOUN);
  if (!checked.ok) return checked;
  const review: ReviewData = withoutOwnVerdicts(checked.value.review);
  for (const [key, claim] of Object.entries(review.claims)) {
    if (claim.id !== key)
      return {
        ok: false,
        error: `The ${NOUN} is damaged: the claim filed under "${key}" says its id is "${claim.id}".`,
      };
  }
  return { ok: true, review };
}
