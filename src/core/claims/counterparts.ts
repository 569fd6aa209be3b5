import type { Link } from '../align/index.ts';
import type { Article } from '../text/index.ts';

/** A sentence in another article that the alignment pairs with a given sentence. */
export interface Counterpart {
  articleId: string;
  paragraphIndex: number;
  sentenceIndex: number;
  /** Offsets into that article's text. */
  start: number;
  end: number;
  text: string;
  /** The sentence pair's score. */
  score: number;
}

/**
 * Below this score a sentence pair only shares some words (a name, a place) with the sentence: on
 * the seeds and on three outlets' reports of one event, nearly every pair under it told another
 * fact ("US-led forces ousted the Taliban in 2001" / "Hundreds of Afghan security force members have
 * fled"), so a verdict shown or applied there would sit on another claim.
 */
export const COUNTERPART_SCORE = 0.3;

/**
 * The sentences of other articles linked to sentence sentenceIndex of paragraph paragraphIndex in
 * articleId, through the sentence pairs of the alignment's links (either direction) that score
 * COUNTERPART_SCORE or more. One entry per sentence (its best score), in the order of the articles
 * list, then by score.
 */
export function counterparts(
  links: readonly Link[],
  articles: readonly Article[],
  articleId: string,
  paragraphIndex: number,
  sentenceIndex: number,
): Counterpart[] {
  const byId = new Map(articles.map((a, order) => [a.id, { article: a, order }]));
  const found = new Map<string, Counterpart>();
  const add = (otherId: string, p: number, s: number, score: number) => {
    if (otherId === articleId) return;
    const sentence = byId.get(otherId)?.article.paragraphs[p]?.sentences[s];
    if (!sentence) return;
    const key = `${otherId}\u0000${p}\u0000${s}`;
    const seen = found.get(key);
    if (seen && seen.score >= score) return;
    found.set(key, {
      articleId: otherId,
      paragraphIndex: p,
      sentenceIndex: s,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score,
    });
  };
  for (const link of links) {
    for (const pair of link.pairs) {
      if (pair.score < COUNTERPART_SCORE) continue;
      if (link.a === articleId && link.i === paragraphIndex && pair.i === sentenceIndex) {
        add(link.b, link.j, pair.j, pair.score);
      }
      if (link.b === articleId && link.j === paragraphIndex && pair.j === sentenceIndex) {
        add(link.a, link.i, pair.i, pair.score);
      }
    }
  }
  const order = (id: string) => byId.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...found.values()].sort(
    (x, y) =>
      order(x.articleId) - order(y.articleId) ||
      y.score - x.score ||
      x.paragraphIndex - y.paragraphIndex ||
      x.sentenceIndex - y.sentenceIndex,
  );
}
