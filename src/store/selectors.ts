import { claimProgress, type ClaimCounts } from '../core/claims/index.ts';
import type { StoreState } from './state.ts';
import type { Claim, Review } from './types.ts';

export { counterparts, type Counterpart, type ClaimCounts } from '../core/claims/index.ts';

/** The open review (always present in a valid state). */
export function selectActiveReview(s: StoreState): Review | undefined {
  return s.reviews[s.activeReviewId];
}

/** Claims of one article that carry a status, a note or evidence (cleared ones are hidden); wrap with useShallow. */
export function claimsOfArticle(review: Review | undefined, articleId: string): Claim[] {
  return Object.values(review?.claims ?? {}).filter(
    (c) =>
      c.articleId === articleId && (c.status !== null || c.note !== '' || c.evidence.length > 0),
  );
}

/**
 * Claims that lost their text and still carry work: edited away, their article removed, or (in an
 * imported review) on an article the review does not contain.
 */
export function orphanedClaims(review: Review | undefined): Claim[] {
  const articles = new Set(review?.articles.map((a) => a.id));
  return Object.values(review?.claims ?? {}).filter(
    (c) =>
      (c.anchorState === 'orphaned' || !articles.has(c.articleId)) &&
      (c.status !== null || c.note !== '' || c.evidence.length > 0),
  );
}

/** Per article id, counts of marked claims by status; memoise on review.claims. */
export function reviewProgress(review: Review | undefined): Record<string, ClaimCounts> {
  return claimProgress(Object.values(review?.claims ?? {}));
}
