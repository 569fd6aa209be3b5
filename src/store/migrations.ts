import { validateSavedState } from './schema.ts';
import { joinTexts, knownText, MissingTextsError, textKey } from './texts.ts';
import type { SavedState } from './types.ts';

/** The saved shape's current version. Bump it by one with each change and add one step below. */
export const SAVED_VERSION = 3;

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
  // v3: each article names its text by content key (textKey) and the texts move to a table beside
  // the reviews (`texts`), one entry per distinct text; the storage moves that table's entries to
  // IndexedDB and keeps here only those it could not put there.
  2: (old) => {
    const texts: Record<string, string> = {};
    const reviews = (old.reviews ?? {}) as Record<string, Payload>;
    return {
      ...old,
      texts,
      reviews: Object.fromEntries(
        Object.entries(reviews).map(([id, r]) => [
          id,
          {
            ...r,
            articles: ((r.articles ?? []) as Payload[]).map((a) => {
              // Not a text: left as it is, for validation to refuse.
              if (typeof a.text !== 'string') return a;
              const { text, ...rest } = a;
              const key = textKey(text);
              texts[key] = text;
              return { ...rest, textKey: key };
            }),
          },
        ]),
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

/**
 * Migrates a payload of the given version, puts its article texts back (from the payload or
 * `lookup`) and validates it; null when it is unusable. Throws MissingTextsError when texts it
 * names cannot be found, so the caller can keep the payload rather than call it corrupt.
 */
export function upgradeSaved(
  state: unknown,
  version: number,
  lookup: (key: string) => string | undefined = knownText,
): SavedState | null {
  let current: unknown;
  try {
    current = migrate(state, version);
  } catch {
    return null;
  }
  try {
    return validateSavedState(joinTexts(current, lookup));
  } catch (e) {
    if (e instanceof MissingTextsError) throw e;
    return null;
  }
}
