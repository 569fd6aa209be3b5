/** What each Share button downloads: pure functions from a review to a file name, text and type. */
import {
  claimReviewJsonLd,
  claimsCsv,
  exportReviewJson,
  markdownReport,
  webAnnotations,
  type ReviewData,
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

/** The claims as a spreadsheet. */
export function claimsCsvFile(review: ReviewData, now: number): Download {
  return {
    filename: fileName(review, 'claims.csv', now),
    text: claimsCsv(review),
    type: 'text/csv',
  };
}

/** The report as Markdown. */
export function markdownFile(review: ReviewData, now: number): Download {
  return {
    filename: fileName(review, 'report.md', now),
    text: markdownReport(review),
    type: 'text/markdown',
  };
}

/** The claims as W3C Web Annotations (an array of JSON-LD objects). */
export function annotationsFile(review: ReviewData, now: number): Download {
  return {
    filename: fileName(review, 'annotations.jsonld', now),
    text: JSON.stringify(webAnnotations(review), null, 2),
    type: 'application/ld+json',
  };
}

/** Who publishes the ClaimReview markup and where, as typed in the form. */
export interface PublishDetails {
  pageUrl: string;
  authorName: string;
  authorType: 'Organization' | 'Person';
}

/** ClaimReview JSON-LD for the claims with a verdict, or a message saying what to fix. */
export function claimReviewFile(
  review: ReviewData,
  details: PublishDetails,
  now: number,
): { ok: true; file: Download } | { ok: false; error: string } {
  let items: object[];
  try {
    items = claimReviewJsonLd(review, {
      pageUrl: details.pageUrl.trim(),
      author: { type: details.authorType, name: details.authorName },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (items.length === 0)
    return { ok: false, error: 'No claim has a verdict yet: mark claims before publishing.' };
  return {
    ok: true,
    file: {
      filename: fileName(review, 'claimreview.jsonld', now),
      text: JSON.stringify(items, null, 2),
      type: 'application/ld+json',
    },
  };
}
