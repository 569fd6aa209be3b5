/**
 * The verdicts as fact checks a newsroom can publish: schema.org ClaimReview JSON-LD, as Google's
 * fact-check documentation describes it, and the Fact Check Tools API's ClaimReviewMarkupPage.
 * Both come from one list of published reviews, so they always say the same thing.
 */
import { sentenceFinder, type SentenceFinder } from './claim-sentence.ts';
import { suggestClaimant, suggestClaimantType } from './claimant.ts';
import { orderedClaims } from './paragraphs.ts';
import { CLAIM_REVIEWED_MAX, checkPublishing, reviewAnchor } from './publishing.ts';
import { exportedStatus, type TeamExport } from './team-export.ts';
import { isHttpUrl, isoTime, squash, summarize } from './text-utils.ts';
import {
  textChanged,
  type ArticleData,
  type ClaimData,
  type ClaimStatus,
  type PublishSettings,
  type ReviewData,
  type ScaleRating,
} from './types.ts';

export {
  CLAIM_REVIEWED_MAX,
  DEFAULT_SCALE,
  checkPublishing,
  defaultPublishing,
  reviewAnchor,
} from './publishing.ts';

/** Extra knowledge the caller may have: other articles that carry a claim (from the alignment). */
export interface ClaimReviewOptions {
  carriers?: (claim: ClaimData) => readonly string[];
  /** A shared review's team verdicts: only final ones are published, never a disagreement. */
  team?: TeamExport;
}

/** One fact check: the claims it covers (the same claim marked in several articles) and its fields. */
export interface PublishedReview {
  claims: ClaimData[];
  url: string;
  claimReviewed: string;
  /** True when claimReviewed is the sentence shortened by Crosscheck, not the reviewer's words. */
  shortened: boolean;
  claimant: string;
  claimantType: 'Person' | 'Organization';
  /** The earliest date of the articles that carry the claim. */
  claimDate: string | null;
  appearances: ArticleData[];
  /** The earliest article, only when every carrier is dated and one is earliest. */
  firstAppearance: ArticleData | null;
  rating: ScaleRating;
  worst: number;
  best: number;
  explanation: string;
  datePublished: string;
}

const norm = (s: string) => squash(s).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

// Each article's text folded once and kept while the article is (a review update keeps the
// article objects it does not change), since a long article is searched for every claim.
const FOLDED = new WeakMap<ArticleData, string>();
function foldedText(a: ArticleData): string {
  let t = FOLDED.get(a);
  if (t === undefined) {
    t = norm(a.text);
    FOLDED.set(a, t);
  }
  return t;
}

/** The wording the verdict was given on: the checked quote when the text changed since. */
const checkedWording = (c: ClaimData) => (textChanged(c) ? c.checkedQuote : c.anchor.quote);

/** The reviewer's claimant, or the one the sentence's attribution suggests. */
export function claimantOf(claim: ClaimData, around: SentenceFinder): string {
  if (claim.claimant !== undefined) return squash(claim.claimant);
  // A selected phrase rarely holds its own attribution: read the sentence around it.
  const sentence = claim.origin === 'selection' ? around(claim) : null;
  return suggestClaimant(sentence ?? claim.anchor.quote);
}

/** The reviewer's summary, or the checked wording shortened at a word boundary (flagged as such). */
export function summaryOf(claim: ClaimData): { text: string; shortened: boolean } {
  const own = squash(claim.summary ?? '');
  if (own !== '') return { text: own, shortened: false };
  const cut = summarize(checkedWording(claim), CLAIM_REVIEWED_MAX);
  return { text: cut.text, shortened: cut.cut };
}

/**
 * The fact checks of a review: one per claim with a verdict, the same wording with the same verdict
 * in several articles counted once. In a shared review, only final verdicts (an editor's, or one
 * every reviewer gave): a claim reviewers still disagree on is left out. The settings are not
 * checked here (the exports check them).
 */
