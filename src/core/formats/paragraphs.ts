/** Where a claim sits in its article, in words a reader can find: paragraph numbers. */
import { parseArticle } from '../text/index.ts';
import type { ArticleData, ClaimData, ReviewData } from './types.ts';

/** Finds a claim's 1-based paragraph number; null when it lost its text or its article. */
export type ParagraphLocator = (claim: ClaimData) => number | null;

/** A locator over these articles; each article is parsed once, on first use. */
export function paragraphLocator(articles: readonly ArticleData[]): ParagraphLocator {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const starts = new Map<string, number[]>();
  return (claim) => {
    const article = byId.get(claim.articleId);
    if (!article || claim.anchorState === 'orphaned') return null;
    let list = starts.get(article.id);
    if (!list) {
      list = parseArticle(article.id, article.text).paragraphs.map((p) => p.start);
      starts.set(article.id, list);
    }
    // The last paragraph starting at or before the quote: a quote in the gap between two belongs to the first.
    let n = 0;
    while (n < list.length && (list[n] ?? Infinity) <= claim.anchor.start) n += 1;
    return n === 0 ? (list.length > 0 ? 1 : null) : n;
  };
}

/**
 * The claims worth exporting, in reading order (article order, then position in the text). A cleared
 * claim with no note or evidence is a tombstone kept for tab sync, and is left out.
 */
export function orderedClaims(review: Pick<ReviewData, 'articles' | 'claims'>): ClaimData[] {
  const rank = new Map(review.articles.map((a, i) => [a.id, i]));
  const order = (c: ClaimData) => rank.get(c.articleId) ?? review.articles.length;
  return Object.values(review.claims)
    .filter((c) => c.status !== null || c.note.trim() !== '' || c.evidence.length > 0)
    .sort(
      (a, b) =>
        order(a) - order(b) ||
        a.anchor.start - b.anchor.start ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** The article with this id, if the review still has it. */
export function articleOf(
  articles: readonly ArticleData[],
  claim: ClaimData,
): ArticleData | undefined {
  return articles.find((a) => a.id === claim.articleId);
}
