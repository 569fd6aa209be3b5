import { parseArticle } from '../core/text/index.ts';
import manifest from '../../seeds/manifest.json';
import type { ArticleRecord, Review } from './types.ts';

const texts = import.meta.glob<string>('../../seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  date: string | null;
}

/** The sample articles shipped in seeds/, with their manifest metadata. */
export function seedArticles(): ArticleRecord[] {
  const entries = manifest.articles as ManifestEntry[];
  return (
    Object.entries(texts)
      .map(([path, text]) => {
        const file = path.slice(path.lastIndexOf('/') + 1);
        const meta = entries.find((e) => e.file === file);
        // Parse only when the manifest lacks the metadata: start-up stays light.
        const parsed = meta ? null : parseArticle(file, text);
        return {
          id: file,
          text,
          title: meta?.title ?? parsed?.title ?? file,
          outlet: meta?.outlet ?? 'unknown',
          date: meta ? meta.date : (parsed?.date ?? null),
          url: '',
          addedAt: 0,
        };
      })
      // By code unit: the ids are ASCII file names, and a first localeCompare starts an ICU collator,
      // some 10 to 20 ms of start-up.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  );
}

/** The review the app opens on when nothing is saved. */
export function seedReview(id: string, now: number): Review {
  return {
    id,
    name: manifest.reviewName,
    createdAt: now,
    updatedAt: now,
    articles: seedArticles(),
    claims: {},
    removedArticles: {},
    view: { base: null, order: [], hidden: [], collapsed: [] },
  };
}

const SAMPLE_IDS = new Set((manifest.articles as ManifestEntry[]).map((e) => e.file));
/** Longest name taken from an article's title; a longer title is cut at a word. */
const MAX_TAKEN_NAME = 80;

/** A title cut to at most MAX_TAKEN_NAME characters, at a word where it can be, with "…". */
function shortName(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TAKEN_NAME) return t;
  const cut = t.slice(0, MAX_TAKEN_NAME - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TAKEN_NAME / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The name the sample review opens with ("Sample: …"). */
export const SAMPLE_REVIEW_NAME: string = manifest.reviewName;

/** The name "New" gives a review, numbered when a review has it already ("New review 2"). */
export const NEW_REVIEW_NAME = 'New review';
const NEW_REVIEW = /^New review(?: \d+)?$/;

/** NEW_REVIEW_NAME, or the first "New review N" no review is called, so that the list tells them apart. */
export function newReviewName(taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(NEW_REVIEW_NAME)) return NEW_REVIEW_NAME;
  let n = 2;
  while (names.has(`${NEW_REVIEW_NAME} ${n}`)) n++;
  return `${NEW_REVIEW_NAME} ${n}`;
}

/**
 * The name a review has once its articles changed (it held `before` of them). A name the app gave,
 * not the reviewer, says nothing of what the review holds: the sample review's ("Sample: …")
 * misleads once no sample article is left in it, and "New review" tells one new review from another
 * by nothing. The sample review takes the title of its first article once no sample is left; a new
 * review when it gets its first article(s), and only then (a review the reviewer named "New review
 * 2" and filled is not renamed when an article comes or goes). Any other name, above all one the
 * reviewer typed, is kept as it is.
 */
export function nameAfterArticles(review: Review, before = 0): string {
  const first = review.articles[0];
  if (!first) return review.name;
  if (review.name === manifest.reviewName) {
    if (review.articles.some((a) => SAMPLE_IDS.has(a.id))) return review.name;
    return shortName(first.title) || first.id;
  }
  if (NEW_REVIEW.test(review.name) && before === 0) return shortName(first.title) || first.id;
  return review.name;
}
