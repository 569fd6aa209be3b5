import { validateSavedState } from './schema.ts';
import type { SavedState } from './types.ts';

/** The saved shape's current version. Bump it by one with each change and add one step below. */
export const SAVED_VERSION = 2;

type Payload = Record<string, unknown>;

/**
 * migrations[n] turns a version-n payload into a version-(n+1) payload. Each step is pure and is
 * tested against a frozen copy of the old payload in tests/fixtures/store/.
 */
export const migrations: Record<number, (old: Payload) => Payload> = {
  // v2: tombstones for deleted reviews and removed articles, so two tabs merging do not resurrect them.
  1: (old) => {
    const reviews = (old.reviews ?? {}) as Record<string, Payload>;
    return {
      ...old,
      deletedReviews: {},
      reviews: Object.fromEntries(
        Object.entries(reviews).map(([id, r]) => [id, { ...r, removedArticles: {} }]),
      ),
    };
  },
};

/** Brings a saved payload from its version up to SAVED_VERSION. */
export function migrate(state: unknown, fromVersion: number): unknown {
  let current = state as Payload;
  for (let v = fromVersion; v < SAVED_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from saved version ${v}`);
    current = step(current);
  }
  return current;
}

/** Migrates and validates a payload of the given version; null when it is unusable. */
export function upgradeSaved(state: unknown, version: number): SavedState | null {
  try {
    return validateSavedState(migrate(state, version));
  } catch {
    return null;
  }
}
