import type { ArticleData, ClaimData, ReviewData } from '../core/formats/types.ts';

export type { AnchorState, ClaimStatus, TextAnchor } from '../core/claims/index.ts';
export type { FindingTriage, TriageStatus } from '../core/formats/types.ts';

/** A claim the reviewer has marked or annotated. */
export type Claim = ClaimData;

/** An article loaded into a review, with its editable metadata. */
export type ArticleRecord = ArticleData;

/** One named piece of work: its articles, claims and view. */
export type Review = ReviewData;

/** How the compare view shows a review's articles. */
export type ViewSettings = ReviewData['view'];

/** Display options of the diff, shared by all reviews. */
export interface DiffSettings {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  onlyChanged: boolean;
  onlyUnique: boolean;
  hideBoilerplate: boolean;
}

/** Everything saved to localStorage. */
export interface SavedState {
  reviews: Record<string, Review>;
  reviewOrder: string[];
  activeReviewId: string;
  /** Tombstones: review id to when it was deleted, so another tab does not bring it back. */
  deletedReviews: Record<string, number>;
  diff: DiffSettings;
}
