/**
 * The plain shapes of a review's data: the formats read and write them, and the store saves them
 * (store/types.ts names them Review, Claim and ArticleRecord). core/ imports nothing from store/.
 */
import type { AnchorState, ClaimStatus, TextAnchor, Verdict } from '../claims/index.ts';

export type { AnchorState, ClaimStatus, TextAnchor } from '../claims/index.ts';

/** Every claim status, in the order reports list them. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['verified', 'disputed', 'unsourced'];

/** A claim as a review holds it. */
export interface ClaimData {
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
  /**
   * Set when the text under a verdict changed (a fuzzy re-anchor): the quote as it read when it
   * was checked, while anchor.quote is the new wording. Gone once the reviewer confirms the
   * verdict or changes it.
   */
  checkedQuote?: string;
  /** The writer (tab, later reviewer, id) who gave the current verdict, and when. */
  by?: string;
  verdictAt?: number;
  /** Verdict changes counted per writer, so merging tabs can tell a later verdict from a rival one. */
  clock?: Record<string, number>;
  /** Verdicts that disagree, given in different tabs without seeing each other; kept until resolved. */
  conflict?: Verdict<ClaimStatus | null>[];
  /**
   * In a shared review, this reviewer's own verdict (null: none given), while status is the team's.
   * Absent when the review is not shared. Kept in the browser only, never exported.
   */
  mine?: ClaimStatus | null;
  /** For publishing (ClaimReview): the reviewer's short summary of the claim, and who made it. */
  summary?: string;
  claimant?: string;
  claimantType?: 'Person' | 'Organization';
}

/** What exports say of a claim whose text changed after its verdict was given. */
export const TEXT_CHANGED = 'text changed since it was checked';

/** True when a claim's verdict was given on wording that has since changed, and not yet confirmed. */
export const textChanged = (c: ClaimData): c is ClaimData & { checkedQuote: string } =>
  c.checkedQuote !== undefined && c.status !== null;

/** The verdict this reviewer gave: their own on a shared claim, the claim's status otherwise. */
export const ownStatus = (c: ClaimData): ClaimStatus | null =>
  c.mine !== undefined ? c.mine : c.status;

/**
 * The review without this reviewer's own verdicts on its shared claims (mine), for a file or a
 * copy that is not shared: the claims keep their statuses. The review itself when it has none.
 */
export function withoutOwnVerdicts<R extends { claims: Record<string, ClaimData> }>(review: R): R {
  if (!Object.values(review.claims).some((c) => c.mine !== undefined)) return review;
  const claims: Record<string, ClaimData> = {};
  for (const [id, { mine: _mine, ...claim }] of Object.entries(review.claims)) claims[id] = claim;
  return { ...review, claims };
}

/** An article as a review holds it. */
export interface ArticleData {
  id: string;
  text: string;
  title: string;
  outlet: string;
  date: string | null;
  url: string;
  /** When this text was set (added or replaced): the newer text wins when two tabs merge. */
  addedAt: number;
}

/** One review: articles, claims by id, article tombstones and view settings. */
export interface ReviewData {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  articles: ArticleData[];
  /** Claims by id. A cleared claim stays (status null) so clearing reaches other tabs. */
  claims: Record<string, ClaimData>;
  /** Tombstones: article id to when it was removed, so another tab does not bring it back. */
  removedArticles: Record<string, number>;
  /** How the compare view shows the articles; `order` lists column ids, missing ones follow. */
  view: { base: string | null; order: string[]; hidden: string[]; collapsed: string[] };
  /** Where and by whom the verdicts are published as ClaimReview, and on what rating scale. */
  publishing?: PublishSettings;
  /** Decisions on the compare view's findings, by finding key (core/compare/triage.ts); optional, so older saves load. */
  triage?: Record<string, FindingTriage>;
}

/** Where the reviewer left a finding: open (undecided), confirmed or dismissed. */
export type TriageStatus = 'open' | 'confirmed' | 'dismissed';

/** The reviewer's decision on a finding, and when it was made (the later wins when tabs merge). */
export interface FindingTriage {
  status: TriageStatus;
  at: number;
}

/** A rating on the newsroom's scale: the words shown and the number behind them. */
export interface ScaleRating {
  label: string;
  value: number;
}

/** How a newsroom publishes verdicts: its name, the page, and its rating scale (one label per status). */
export interface PublishSettings {
  publisher: string;
  pageUrl: string;
  worst: number;
  best: number;
  ratings: Record<ClaimStatus, ScaleRating>;
}

/** The outcome of reading a file: the value, or a message a person can act on. */
export type Parsed<K extends string, T> =
  ({ ok: true } & { [P in K]: T }) | { ok: false; error: string };
