/**
 * Valibot schemas for a review, with the same limits as the store's saved state. The store can import
 * these instead of keeping its own copy (store -> core is the allowed direction).
 */
import * as v from 'valibot';

/** Longest article text or quote accepted, in characters. */
export const MAX_TEXT = 5 * 1024 * 1024;

/** A string of at most `max` characters. */
export const str = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
/** A non-empty string of at most `max` characters, for ids. */
export const id = (max = 500) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/** A finite number, for epoch milliseconds. */
export const time = v.pipe(v.number(), v.finite());
/** One of the three claim statuses. */
export const statusSchema = v.picklist(['verified', 'disputed', 'unsourced']);

/** A quote with the text around it and its last known offsets. */
export const anchorSchema = v.object({
  quote: str(MAX_TEXT),
  prefix: str(),
  suffix: str(),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A claim as saved. */
export const claimSchema = v.object({
  id: str(500),
  articleId: str(500),
  anchor: anchorSchema,
  anchorState: v.picklist(['exact', 'moved', 'fuzzy', 'orphaned']),
  status: v.nullable(statusSchema),
  note: str(),
  evidence: v.array(str(2_000)),
  origin: v.picklist(['sentence', 'selection']),
  createdAt: time,
  updatedAt: time,
  // Optional, so saves and files written before it existed still load.
  checkedQuote: v.exactOptional(str(MAX_TEXT)),
  by: v.exactOptional(str(200)),
  verdictAt: v.exactOptional(time),
  clock: v.exactOptional(
    v.pipe(v.record(str(200), v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxEntries(1_000)),
  ),
  conflict: v.exactOptional(
    v.pipe(
      v.array(v.object({ status: v.nullable(statusSchema), by: str(200), at: time })),
      v.maxLength(100),
    ),
  ),
  mine: v.exactOptional(v.nullable(statusSchema)),
  summary: v.exactOptional(str(1_000)),
  claimant: v.exactOptional(str(500)),
  claimantType: v.exactOptional(v.picklist(['Person', 'Organization'])),
});

const scaleRating = v.object({
  label: str(200),
  value: v.pipe(v.number(), v.integer(), v.minValue(-1_000), v.maxValue(1_000)),
});

/** Where and how the verdicts are published (ClaimReview). */
export const publishingSchema = v.object({
  publisher: str(500),
  pageUrl: str(2_000),
  worst: scaleRating.entries.value,
  best: scaleRating.entries.value,
  ratings: v.object({ verified: scaleRating, disputed: scaleRating, unsourced: scaleRating }),
});

/** An article as saved: plain text plus editable metadata. */
export const articleSchema = v.object({
  id: id(),
  text: str(MAX_TEXT),
  title: str(1_000),
  outlet: str(500),
  date: v.nullable(str(40)),
  url: str(2_000),
  addedAt: time,
});

/** Longest finding key and most finding decisions a review keeps (the store refuses more). */
export const MAX_TRIAGE_KEY = 20_000;
export const MAX_TRIAGE_ENTRIES = 100_000;

/** A decision on a finding of the compare view. */
export const triageSchema = v.object({
  status: v.picklist(['open', 'confirmed', 'dismissed']),
  at: time,
});

/** One review as saved. */
export const reviewSchema = v.object({
  id: id(200),
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
  publishing: v.exactOptional(publishingSchema),
  // Optional, so saves and files written before triage existed still load.
  triage: v.exactOptional(
    v.pipe(v.record(str(MAX_TRIAGE_KEY), triageSchema), v.maxEntries(MAX_TRIAGE_ENTRIES)),
  ),
});
