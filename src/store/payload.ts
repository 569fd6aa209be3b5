import { SAVED_VERSION } from './migrations.ts';
import { compactJson } from './safe-storage.ts';
import { packTexts } from './texts.ts';
import type { ArticleRecord, DiffSettings, SavedState } from './types.ts';

/** The diff settings a new user starts with. */
export const DEFAULT_DIFF: DiffSettings = {
  ignoreCase: false,
  ignorePunctuation: true,
  onlyChanged: false,
  onlyUnique: false,
  hideBoilerplate: false,
};

/**
 * The saved work of a reviewer with one review of these articles, exactly as the store writes it:
 * for benchmarks and end-to-end tests that open the app on prepared work.
 */
export function oneReviewPayload(
  review: { id: string; name: string },
  articles: readonly Pick<ArticleRecord, 'id' | 'text' | 'title' | 'outlet'>[],
  now: number,
): string {
  const state: SavedState = {
    reviews: {
      [review.id]: {
        ...review,
        createdAt: now,
        updatedAt: now,
        articles: articles.map((a) => ({ ...a, date: null, url: '', addedAt: now })),
        claims: {},
        removedArticles: {},
        view: { base: null, order: [], hidden: [], collapsed: [] },
      },
    },
    reviewOrder: [review.id],
    activeReviewId: review.id,
    deletedReviews: {},
    diff: DEFAULT_DIFF,
  };
  // Texts inline, as a save made without IndexedDB: the app moves them there when it loads.
  return compactJson({ state: packTexts(state, () => false).payload, version: SAVED_VERSION });
}