export function publishedReviews(
  review: ReviewData,
  settings: PublishSettings,
  options: ClaimReviewOptions = {},
): PublishedReview[] {
  const byId = new Map(review.articles.map((a, i) => [a.id, { a, i }]));
  const around = sentenceFinder(review.articles);
  const folded = review.articles.map((a) => ({ id: a.id, text: foldedText(a) }));
  const groups = new Map<string, { status: ClaimStatus; claims: ClaimData[] }>();
  for (const c of orderedClaims(review)) {
    const status = exportedStatus(c, options.team);
    if (status === null || status === 'disagreement' || squash(checkedWording(c)) === '') continue;
    const key = `${status}\u0000${norm(checkedWording(c))}`;
    groups.set(key, { status, claims: [...(groups.get(key)?.claims ?? []), c] });
  }
  const out: PublishedReview[] = [];
  for (const { status, claims } of groups.values()) {
    const lead = claims[0]!;
    const quote = norm(checkedWording(lead));
    const carriers = new Set<string>();
    for (const c of claims) {
      carriers.add(c.articleId);
      for (const id of options.carriers?.(c) ?? []) carriers.add(id);
    }
    for (const a of folded) if (a.text.includes(quote)) carriers.add(a.id);
    const appearances = [...carriers]
      .flatMap((id) => byId.get(id) ?? [])
      .sort((x, y) => (x.a.date ?? '\uffff').localeCompare(y.a.date ?? '\uffff') || x.i - y.i)
      .map((x) => x.a);
    const dated = appearances.filter((a) => a.date);
    const first =
      dated.length === appearances.length && dated.length > 0 && dated[0]!.date !== dated[1]?.date
        ? dated[0]!
        : null;
    const summary = claims.map(summaryOf).find((s) => !s.shortened) ?? summaryOf(lead);
    const claimant = claims.map((c) => claimantOf(c, around)).find((n) => n !== '') ?? '';
    const changed = claims.find(textChanged);
    const note = squash(
      [
        ...new Set(claims.map((c) => squash(c.note)).filter(Boolean)),
        changed
          ? `The article's text changed after this claim was checked; it now reads: "${changed.anchor.quote}"`
          : '',
      ].join(' '),
    );
    const base = settings.pageUrl.trim().replace(/#.*$/, '');
    out.push({
      claims,
      url: `${base}#${reviewAnchor(lead)}`,
      claimReviewed: summary.text,
      shortened: summary.shortened,
      claimant,
      claimantType:
        claims.find((c) => c.claimantType)?.claimantType ?? suggestClaimantType(claimant),
      claimDate: dated[0]?.date ?? null,
      appearances,
      firstAppearance: first,
      rating: settings.ratings[status],
      worst: settings.worst,
      best: settings.best,
      explanation: note,
      datePublished: isoTime(Math.max(...claims.map((c) => c.verdictAt ?? c.updatedAt))).slice(
        0,
        10,
      ),
    });
  }
  return out;
}

/** Throws with what to fix, one sentence each, when the settings cannot make valid fact checks. */
function assertPublishable(settings: PublishSettings): void {
  const problems = checkPublishing(settings);
  if (problems.length > 0) throw new Error(problems.join(' '));
}

/** One schema.org ClaimReview object per published review; throws when the settings are incomplete. */
export function claimReviewJsonLd(
  review: ReviewData,
  settings: PublishSettings,
  options: ClaimReviewOptions = {},
): object[] {
  assertPublishable(settings);
  const around = sentenceFinder(review.articles);
  return publishedReviews(review, settings, options).map((r) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: r.url,
    claimReviewed: r.claimReviewed,
    ...(r.datePublished ? { datePublished: r.datePublished } : {}),
    author: { '@type': 'Organization', name: squash(settings.publisher) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: r.rating.value,
      bestRating: r.best,
      worstRating: r.worst,
      alternateName: squash(r.rating.label),
      ...(r.explanation ? { ratingExplanation: r.explanation } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      // A claim made from a selection: the sentence it sits in, as the Claim's text.
      ...(around(r.claims[0]!) ? { text: around(r.claims[0]!) } : {}),
      ...(r.claimant ? { author: { '@type': r.claimantType, name: r.claimant } } : {}),
      ...(r.claimDate ? { datePublished: r.claimDate } : {}),
      appearance: r.appearances.map(creativeWork),
      ...(r.firstAppearance ? { firstAppearance: creativeWork(r.firstAppearance) } : {}),
    },
  }));
}

/**
 * The same reviews as the Fact Check Tools API's ClaimReviewMarkupPage (the body of pages.create):
 * page-level URL, author and date, then one ClaimReviewMarkup per review. The API links
 * appearances by URL only, so articles without a web address are left out of them.
 */
export function claimReviewMarkupPage(
  review: ReviewData,
  settings: PublishSettings,
  options: ClaimReviewOptions = {},
): object {
  assertPublishable(settings);
  const reviews = publishedReviews(review, settings, options);
  const urlOf = (a: ArticleData) => (isHttpUrl(a.url.trim()) ? a.url.trim() : null);
  const dates = reviews.map((r) => r.datePublished).filter(Boolean);
  return {
    pageUrl: settings.pageUrl.trim(),
    ...(dates.length > 0 ? { publishDate: dates.sort().at(-1) } : {}),
    claimReviewAuthor: { name: squash(settings.publisher) },
    claimReviewMarkups: reviews.map((r) => {
      const first = r.firstAppearance ? urlOf(r.firstAppearance) : null;
      const others = r.appearances
        .filter((a) => a !== r.firstAppearance)
        .flatMap((a) => urlOf(a) ?? []);
      return {
        url: r.url,
        claimReviewed: r.claimReviewed,
        ...(r.claimant ? { claimAuthor: { name: r.claimant } } : {}),
        ...(r.claimDate ? { claimDate: r.claimDate } : {}),
        ...(first ? { claimFirstAppearance: first } : {}),
        ...(others.length > 0 ? { claimAppearances: [...new Set(others)] } : {}),
        rating: {
          textualRating: squash(r.rating.label),
          ratingValue: r.rating.value,
          bestRating: r.best,
          worstRating: r.worst,
          ...(r.explanation ? { ratingExplanation: r.explanation } : {}),
        },
      };
    }),
  };
}

/** The article as a CreativeWork: its URL when it has one, its headline, outlet and date. */
function creativeWork(a: ArticleData): object {
  const headline = squash(a.title);
  const url = a.url.trim();
  return {
    '@type': 'CreativeWork',
    ...(isHttpUrl(url) ? { url } : {}),
    ...(headline === '' ? {} : { headline }),
    ...(squash(a.outlet) === ''
      ? {}
      : { publisher: { '@type': 'Organization', name: squash(a.outlet) } }),
    ...(a.date ? { datePublished: a.date } : {}),
  };
}
