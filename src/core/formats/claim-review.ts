/**
 * schema.org ClaimReview JSON-LD for the claims that carry a verdict.
 * Required by Google: url, claimReviewed (under 75 characters) and reviewRating.alternateName.
 */
import { articleOf, orderedClaims } from './paragraphs.ts';
import { isHttpUrl, isoTime, shorten, squash } from './text-utils.ts';
import { textChanged, type ArticleData, type ClaimStatus, type ReviewData } from './types.ts';

/** Who publishes the reviews. */
export interface ClaimReviewAuthor {
  type: 'Organization' | 'Person';
  name: string;
}

/** Where the reviews are published and by whom; `ratings` overrides the default verdict names. */
export interface ClaimReviewOptions {
  pageUrl: string;
  author: ClaimReviewAuthor;
  ratings?: Partial<Record<ClaimStatus, string>>;
}

/**
 * The verdict, in words, for each status. Crosscheck's statuses say what the reviewer established,
 * not a truth scale, so the names stay close to them: "Disputed" claims evidence against the claim
 * without asserting it is false, and "Unsupported" says no source backs it, not that it is wrong.
 */
export const DEFAULT_RATINGS: Record<ClaimStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unsourced: 'Unsupported',
};

/** Longest claimReviewed accepted by Google is under this many characters. */
export const CLAIM_REVIEWED_MAX = 75;

/** One ClaimReview object per claim with a status; throws when pageUrl is not http(s) or the author has no name. */
export function claimReviewJsonLd(review: ReviewData, options: ClaimReviewOptions): object[] {
  const { pageUrl, author } = options;
  if (!isHttpUrl(pageUrl))
    throw new Error(
      `The page URL must be an absolute http:// or https:// address, got "${pageUrl.slice(0, 100)}".`,
    );
  if (squash(author.name) === '') throw new Error('The author needs a name.');
  const ratings = { ...DEFAULT_RATINGS, ...options.ratings };
  const out: object[] = [];
  for (const claim of orderedClaims(review)) {
    if (claim.status === null) continue;
    // The verdict is on the wording that was checked, not on what the article says now.
    const changed = textChanged(claim);
    const claimReviewed = shorten(
      changed ? claim.checkedQuote : claim.anchor.quote,
      CLAIM_REVIEWED_MAX,
    );
    if (claimReviewed === '') continue;
    const article = articleOf(review.articles, claim);
    const appearance = article ? creativeWork(article) : null;
    const note = squash(
      changed
        ? `${claim.note} The article's text changed after this claim was checked; it now reads: "${claim.anchor.quote}"`
        : claim.note,
    );
    const published = isoTime(claim.updatedAt).slice(0, 10);
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: pageUrl,
      claimReviewed,
      ...(published === '' ? {} : { datePublished: published }),
      author: { '@type': author.type, name: squash(author.name) },
      reviewRating: {
        '@type': 'Rating',
        alternateName: ratings[claim.status],
        ...(note === '' ? {} : { ratingExplanation: note }),
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(appearance ? { appearance: [appearance], firstAppearance: appearance } : {}),
      },
    });
  }
  return out;
}

/** The article as a CreativeWork: its URL when it has one, its headline, outlet and date. */
function creativeWork(a: ArticleData): object {
  const headline = squash(a.title);
  return {
    '@type': 'CreativeWork',
    ...(isHttpUrl(a.url) ? { url: a.url } : {}),
    ...(headline === '' ? {} : { headline }),
    ...(squash(a.outlet) === ''
      ? {}
      : { publisher: { '@type': 'Organization', name: squash(a.outlet) } }),
    ...(a.date ? { datePublished: a.date } : {}),
  };
}
