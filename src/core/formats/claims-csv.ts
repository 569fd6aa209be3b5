/** A spreadsheet of a review's claims: one row per claim. */
import Papa from 'papaparse';
import { sentenceFinder } from './claim-sentence.ts';
import { articleOf, orderedClaims, paragraphLocator, placeLabel } from './paragraphs.ts';
import {
  exportedStatus,
  IN_DISAGREEMENT,
  reviewerLabels,
  type TeamOptions,
} from './team-export.ts';
import { isoTime } from './text-utils.ts';
import { textChanged, type ReviewData } from './types.ts';

/** Column headings of the claims CSV, in order. */
export const CLAIM_COLUMNS = [
  'Claim ID',
  'Article ID',
  'Article title',
  'Outlet',
  'Article date',
  'Article URL',
  'Paragraph',
  'Quote',
  'Sentence',
  'Status',
  'Note',
  'Evidence',
  'Updated',
  'Text changed since checked',
  'Quote when checked',
] as const;

/** What joins a claim's evidence items in one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

/** The byte-order mark that makes Excel read a CSV as UTF-8 (curly quotes and dashes intact). */
export const BOM = '\uFEFF';

/**
 * The review's claims as CSV (RFC 4180, CRLF rows, UTF-8 with a byte-order mark). Paragraph is the
 * place as the article's reader counts it: a number, "headline", or "furniture N" for page furniture
 * and bylines, which are not counted. Sentence is the sentence a quote that is not a whole one
 * (a selection) sits in. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe, so a hostile note cannot execute.
 * A shared review (options.team) gives each claim its final verdict, or "in disagreement", and
 * with perReviewer a pair of columns per reviewer: their verdict and when they gave it.
 */
export function claimsCsv(review: ReviewData, options: TeamOptions = {}): string {
  const { team } = options;
  const each = team && options.perReviewer ? team.reviewers : [];
  const paragraph = paragraphLocator(review.articles);
  const sentence = sentenceFinder(review.articles);
  const rows = orderedClaims(review).map((c) => {
    const article = articleOf(review.articles, c);
    const status = exportedStatus(c, team);
    const entries = team?.claims[c.id]?.reviewers ?? [];
    const perReviewer = each.flatMap(({ id }) => {
      const e = entries.find((x) => x.reviewer === id);
      return [e?.status ?? '', e?.status ? isoTime(e.at ?? NaN) : ''];
    });
    return [
      c.id,
      c.articleId,
      article?.title ?? '',
      article?.outlet ?? '',
      article?.date ?? '',
      article?.url ?? '',
      placeLabel(paragraph(c)),
      c.anchor.quote,
      sentence(c) ?? '',
      status === 'disagreement' ? IN_DISAGREEMENT : (status ?? ''),
      c.note,
      c.evidence.join(EVIDENCE_SEPARATOR),
      isoTime(c.updatedAt),
      textChanged(c) ? 'yes' : '',
      textChanged(c) ? c.checkedQuote : '',
      ...perReviewer,
    ];
  });
  const labels = team && each.length > 0 ? reviewerLabels(team) : [];
  const extra = labels.flatMap((name) => [`${name}: verdict`, `${name}: when`]);
  return toCsv([...CLAIM_COLUMNS, ...extra], rows);
}

/** Rows to CSV with a byte-order mark, every cell quoted and formula-like cells defused. */
export function toCsv(header: string[], rows: string[][]): string {
  return BOM + Papa.unparse({ fields: header, data: rows }, { quotes: true, escapeFormulae: true });
}
