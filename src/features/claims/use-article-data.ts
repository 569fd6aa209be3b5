import { useMemo } from 'react';
import { sourcingHints } from '../../core/facts/index.ts';
import { parseArticle, type Article } from '../../core/text/index.ts';
import type { ArticleRecord, Claim } from '../../store/index.ts';
import { placeClaims, spanKey, type SentenceRef } from './model.ts';

/** What the claims view derives from one article: its parse, sentences, hints and claims. */
export interface ArticleData {
  article: Article;
  sentences: SentenceRef[];
  /** Span keys of sentences that sourcingHints flags 'unsourced?'. */
  hints: Set<string>;
  bySentence: Map<string, Claim>;
  byParagraph: Map<number, Claim[]>;
}

/** Parses the shown article (the same parse the aligner uses) and places its claims. */
export function useArticleData(
  record: ArticleRecord | undefined,
  claims: Record<string, Claim>,
): ArticleData | null {
  const parsed = useMemo(() => {
    if (!record) return null;
    const article = parseArticle(record.id, record.text);
    const sentences = article.paragraphs.flatMap((p) =>
      p.sentences.map((s, k) => ({ paragraph: p.index, sentence: k, start: s.start, end: s.end })),
    );
    const hints = new Set(
      article.paragraphs.flatMap((p) =>
        p.sentences
          .filter((s) => sourcingHints(s.text).hint === 'unsourced?')
          .map((s) => spanKey(s.start, s.end)),
      ),
    );
    return { article, sentences, hints };
  }, [record]);
  const placed = useMemo(
    () => (parsed ? placeClaims(parsed.article, claims) : null),
    [parsed, claims],
  );
  return parsed && placed ? { ...parsed, ...placed } : null;
}

/** The sentence of an article that holds an offset (or the last one before it). */
export function sentenceAt(record: ArticleRecord, offset: number): SentenceRef | null {
  const article = parseArticle(record.id, record.text);
  let found: SentenceRef | null = null;
  for (const p of article.paragraphs) {
    p.sentences.forEach((s, k) => {
      if (s.start <= offset)
        found = { paragraph: p.index, sentence: k, start: s.start, end: s.end };
    });
  }
  return found;
}
