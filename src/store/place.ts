/**
 * The reviewer's place in each review: where the compare grid was scrolled, its focused row, the
 * open finding, the article and sentence chosen in the Claims view, and the open view. Not part of
 * the review (nothing to export or undo): a key of its own, read defensively (junk is dropped entry
 * by entry) and written through the guarded helpers, so full or blocked storage keeps it for the tab.
 */
import { useCallback, useSyncExternalStore } from 'react';
import * as v from 'valibot';
import type { FindingFilter } from '../core/compare/finding-filter.ts';
import { readKey, writeKey } from './safe-storage.ts';

/** Key of the places, beside the saved work. */
export const PLACE_KEY = 'crosscheck:place';
/** Places kept at most; the least recently used review's is dropped first. */
const MAX_REVIEWS = 50;

/** A grid row named by a paragraph it shows, which survives re-running the comparison. */
export interface RowAnchor {
  article: string;
  paragraph: number;
}

/** Where the reviewer was in one review. */
export interface Place {
  /** The row at the top of the grid, and how many pixels of it are scrolled past. */
  top?: RowAnchor & { offset: number };
  /** The grid's focused (active) row. */
  row?: RowAnchor;
  /** The key of the finding open in the discrepancy panel. */
  finding?: string;
  /** The discrepancy list's filter, which the comparison exports follow too. */
  findingFilter?: FindingFilter;
  /** The article chosen in the Claims view. */
  article?: string;
  /** The focused sentence there (offsets into its article's text) and how far it was scrolled. */
  sentence?: { article: string; start: number; end: number };
  claimsScroll?: {
    article: string;
    top: number;
    /** The sentence at the top (offsets into the text) and how many pixels of it are past. */
    at?: { start: number; end: number; past: number };
  };
  /** When it last changed (ms since the epoch): the oldest place is dropped first. */
  at: number;
}

/** A change to a place: a field set to null is forgotten. */
export type PlacePatch = { [K in Exclude<keyof Place, 'at'>]?: Place[K] | null };

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const anchor = { article: v.string(), paragraph: index };
const placeSchema = v.object({
  top: v.optional(v.object({ ...anchor, offset: v.pipe(v.number(), v.finite()) })),
  row: v.optional(v.object(anchor)),
  finding: v.optional(v.string()),
  findingFilter: v.optional(
    v.object({
      open: v.boolean(),
      confirmed: v.boolean(),
      dismissed: v.boolean(),
      type: v.string(),
    }),
  ),
  article: v.optional(v.string()),
  sentence: v.optional(v.object({ article: v.string(), start: index, end: index })),
  claimsScroll: v.optional(
    v.object({
      article: v.string(),
      top: v.pipe(v.number(), v.finite()),
      at: v.optional(v.object({ start: index, end: index, past: v.pipe(v.number(), v.finite()) })),
    }),
  ),
  at: v.pipe(v.number(), v.finite()),
});
const fileSchema = v.object({
  view: v.optional(v.string()),
  reviews: v.record(v.string(), v.unknown()),
});

interface PlaceFile {
  view?: string;
  reviews: Record<string, Place>;
}

/** Drops undefined fields, which exactOptionalPropertyTypes keeps out of a Place. */
function clean(raw: Record<string, unknown>): Place {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(raw)) if (x !== undefined) out[k] = x;
  return out as unknown as Place;
}

/** The places in a saved string, each entry checked on its own: a broken one is dropped, not all. */
function parseFile(raw: string | null): PlaceFile {
  if (raw === null) return { reviews: {} };
  let parsed: v.InferOutput<typeof fileSchema>;
  try {
    const read = v.safeParse(fileSchema, JSON.parse(raw));
    if (!read.success) return { reviews: {} };
    parsed = read.output;
  } catch {
    return { reviews: {} };
  }
  const reviews: Record<string, Place> = {};
  for (const [id, entry] of Object.entries(parsed.reviews)) {
    const place = v.safeParse(placeSchema, entry);
    if (place.success) reviews[id] = clean(place.output);
  }
  return parsed.view === undefined ? { reviews } : { view: parsed.view, reviews };
}

// The last string read and what it holds: parsed again only when the key has changed.
let cache: { raw: string | null; file: PlaceFile } | null = null;
// This tab's own places, as it first read them or last set them: another tab's later writes do not
// move a tab's open view, article or finding from under the reader (a reload takes them up).
let mine: { view?: string; reviews: Map<string, Place> } = { reviews: new Map() };
const listeners = new Set<() => void>();
const EMPTY: Place = { at: 0 };

/** What is saved now. The key found gone (storage cleared) also clears what this tab kept. */
function saved(): PlaceFile {
  const raw = readKey(PLACE_KEY);
  if (cache?.raw === raw) return cache.file;
  if (raw === null) mine = { reviews: new Map() };
  cache = { raw, file: parseFile(raw) };
  return cache.file;
}

/**
 * Applies a change to what is saved now (so another tab's places for other reviews stay), writes
 * it, and tells the components that read places.
 */
function save(change: (file: PlaceFile) => PlaceFile): void {
  const next = change(saved());
  next.reviews = { ...next.reviews };
  const ids = Object.keys(next.reviews);
  if (ids.length > MAX_REVIEWS) {
    ids.sort((a, b) => next.reviews[b]!.at - next.reviews[a]!.at);
    for (const id of ids.slice(MAX_REVIEWS)) delete next.reviews[id];
  }
  writeKey(PLACE_KEY, JSON.stringify(next));
  for (const l of listeners) l();
}

/** Where the reviewer was in a review (an empty place when nothing is kept). */
export function readPlace(reviewId: string): Place {
  const file = saved();
  let place = mine.reviews.get(reviewId);
  if (!place) {
    place = file.reviews[reviewId] ?? EMPTY;
    mine.reviews.set(reviewId, place);
  }
  return place;
}

/** Changes a review's place: the given fields are set, those given as null forgotten. */
export function setPlace(reviewId: string, patch: PlacePatch): void {
  const merged: Record<string, unknown> = { ...readPlace(reviewId) };
  for (const [k, x] of Object.entries(patch)) {
    if (x === null) delete merged[k];
    else if (x !== undefined) merged[k] = x;
  }
  const place = { ...merged, at: Date.now() } as Place;
  mine.reviews.set(reviewId, place);
  save((file) => ({ ...file, reviews: { ...file.reviews, [reviewId]: place } }));
}

/** The view open last (as the shell named it), or null. */
export function readLastView(): string | null {
  const file = saved();
  if (!('view' in mine) && file.view !== undefined) mine.view = file.view;
  return mine.view ?? null;
}

/** Remembers the open view. */
export function setLastView(view: string): void {
  mine.view = view;
  save((file) => ({ ...file, view }));
}

/** Forgets what this tab read and kept, as a page load would (for tests). */
export function resetPlaceCache(): void {
  cache = null;
  mine = { reviews: new Map() };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A review's place, or the part of it `select` picks; the component renders again when that
 * changes. Select a primitive (the finding key, say): a scroll position changes often.
 */
export function usePlace<T = Place>(reviewId: string, select?: (place: Place) => T): T {
  const read = useCallback(
    () => (select ? select(readPlace(reviewId)) : (readPlace(reviewId) as T)),
    [reviewId, select],
  );
  return useSyncExternalStore(subscribe, read, read);
}
