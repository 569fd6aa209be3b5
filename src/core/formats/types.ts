/**
 * The plain shapes the formats read and write. They mirror the store's Review, Claim and ArticleRecord
 * structurally (core/ imports nothing from store/), so a store review can be passed in as it is.
 */
import type { AnchorState, ClaimStatus, TextAnchor } from '../claims/index.ts';

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
  origin: 'sentence' | 'selection';
  createdAt: number;
  updatedAt: number;
}

/** An article as a review holds it. */
export interface ArticleData {
  id: string;
  text: string;
  title: string;
  outlet: string;
  date: string | null;
  url: string;
  addedAt: number;
}

/** One review: articles, claims by id, article tombstones and view settings. */
export interface ReviewData {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  articles: ArticleData[];
  claims: Record<string, ClaimData>;
  removedArticles: Record<string, number>;
  view: { base: string | null; order: string[]; hidden: string[]; collapsed: string[] };
}

/** The outcome of reading a file: the value, or a message a person can act on. */
export type Parsed<K extends string, T> =
  ({ ok: true } & { [P in K]: T }) | { ok: false; error: string };
