/** A spreadsheet of a review's claims: one row per claim. */
import Papa from 'papaparse';
import { articleOf, orderedClaims, paragraphLocator } from './paragraphs.ts';
import { isoTime } from './text-utils.ts';
import { textChanged, type ReviewData } from './types.ts';

/** Column headings of the claims CSV, in order. */
export const CLAIM_COLUMNS = [
  'Claim ID',
  'Article ID',
  'Article title',
  'Paragraph',
  'Quote',
  'Status',
  'Note',
  'Evidence',
  'Updated',
  'Text changed since checked',
  'Quote when checked',
] as const;

/** What joins a claim's evidence items in one cell. */
export const EVIDENCE_SEPARATOR = ' | ';

/**
 * The review's claims as CSV (RFC 4180, CRLF rows). Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe, so a hostile note cannot execute.
 */
export function claimsCsv(review: ReviewData): string {
  const paragraph = paragraphLocator(review.articles);
  const rows = orderedClaims(review).map((c) => [
    c.id,
    c.articleId,
    articleOf(review.articles, c)?.title ?? '',
    paragraph(c)?.toString() ?? '',
    c.anchor.quote,
    c.status ?? '',
    c.note,
    c.evidence.join(EVIDENCE_SEPARATOR),
    isoTime(c.updatedAt),
    textChanged(c) ? 'yes' : '',
    textChanged(c) ? c.checkedQuote : '',
  ]);
  return toCsv([...CLAIM_COLUMNS], rows);
}

/** Rows to CSV with every cell quoted and formula-like cells defused. */
export function toCsv(header: string[], rows: string[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { quotes: true, escapeFormulae: true });
}
