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

/** Result of looking for an anchor's quote in a (possibly edited) text. */
export interface Reanchored {
  state: AnchorState;
  /** UTF-16 offsets of the match; the old anchor's offsets when orphaned. */
  start: number;
  end: number;
  /** Weighted score in [0, 1] of the chosen match (0 when nothing qualified). */
  score: number;
}
