import type { SavedState } from './types.ts';

/**
 * A content key for an article text: its length and two 32-bit hashes, so equal texts share one
 * key (in every review and every tab) and two different texts practically never do.
 */
export function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `t${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}

/** Every text this page has seen, by key: content-addressed, so one table serves every store. */
const known = new Map<string, string>();
// And back: a 5 MB text is hashed once, not on every save. A Map finds a long string by its length
// and then compares it, at once when it is the same string.
const keyOf = new Map<string, string>();

/** Adds texts to the page's table (read from the database or another tab's save). */
export function rememberTexts(texts: Iterable<[string, string]>): void {
  for (const [key, text] of texts) {
    known.set(key, text);
    keyOf.set(text, key);
  }
}

/** The text under a key, if this page knows it. */
export function knownText(key: string): string | undefined {
  return known.get(key);
}

function keyFor(text: string): string {
  let key = keyOf.get(text);
  if (key === undefined) {
    key = textKey(text);
    rememberTexts([[key, text]]);
  }
  return key;
}

/** A saved payload (version 3 on): articles carry a textKey; `texts` holds those kept beside them. */
export type PackedState = Omit<SavedState, 'reviews'> & {
  reviews: Record<string, Record<string, unknown> & { articles: Record<string, unknown>[] }>;
  texts: Record<string, string>;
};

/**
 * Splits the state into the payload for the main storage and the texts to keep elsewhere: each
 * article's text is replaced by its key, and texts for which `stored` is false stay in the
 * payload's `texts` table (`loose` lists them).
 */
export function packTexts(
  state: SavedState,
  stored: (key: string) => boolean,
): { payload: PackedState; loose: Map<string, string> } {
  const loose = new Map<string, string>();
  const reviews: PackedState['reviews'] = {};
  for (const [id, review] of Object.entries(state.reviews)) {
    reviews[id] = {
      ...review,
      articles: review.articles.map((a) => {
        const { text, ...rest } = a;
        const key = keyFor(text);
        if (!stored(key)) loose.set(key, text);
        return { ...rest, textKey: key };
      }),
    };
  }
  return { payload: { ...state, reviews, texts: Object.fromEntries(loose) }, loose };
}

/** Thrown when a saved payload names texts that neither it nor the page's table holds. */
export class MissingTextsError extends Error {
  constructor(readonly keys: string[]) {
    super(`${keys.length} article text(s) missing`);
  }
}

type Loose = Record<string, unknown>;

/** Puts the texts back into a version-3 payload's articles; throws MissingTextsError when any is unknown. */
export function joinTexts(payload: unknown, lookup = knownText): unknown {
  const p = payload as Loose;
  const inline = (p.texts ?? {}) as Loose;
  const missing: string[] = [];
  const find = (key: unknown): string | undefined => {
    if (typeof key !== 'string') return undefined;
    const here = inline[key];
    if (typeof here === 'string') {
      rememberTexts([[key, here]]);
      return here;
    }
    const text = lookup(key);
    if (text === undefined) missing.push(key);
    return text;
  };
  const reviews = Object.fromEntries(
    Object.entries((p.reviews ?? {}) as Record<string, Loose>).map(([id, r]) => [
      id,
      {
        ...r,
        // An article that still holds its text (the state as the download has it) keeps it.
        articles: ((r.articles ?? []) as Loose[]).map(({ textKey: key, ...a }) => ({
          ...a,
          text: key === undefined && typeof a.text === 'string' ? a.text : find(key),
        })),
      },
    ]),
  );
  if (missing.length > 0) throw new MissingTextsError([...new Set(missing)]);
  const { texts: _texts, ...rest } = p;
  return { ...rest, reviews };
}

/** Text keys a raw saved payload names, read without parsing it. */
export function referencedKeys(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(Array.from(raw.matchAll(/"textKey":"([^"\\]+)"/g), (m) => m[1]!))];
}
