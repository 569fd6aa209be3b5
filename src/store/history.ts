import type { StateCreator, StoreMutatorIdentifier } from 'zustand';
import type { ZundoOptions } from 'zundo';
import { restoredClaim } from './claim-edits.ts';
import { stamp } from './saved.ts';
import type { StoreState } from './state.ts';
import type { Claim, Review } from './types.ts';

type ClaimValues = Record<string, Record<string, Claim | null>>;

/**
 * What undo tracks: per review, its claims. A full snapshot (from partialize) carries `full`; a
 * patch (what zundo keeps in its history, via `diff`) lists only the claims a step changed, with the
 * value to restore (null: the claim did not exist). Patches keep undo from reverting other reviews,
 * renames, articles, or marks another tab made meanwhile.
 */
export interface Tracked {
  claimValues: ClaimValues;
  full?: true;
}

/** Undo steps kept. */
export const HISTORY_LIMIT = 100;

function partialize(s: StoreState): Tracked {
  const claimValues: ClaimValues = {};
  for (const [id, r] of Object.entries(s.reviews)) claimValues[id] = r.claims;
  return { claimValues, full: true };
}

/** The claims of `from` that `to` changes (or, when `to` is a patch, that it names), as a patch. */
function diff(from: Partial<Tracked>, to: Partial<Tracked>): Partial<Tracked> | null {
  const a = from.claimValues ?? {};
  const b = to.claimValues ?? {};
  const patch: ClaimValues = {};
  let changed = false;
  for (const [reviewId, after] of Object.entries(b)) {
    const before = a[reviewId];
    // Claims of a review created or deleted in this step are not undo steps of their own.
    if (!before) continue;
    const ids = to.full
      ? new Set([...Object.keys(before), ...Object.keys(after)])
      : Object.keys(after);
    for (const id of ids) {
      const value = before[id] ?? null;
      if (to.full && value === (after[id] ?? null)) continue;
      (patch[reviewId] ??= {})[id] = value;
      changed = true;
    }
  }
  return changed ? { claimValues: patch } : null;
}

/** zundo options: claims only, as patches, at most HISTORY_LIMIT steps. */
export const temporalOptions: ZundoOptions<StoreState, Tracked> = {
  partialize,
  diff,
  limit: HISTORY_LIMIT,
};

/** Applies a patch to reviews: restored claims are stamped now, so the undo reaches other tabs too. */
export function applyClaimPatch(state: StoreState, patch: ClaimValues): Partial<StoreState> {
  const reviews = { ...state.reviews };
  for (const [reviewId, values] of Object.entries(patch)) {
    const review = reviews[reviewId];
    if (!review) continue;
    const claims = { ...review.claims };
    for (const [id, value] of Object.entries(values)) {
      const current = claims[id];
      if (value)
        claims[id] = restoredClaim(
          current,
          { ...value, updatedAt: stamp(Math.max(value.updatedAt, current?.updatedAt ?? 0)) },
          state.tabId,
        );
      // Claims are never deleted, only cleared, so the clearing wins the merge in other tabs.
      else if (current)
        claims[id] = restoredClaim(
          current,
          {
            ...current,
            status: null,
            // A shared claim's own verdict too: that is the one the team's document takes.
            ...(current.mine === undefined ? {} : { mine: null }),
            note: '',
            evidence: [],
            updatedAt: stamp(current.updatedAt),
          },
          state.tabId,
        );
    }
    reviews[reviewId] = { ...review, claims, updatedAt: stamp(review.updatedAt) } satisfies Review;
  }
  return { reviews };
}

const isPatch = (x: unknown): x is Tracked =>
  typeof x === 'object' && x !== null && 'claimValues' in x && !('reviews' in x);

/**
 * Middleware between persist and temporal: zundo's undo/redo set a claims patch, which this turns
 * into a reviews update before persist saves it. Every other set passes through untouched.
 */
export function claimPatches<
  Mps extends [StoreMutatorIdentifier, unknown][],
  Mcs extends [StoreMutatorIdentifier, unknown][],
>(config: StateCreator<StoreState, Mps, Mcs>): StateCreator<StoreState, Mps, Mcs> {
  return (set, get, api) => {
    const translated = ((partial: unknown, replace?: boolean) => {
      const next = isPatch(partial) ? applyClaimPatch(get(), partial.claimValues) : partial;
      (set as (p: unknown, r?: boolean) => void)(next, replace);
    }) as typeof set;
    return config(translated, get, api);
  };
}
