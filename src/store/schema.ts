import * as v from 'valibot';
import type { SavedState } from './types.ts';

const MAX_TEXT = 5 * 1024 * 1024;
const str = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.finite());

const anchorSchema = v.object({
  quote: str(MAX_TEXT),
  prefix: str(),
  suffix: str(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const claimSchema = v.object({
  id: str(500),
  articleId: str(500),
  anchor: anchorSchema,
  anchorState: v.picklist(['exact', 'moved', 'fuzzy', 'orphaned']),
  status: v.nullable(v.picklist(['verified', 'disputed', 'unsourced'])),
  note: str(),
  evidence: v.array(str(2_000)),
  origin: v.picklist(['sentence', 'selection']),
  createdAt: time,
  updatedAt: time,
});

/** An article as saved: plain text plus editable metadata. */
export const articleSchema = v.object({
  id: v.pipe(str(500), v.minLength(1)),
  text: str(MAX_TEXT),
  title: str(1_000),
  outlet: str(500),
  date: v.nullable(str(40)),
  url: str(2_000),
  addedAt: time,
});

/** One review as saved. */
export const reviewSchema = v.object({
  id: v.pipe(str(200), v.minLength(1)),
  name: str(500),
  createdAt: time,
  updatedAt: time,
  articles: v.array(articleSchema),
  claims: v.record(v.string(), claimSchema),
  removedArticles: v.record(v.string(), time),
  view: v.object({
    base: v.nullable(str(500)),
    order: v.array(str(500)),
    hidden: v.array(str(500)),
    collapsed: v.array(str(500)),
  }),
});

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
