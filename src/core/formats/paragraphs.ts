/**
 * Where a claim sits in its article, in words a reader of the published article can follow: the
 * headline, or body paragraphs counted as the reader counts them. Page furniture and bylines (the
 * blocks the parser marks as boilerplate) are not counted; they are numbered apart.
 */
import { parseArticle } from '../text/index.ts';
import { looksLikeTitle } from '../text/parse-article.ts';
import type { ArticleData, ClaimData, ReviewData } from './types.ts';

/** A place in an article as its reader sees it. */
export type ParagraphPlace =
  { kind: 'headline' } | { kind: 'paragraph'; n: number } | { kind: 'furniture'; n: number };

/** Finds a claim's place; null when it lost its text or its article. */
export type ParagraphLocator = (claim: ClaimData) => ParagraphPlace | null;

/** The place as a short cell value: "3", "headline" or "furniture 1". */
export function placeLabel(place: ParagraphPlace | null): string {
  if (!place) return '';
  if (place.kind === 'headline') return 'headline';
  return place.kind === 'paragraph' ? String(place.n) : `furniture ${place.n}`;
}

/** The place in a sentence: "paragraph 3", "the headline", "page furniture 1 (not counted)". */
export function describePlace(place: ParagraphPlace): string {
  if (place.kind === 'headline') return 'the headline';
  return place.kind === 'paragraph'
    ? `paragraph ${place.n}`
    : `page furniture ${place.n} (not counted)`;
}

interface Placed {
  start: number;
  place: ParagraphPlace;
}

/** Each parsed paragraph's start and its place as the reader counts. */
export function readerPlaces(article: Pick<ArticleData, 'id' | 'text'>): Placed[] {
  return placesOf(parseArticle(article.id, article.text).paragraphs);
}

/** The reader's places of paragraphs already parsed (parseArticle's, in order). */
export function placesOf(
  paragraphs: readonly { start: number; text: string; boilerplate: boolean }[],
): Placed[] {
  const head = paragraphs.find((p) => !p.boilerplate && p.text.trim() !== '');
  const headline = head && looksLikeTitle(head.text.trim().split('\n')[0] ?? '') ? head : null;
  let body = 0;
  let furniture = 0;
  return paragraphs.map((p) => ({
    start: p.start,
    place:
      p === headline
        ? { kind: 'headline' }
        : p.boilerplate
          ? { kind: 'furniture', n: (furniture += 1) }
          : { kind: 'paragraph', n: (body += 1) },
  }));
}

/** A locator over these articles; each article is parsed once, on first use. */
export function paragraphLocator(articles: readonly ArticleData[]): ParagraphLocator {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const places = new Map<string, Placed[]>();
  return (claim) => {
    const article = byId.get(claim.articleId);
    if (!article || claim.anchorState === 'orphaned') return null;
    let list = places.get(article.id);
    if (!list) {
      list = readerPlaces(article);
      places.set(article.id, list);
    }
    // The last paragraph starting at or before the quote: a quote in the gap between two belongs to the first.
    let n = 0;
    while (n < list.length && (list[n]?.start ?? Infinity) <= claim.anchor.start) n += 1;
    return list[Math.max(0, n - 1)]?.place ?? null;
  };
}

/**
 * The claims worth exporting, in reading order (article order, then position in the text). A cleared
 * claim with no note or evidence is a tombstone kept for tab sync, and is left out, unless `keep`
 * wants it (a shared review's claim that only another reviewer wrote a note on).
 */
export function orderedClaims(
  review: Pick<ReviewData, 'articles' | 'claims'>,
  keep: (c: ClaimData) => boolean = () => false,
): ClaimData[] {
  const rank = new Map(review.articles.map((a, i) => [a.id, i]));
  const order = (c: ClaimData) => rank.get(c.articleId) ?? review.articles.length;
  return Object.values(review.claims)
    .filter((c) => c.status !== null || c.note.trim() !== '' || c.evidence.length > 0 || keep(c))
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
