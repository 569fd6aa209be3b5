/**
 * The sentence a claim sits in, for exports: a claim made from a selection is a phrase, and a
 * reader of the export needs the sentence around it to judge it.
 */
import { parseArticle, type Sentence } from '../text/index.ts';
import type { ArticleData, ClaimData } from './types.ts';

/** Finds the sentence (or the run of sentences) around a claim; null when it adds nothing. */
export type SentenceFinder = (claim: ClaimData) => string | null;

/**
 * A finder over these articles, each parsed once on first use. It answers for a claim whose quote
 * is not a whole sentence (a selection, or a sentence mark that no longer fits one), with the
 * sentences from the one its quote starts in to the one it ends in; null for a whole sentence, a
 * lost quote or a missing article.
 */
export function sentenceFinder(articles: readonly ArticleData[]): SentenceFinder {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const parsed = new Map<string, Sentence[]>();
  const sentencesOf = (article: ArticleData) => {
    let list = parsed.get(article.id);
    if (!list) {
      list = parseArticle(article.id, article.text).paragraphs.flatMap((p) => p.sentences);
      parsed.set(article.id, list);
    }
    return list;
  };
  return (claim) => {
    const article = byId.get(claim.articleId);
    const { start, end, quote } = claim.anchor;
    if (!article || claim.anchorState === 'orphaned' || article.text.slice(start, end) !== quote)
      return null;
    const list = sentencesOf(article);
    // The first sentence ending after the quote's start, by binary search (a long article has
    // tens of thousands).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end > start) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    if (first >= list.length || list[first]!.start >= end) return null;
    let last = first;
    while (last + 1 < list.length && list[last + 1]!.start < end) last += 1;
    const from = list[first]!.start;
    const to = list[last]!.end;
    if (from === start && to === end) return null;
    return article.text.slice(from, to);
  };
}
