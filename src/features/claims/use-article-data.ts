import { useMemo } from 'react';
import { sourcingHints } from '../../core/facts/index.ts';
import type { Article } from '../../core/text/index.ts';
import type { ArticleRecord, Claim } from '../../store/index.ts';
import { placeClaims, type SentenceRef } from './model.ts';
import { parsedEnd, parsedNow, sentenceRefs, useParsedArticle } from './use-parsed-article.ts';

/** What the claims view derives from one article: its parse, sentences, hints and claims. */
export interface ArticleData {
  article: Article;
  sentences: SentenceRef[];
  /** Span keys of sentences that sourcingHints flags 'unsourced?'. */
  hints: Pick<ReadonlySet<string>, 'has'>;
  bySentence: Map<string, Claim>;
  byParagraph: Map<number, Claim[]>;
}

/**
 * The sentences sourcingHints flags, each worked out when first asked: the list renders a long
 * article a screen at a time, and hinting all of a 5 MB article's sentences at once took seconds.
 */
function lazyHints(text: string): Pick<ReadonlySet<string>, 'has'> {
  const seen = new Map<string, boolean>();
  return {
    has(key) {
      let hinted = seen.get(key);
      if (hinted === undefined) {
        const [start, end] = key.split('-').map(Number);
        hinted = sourcingHints(text.slice(start, end)).hint === 'unsourced?';
        seen.set(key, hinted);
      }
      return hinted;
    },
  };
}

/** Parses the shown article (the same parse the aligner uses) and places its claims. */
export function useArticleData(
  record: ArticleRecord | undefined,
  claims: Record<string, Claim>,
): ArticleData | null {
  const article = useParsedArticle(record);
  const parsed = useMemo(() => {
    if (!article) return null;
    return { article, sentences: sentenceRefs(article), hints: lazyHints(article.text) };
  }, [article]);
  const placed = useMemo(() => {
    if (!parsed) return null;
    // While a long article is read, claims further on wait for their paragraphs.
    const end = parsedEnd(parsed.article);
    const inReach =
      end === parsed.article.text.length
        ? claims
        : Object.fromEntries(Object.entries(claims).filter(([, c]) => c.anchor.start < end));
    return placeClaims(parsed.article, inReach);
  }, [parsed, claims]);
  return parsed && placed ? { ...parsed, ...placed } : null;
}

/** The sentence of an article that holds an offset (or the last one before it). */
export function sentenceAt(record: ArticleRecord, offset: number): SentenceRef | null {
  const article = parsedNow(record);
  let found: SentenceRef | null = null;
  for (const p of article.paragraphs) {
    p.sentences.forEach((s, k) => {
      if (s.start <= offset)
        found = { paragraph: p.index, sentence: k, start: s.start, end: s.end };
    });
  }
  return found;
}
