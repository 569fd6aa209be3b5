import { newer, stableStringify } from './canonical.ts';
import { mergeClaim, type VersionedClaim } from './verdicts.ts';

/** The parts of a claim the merge reads. */
export type StampedClaim = VersionedClaim;

/** The parts of an article the merge reads; addedAt is when its text was last set. */
export interface StampedArticle {
  id: string;
  addedAt: number;
}

/** The parts of a review the merge reads. */
export interface MergeableReview {
  id: string;
  updatedAt: number;
  articles: StampedArticle[];
  claims: Record<string, StampedClaim>;
  /** Tombstones: article id to the time it was removed. */
  removedArticles: Record<string, number>;
  /** Decisions on findings by key, each stamped with when it was made. */
  triage?: Record<string, { at: number }>;
}

/** The parts of a saved state the merge reads; other fields are taken from the remote side. */
export interface MergeableSaved {
  reviews: Record<string, MergeableReview>;
  reviewOrder: string[];
  activeReviewId: string;
  /** Tombstones: review id to the time it was deleted. */
  deletedReviews: Record<string, number>;
}

function maxRecord(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, t] of Object.entries(b)) out[k] = Math.max(out[k] ?? t, t);
  return out;
}

/** Sorted-key record of the newer value per id. */
function unionNewer<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  stamp: (x: T) => number,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[id];
    const y = b[id];
    out[id] = x === undefined ? y! : y === undefined ? x : newer(x, y, stamp);
  }
  return out;
}

/** Sorted-key record of both sides' values, merged by `both` where each side has one. */
function unionWith<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[id];
    const y = b[id];
    out[id] = x === undefined ? y! : y === undefined ? x : both(x, y);
  }
  return out;
}

/** Keeps what tombstones do not cover; drops tombstones older than a living copy. */
function applyTombstones<T>(
  items: Record<string, T>,
  tombs: Record<string, number>,
  stamp: (x: T) => number,
): { alive: Record<string, T>; tombs: Record<string, number> } {
  const alive: Record<string, T> = {};
  for (const [id, item] of Object.entries(items)) {
    const dead = tombs[id];
    if (dead === undefined || stamp(item) > dead) alive[id] = item;
  }
  const kept: Record<string, number> = {};
  for (const id of Object.keys(tombs).sort()) if (!alive[id]) kept[id] = tombs[id]!;
  return { alive, tombs: kept };
}

/** Primary order first, then the ids only the other side has, then any left, sorted. */
function mergeOrder(primary: string[], secondary: string[], ids: Iterable<string>): string[] {
  const alive = new Set(ids);
  const out: string[] = [];
  for (const id of [...primary, ...secondary, ...[...alive].sort()]) {
    if (alive.delete(id)) out.push(id);
  }
  return out;
}

function mergeReview<R extends MergeableReview>(local: R, remote: R): R {
  const base = newer(local, remote, (r) => r.updatedAt);
  const byId = (r: R) => Object.fromEntries(r.articles.map((a) => [a.id, a]));
  const merged = unionNewer(byId(local), byId(remote), (a) => a.addedAt);
  const { alive, tombs } = applyTombstones(
    merged,
    maxRecord(local.removedArticles, remote.removedArticles),
    (a) => a.addedAt,
  );
  const order = mergeOrder(
    remote.articles.map((a) => a.id),
    local.articles.map((a) => a.id),
    Object.keys(alive),
  );
  return {
    ...base,
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
    articles: order.map((id) => alive[id]!),
    claims: unionWith(local.claims, remote.claims, mergeClaim),
    removedArticles: tombs,
    // Each finding's latest decision, whichever tab made it.
    ...(local.triage || remote.triage
      ? { triage: unionNewer(local.triage ?? {}, remote.triage ?? {}, (t) => t.at) }
      : {}),
  };
}

/**
 * Merges the saved work of two tabs: reviews by id (deletions by tombstone), claims by id with
 * mergeClaim (a verdict given after seeing the other wins, two unseen differing verdicts become a
 * conflict; a cleared claim stays, status null, so clearing spreads), articles by id
 * keeping the newer text, finding decisions by key keeping the later. Settings and the review order follow the remote side, which wrote last;
 * the open review stays local. Records come out with sorted keys, so merging the result with either
 * input again changes nothing and two tabs settle without writing back and forth.
 */
export function mergeSaved<S extends MergeableSaved>(local: S, remote: S): S {
  const pairs: Record<string, MergeableReview> = {};
  for (const id of new Set([...Object.keys(local.reviews), ...Object.keys(remote.reviews)])) {
    const l = local.reviews[id];
    const r = remote.reviews[id];
    pairs[id] = l && r ? mergeReview(l, r) : (l ?? r)!;
  }
  const { alive, tombs } = applyTombstones(
    pairs,
    maxRecord(local.deletedReviews, remote.deletedReviews),
    (r) => r.updatedAt,
  );
  const ids = Object.keys(alive).sort();
  if (ids.length === 0) return local;
  const reviews = Object.fromEntries(ids.map((id) => [id, alive[id]!])) as S['reviews'];
  const reviewOrder = mergeOrder(remote.reviewOrder, local.reviewOrder, ids);
  const activeReviewId = alive[local.activeReviewId]
    ? local.activeReviewId
    : alive[remote.activeReviewId]
      ? remote.activeReviewId
      : reviewOrder[0]!;
  return { ...remote, reviews, reviewOrder, activeReviewId, deletedReviews: tombs };
}

/** True when two saved states hold the same shared work (which review is open is per tab). */
export function sameSharedWork(a: MergeableSaved, b: MergeableSaved): boolean {
  return (
    stableStringify({ ...a, activeReviewId: '' }) === stableStringify({ ...b, activeReviewId: '' })
  );
}
