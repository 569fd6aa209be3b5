import * as v from 'valibot';
import { reviewSchema, time } from '../core/formats/review-schema.ts';
import type { SavedState } from './types.ts';

// One schema for a review, shared with the review files that are exported and imported.
export { articleSchema, reviewSchema } from '../core/formats/review-schema.ts';

/** The whole saved state, as the current version writes it. */
export const savedStateSchema = v.object({
  reviews: v.record(v.string(), reviewSchema),
  reviewOrder: v.array(v.string()),
  activeReviewId: v.string(),
  deletedReviews: v.record(v.string(), time),
  diff: v.object({
    ignoreCase: v.boolean(),
    ignorePunctuation: v.boolean(),
    onlyChanged: v.boolean(),
    onlyUnique: v.boolean(),
    hideBoilerplate: v.boolean(),
  }),
});

/** Checks that data has the saved shape and that its references hold together. */
export function validateSavedState(data: unknown): SavedState | null {
  const result = v.safeParse(savedStateSchema, data);
  if (!result.success) return null;
  const s: SavedState = result.output;
  const ids = Object.keys(s.reviews);
  if (ids.length === 0 || !s.reviews[s.activeReviewId]) return null;
  if (s.reviewOrder.length !== ids.length || !s.reviewOrder.every((id) => s.reviews[id]))
    return null;
  return s;
}
