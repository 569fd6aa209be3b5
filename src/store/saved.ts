import { newId } from './ids.ts';
import { DEFAULT_DIFF } from './payload.ts';
import { seedReview } from './seed-review.ts';

/** Id of the review on the sample articles that a new user starts from. */
export const SAMPLE_REVIEW_ID = 'review-sample';
import type { StoreState } from './state.ts';
import type { Review, SavedState } from './types.ts';

/** localStorage key of the saved work (the payload carries its own version). */
export const STORAGE_KEY = 'crosscheck:v1';

/** An empty review, ready for articles. */
export function emptyReview(name: string, now: number): Review {
  return {
    id: newId('review'),
    name: name.trim() || 'Untitled review',
    createdAt: now,
    updatedAt: now,
    articles: [],
    claims: {},
    removedArticles: {},
    view: { base: null, order: [], hidden: [], collapsed: [] },
  };
}

/** The state a new user starts from: one review on the seed articles. */
export function initialSavedState(now = Date.now()): SavedState {
  // A fixed id: two tabs opened on a fresh browser start on the same sample review, so their
  // marks merge into one review instead of two look-alikes.
  const review = seedReview(SAMPLE_REVIEW_ID, now);
  return {
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
    deletedReviews: {},
    diff: DEFAULT_DIFF,
  };
}

/** Picks the part of the state that is saved: the reviewer's work and settings. */
export function savedPart(s: StoreState): SavedState {
  return {
    reviews: s.reviews,
    reviewOrder: s.reviewOrder,
    activeReviewId: s.activeReviewId,
    deletedReviews: s.deletedReviews,
    diff: s.diff,
  };
}

/** A time stamp later than prev, so consecutive changes within one millisecond still order. */
export function stamp(prev = 0): number {
  return Math.max(Date.now(), prev + 1);
}
