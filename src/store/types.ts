import type { AnchorState, ClaimStatus, TextAnchor } from '../core/claims/index.ts';

export type { AnchorState, ClaimStatus, TextAnchor } from '../core/claims/index.ts';

/** A claim the reviewer has marked or annotated. */
export interface Claim {
  id: string;
  articleId: string;
  anchor: TextAnchor;
  anchorState: AnchorState;
  status: ClaimStatus | null;
  note: string;
  evidence: string[];
  /** 'sentence' for a sentence of the article, 'selection' for a span the reviewer chose. */
  origin: 'sentence' | 'selection';
  createdAt: number;
  updatedAt: number;
}

/** An article loaded into a review, with its editable metadata. */
export interface ArticleRecord {
  id: string;
  text: string;
  title: string;
  outlet: string;
  date: string | null;
  url: string;
  /** When this text was set (added or replaced): the newer text wins when two tabs merge. */
  addedAt: number;
}

/** How the compare view shows a review's articles. */
export interface ViewSettings {
  base: string | null;
  /** Column order by article id; articles missing from it follow in load order. */
  order: string[];
  hidden: string[];
  collapsed: string[];
}

/** One named piece of work: its articles, claims and view. */
export interface Review {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  articles: ArticleRecord[];
  /** Claims by id. A cleared claim stays (status null) so clearing reaches other tabs. */
  claims: Record<string, Claim>;
  /** Tombstones: article id to when it was removed, so another tab does not bring it back. */
  removedArticles: Record<string, number>;
  view: ViewSettings;
}

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
