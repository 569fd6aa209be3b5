import { useMemo } from 'react';
import { parseArticle, type Article } from '../../core/text/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

const cache = new WeakMap<ArticleRecord, Article>();

/** Parses each article record once; records are immutable, so identity is the cache key. */
export function useParsedArticles(records: readonly ArticleRecord[]): Article[] {
  return useMemo(
    () =>
      records.map((r) => {
        let parsed = cache.get(r);
        if (!parsed) {
          parsed = parseArticle(r.id, r.text);
          cache.set(r, parsed);
        }
        return parsed;
      }),
    [records],
  );
}
