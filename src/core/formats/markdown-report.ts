/** A review as a Markdown report a person can read, print or paste. */
import { sentenceFinder } from './claim-sentence.ts';
import {
  describePlace,
  orderedClaims,
  paragraphLocator,
  type ParagraphPlace,
} from './paragraphs.ts';
import {
  exportedStatus,
  reviewerLabels,
  type ReviewerEntry,
  type TeamOptions,
} from './team-export.ts';
import { isHttpUrl, isoTime } from './text-utils.ts';
import {
  CLAIM_STATUSES,
  TEXT_CHANGED,
  textChanged,
  type ArticleData,
  type ClaimData,
  type ReviewData,
} from './types.ts';

/** How each status reads in a report. */
export const STATUS_LABELS: Record<ClaimData['status'] & string, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  unsourced: 'Unsourced',
};

const NO_STATUS = 'No status';
const DISAGREEMENT = 'In disagreement';

/**
 * The report: title, articles with outlet and date, counts per status, then claims by article. A
 * shared review (options.team) reports final verdicts, claims still disputed between reviewers as
 * "In disagreement", and with perReviewer a line per reviewer under each claim.
 */
export function markdownReport(review: ReviewData, options: TeamOptions = {}): string {
  const out: string[] = [`# ${inline(review.name) || 'Untitled review'}`, ''];
  const updated = isoTime(review.updatedAt);
  if (updated) out.push(`Last updated ${updated.slice(0, 10)}.`, '');

  out.push('## Articles', '');
  if (review.articles.length === 0) out.push('No articles.');
  review.articles.forEach((a, i) => out.push(`${i + 1}. ${articleLine(a)}`));
  out.push('', ...claimSections(review, 2, options));
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The claims part of a report: counts per status, then the claims by article, with verdict, place,
 * note and evidence; `level` is the level of its headings (the claims' own are one below). With
 * options.team, the team's final verdicts (and, with perReviewer, each reviewer's under the claim).
 */
export function claimSections(
  review: ReviewData,
  level: number,
  options: TeamOptions = {},
): string[] {
  const { team } = options;
  // With each reviewer's lines, a claim only a colleague wrote a note on is reported too.
  const each = team && options.perReviewer ? team : undefined;
  const claims = orderedClaims(review, (c) => (each?.claims[c.id]?.reviewers.length ?? 0) > 0);
  const status = (c: ClaimData) => exportedStatus(c, team);
  const paragraph = paragraphLocator(review.articles);
  const sentence = sentenceFinder(review.articles);
  const h = '#'.repeat(level);
  const out = [`${h} Claims by status`, ''];
  out.push('| Status | Claims |', '| --- | ---: |');
  for (const s of CLAIM_STATUSES)
    out.push(`| ${STATUS_LABELS[s]} | ${claims.filter((c) => status(c) === s).length} |`);
  const disputed = claims.filter((c) => status(c) === 'disagreement').length;
  if (disputed > 0) out.push(`| ${DISAGREEMENT} | ${disputed} |`);
  const open = claims.filter((c) => status(c) === null).length;
  if (open > 0) out.push(`| ${NO_STATUS} | ${open} |`);
  out.push(`| **Total** | **${claims.length}** |`, '');

  const groups = [...review.articles.map((a) => ({ id: a.id, title: titleOf(a) }))];
  const known = new Set(groups.map((g) => g.id));
  if (claims.some((c) => !known.has(c.articleId)))
    groups.push({ id: '', title: 'Claims on removed articles' });
  for (const group of groups) {
    const mine = claims.filter((c) =>
      group.id === '' ? !known.has(c.articleId) : c.articleId === group.id,
    );
    if (mine.length === 0) continue;
    out.push(`${h} ${inline(group.title)}`, '');
    for (const c of mine) {
      out.push(...claimBlock(c, status(c), paragraph(c), sentence(c), `${h}#`));
      if (team && options.perReviewer) out.push(...reviewerLines(team, c.id));
      out.push('');
    }
  }
  if (claims.length === 0) out.push('No claims have been marked yet.', '');
  return out;
}

function claimBlock(
  c: ClaimData,
  verdict: ClaimData['status'] | 'disagreement',
  paragraph: ParagraphPlace | null,
  sentence: string | null,
  h: string,
): string[] {
  const status =
    verdict === 'disagreement' ? DISAGREEMENT : verdict ? STATUS_LABELS[verdict] : NO_STATUS;
  const where = paragraph === null ? '' : ` (${describePlace(paragraph)})`;
  const lost = c.anchorState === 'orphaned' ? ' — quote no longer found in the article' : '';
  const changed = textChanged(c) ? ` — ${TEXT_CHANGED}` : '';
  const lines = [`${h} ${status}${where}${lost}${changed}`, '', ...quoteBlock(c.anchor.quote)];
  if (sentence !== null) lines.push('', `**In the sentence:** ${inline(sentence)}`);
  if (textChanged(c)) lines.push('', '**Quote when checked:**', '', ...quoteBlock(c.checkedQuote));
  if (c.note.trim() !== '') lines.push('', `**Note:** ${multiline(c.note)}`);
  if (c.evidence.length > 0) {
    lines.push('', '**Evidence:**', '');
    for (const e of c.evidence) lines.push(`- ${inline(e)}`);
  }
  return lines;
}

/** Each reviewer's verdict on a claim, with when, and their note with its author and time. */
function reviewerLines(team: NonNullable<TeamOptions['team']>, claimId: string): string[] {
  const entries = team.claims[claimId]?.reviewers ?? [];
  if (entries.length === 0) return [];
  const labels = reviewerLabels(team);
  const label = (e: ReviewerEntry) =>
    labels[team.reviewers.findIndex((r) => r.id === e.reviewer)] ?? e.name;
  const lines = ['', '**Each reviewer:**', ''];
  for (const e of entries) {
    const verdict = e.status
      ? `${STATUS_LABELS[e.status]}, ${isoTime(e.at ?? NaN) || 'time unknown'}`
      : 'no verdict';
    const note =
      e.note.trim() === ''
        ? ''
        : ` — note by ${inline(label(e))}${e.noteAt === null ? '' : `, ${isoTime(e.noteAt)}`}: ${inline(e.note)}`;
    lines.push(`- ${inline(label(e))}: ${verdict}${note}`);
  }
  return lines;
}

/** An article on one line: bold title, outlet, date and its URL. */
export function articleLine(a: ArticleData): string {
  const parts = [`**${inline(titleOf(a))}**`];
  if (a.outlet.trim() !== '') parts.push(inline(a.outlet));
  if (a.date) parts.push(inline(a.date));
  const line = parts.join(' — ');
  return isHttpUrl(a.url) ? `${line} <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>` : line;
}

/** The article's title, or a stand-in when it has none. */
export const titleOf = (a: ArticleData) => (a.title.trim() === '' ? 'Untitled article' : a.title);

/** Each line of the quote as a blockquote line, escaped. */
export function quoteBlock(quote: string): string[] {
  const lines = quote.split(/\r?\n/).map((l) => `> ${inline(l)}`.trimEnd());
  return lines.length > 0 ? lines : ['>'];
}

/** Text on one line with inline Markdown and HTML escaped, so a note cannot inject markup. */
export function inline(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** Text that may span lines, kept as separate lines (two-space breaks), escaped line by line. */
function multiline(s: string): string {
  return s
    .trim()
    .split(/\r?\n/)
    .map((l, i) => (i === 0 ? inline(l) : blockSafe(inline(l))))
    .join('  \n');
}

/** A continuation line that would otherwise open a heading, list, quote or rule. */
function blockSafe(line: string): string {
  if (/^\d+[.)]/.test(line)) return line.replace(/^(\d+)/, '$1\\');
  return /^[#+\-=]/.test(line) ? `\\${line}` : line;
}
