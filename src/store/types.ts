/** The reviewer's verdict on a claim; null means cleared. */
export type ClaimStatus = 'verified' | 'disputed' | 'unsourced';

/** Where a claim's quote was last found in its article's text. */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/** A quote with the text around it and a position hint: survives edits to the article. */
export interface TextAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets into the article text where the quote stood when last anchored. */
  start: number;
  end: number;
}

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
  claims: Record<string, Claim>;
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
  diff: DiffSettings;
}
