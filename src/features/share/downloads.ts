/** What each Share button downloads: pure functions from a review to a file name, text and type. */
import {
  annotationCollection,
  changeListCsv,
  comparisonMarkdown,
  claimReviewJsonLd,
  claimReviewMarkupPage,
  claimsCsv,
  exportReviewJson,
  markdownReport,
  type ClaimReviewOptions,
  type ComparisonModel,
  type PublishSettings,
  type ReviewData,
  type TeamOptions,
} from '../../core/formats/index.ts';
import { fileStamp, slug } from '../../components/download.ts';

/** A file to offer for download. */
export interface Download {
  filename: string;
  text: string;
  type: string;
}

/** A file name from the review's name, the time and a suffix such as "claims.csv". */
export function fileName(review: ReviewData, suffix: string, now: number): string {
  return `${slug(review.name, 'review')}-${fileStamp(new Date(now))}.${suffix}`;
}

/** The whole review as a versioned JSON file that Import reads back. */
export function reviewJsonFile(review: ReviewData, now: number): Download {
  return {
    filename: fileName(review, 'review.json', now),
    text: exportReviewJson(review, now),
    type: 'application/json',
  };
}

/**
 * The claims as a spreadsheet (UTF-8 with a byte-order mark, which Excel needs to read it as such);
 * `team`: a shared review's final verdicts, and each reviewer's when asked.
 */
export function claimsCsvFile(review: ReviewData, now: number, team: TeamOptions = {}): Download {
  return {
    filename: fileName(review, 'claims.csv', now),
    text: claimsCsv(review, team),
    type: 'text/csv;charset=utf-8',
  };
}

/** The report as Markdown (with a shared review's team verdicts, as the claims CSV). */
export function markdownFile(review: ReviewData, now: number, team: TeamOptions = {}): Download {
  return {
    filename: fileName(review, 'report.md', now),
    text: markdownReport(review, team),
    type: 'text/markdown',
  };
}

/** The comparison report as Markdown: articles, coverage, the findings the filter shows, the claims. */
export function comparisonFile(
  review: ReviewData,
  model: ComparisonModel,
  now: number,
  team: TeamOptions = {},
): Download {
  return {
    filename: fileName(review, 'comparison.md', now),
    text: comparisonMarkdown(review, model, team),
    type: 'text/markdown',
  };
}

/** The change list: one row per finding and article pair (UTF-8 with a byte-order mark, as the claims CSV). */
export function changeListFile(review: ReviewData, model: ComparisonModel, now: number): Download {
  return {
    filename: fileName(review, 'changes.csv', now),
    text: changeListCsv(model),
    type: 'text/csv;charset=utf-8',
  };
}

/**
 * The claims as a W3C Web Annotation collection; `homepage` is where this Crosscheck runs; a shared
 * review's claims carry their final verdicts.
 */
export function annotationsFile(
  review: ReviewData,
  now: number,
  homepage?: string,
  { team }: TeamOptions = {},
): Download {
  const options = {
    now,
    ...(homepage === undefined ? {} : { homepage }),
    ...(team ? { team } : {}),
  };
  return {
    filename: fileName(review, 'annotations.jsonld', now),
    text: JSON.stringify(annotationCollection(review, options), null, 2),
    type: 'application/ld+json',
  };
}

/** The two shapes the fact checks come in. */
export type ClaimReviewShape = 'json-ld' | 'markup-page';

/**
 * The fact checks as schema.org ClaimReview JSON-LD (to embed in the published page) or as the
 * Fact Check Tools API's ClaimReviewMarkupPage, or a message saying what to fix.
 */
export function claimReviewFile(
  review: ReviewData,
  settings: PublishSettings,
  now: number,
  shape: ClaimReviewShape = 'json-ld',
  options: ClaimReviewOptions = {},
): { ok: true; file: Download } | { ok: false; error: string } {
  let value: object;
  try {
    value =
      shape === 'json-ld'
        ? claimReviewJsonLd(review, settings, options)
        : claimReviewMarkupPage(review, settings, options);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const empty = Array.isArray(value)
    ? value.length === 0
    : (value as { claimReviewMarkups: unknown[] }).claimReviewMarkups.length === 0;
  const disputed = Object.values(options.team?.claims ?? {}).filter(
    (c) => c.outcome === 'disagreement',
  ).length;
  if (empty)
    return {
      ok: false,
      error:
        disputed > 0
          ? 'No claim has a final verdict yet: the claims reviewers disagree on wait for an editor’s final verdict.'
          : 'No claim has a verdict yet: mark claims before publishing.',
    };
  return {
    ok: true,
    file: {
      filename: fileName(
        review,
        shape === 'json-ld' ? 'claimreview.jsonld' : 'claimreview-page.json',
        now,
      ),
      text: JSON.stringify(value, null, 2),
      type: shape === 'json-ld' ? 'application/ld+json' : 'application/json',
    },
  };
}
