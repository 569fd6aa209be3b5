import type { Article } from '../../core/text/index.ts';
import type { Claim, ClaimStatus } from '../../store/index.ts';

export { shortQuote, splitUrls, STATUSES, statusLabel } from '../../components/claims/claim-text.ts';

/** What the sentence and claim lists show. */
export type StatusFilter = 'all' | 'unmarked' | ClaimStatus;

/** A sentence of the shown article, with where it sits. */
export interface SentenceRef {
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}

/** The key of a span of an article's text, for maps and DOM data attributes. */
export function spanKey(start: number, end: number): string {
  return `${start}-${end}`;
}

/** The paragraph of an article that holds an offset, by binary search (paragraphs are in order). */
function paragraphAt(article: Article, offset: number): Article['paragraphs'][number] | undefined {
  const ps = article.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ps[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return ps[lo];
}

// Looked up per claim, not as a set of every sentence: a 5 MB article has some 90,000 sentences.
const isSentence = (article: Article, start: number, end: number) =>
  paragraphAt(article, start)?.sentences.some((s) => s.start === start && s.end === end) ?? false;

/** Live sentence claims of an article by span key; the rest (selections, moved marks) by paragraph. */
export function placeClaims(
  article: Article,
  claims: Record<string, Claim>,
): { bySentence: Map<string, Claim>; byParagraph: Map<number, Claim[]> } {
  const bySentence = new Map<string, Claim>();
  const byParagraph = new Map<number, Claim[]>();
  for (const c of Object.values(claims)) {
    if (c.articleId !== article.id || c.anchorState === 'orphaned') continue;
    const key = spanKey(c.anchor.start, c.anchor.end);
    if (c.origin === 'sentence' && isSentence(article, c.anchor.start, c.anchor.end)) {
      bySentence.set(key, c);
      continue;
    }
    if (c.status === null && c.note === '' && c.evidence.length === 0) continue;
    const p = paragraphAt(article, c.anchor.start);
    if (!p) continue;
    byParagraph.set(p.index, [...(byParagraph.get(p.index) ?? []), c]);
  }
  return { bySentence, byParagraph };
}

/** A claim that carries rival verdicts from tabs that did not see each other. */
export type Conflicted = Claim & { conflict: NonNullable<Claim['conflict']> };

/** True when a claim carries verdicts in conflict. */
export const inConflict = (c: Claim): c is Conflicted =>
  c.conflict !== undefined && c.conflict.length > 1;

/** Whether a sentence with this claim (or none) passes the status filter. */
export function passes(filter: StatusFilter, claim: Claim | undefined): boolean {
  const status = claim?.status ?? null;
  if (filter === 'all') return true;
  if (filter === 'unmarked') return status === null;
  return status === filter;
}

/** A time stamp as the reviewer's local date and time. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Live sentence claims of every article, keyed by article id and span, for counterpart lookups. */
export function liveSentenceClaims(claims: Record<string, Claim>): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const c of Object.values(claims)) {
    if (c.origin !== 'sentence' || c.anchorState === 'orphaned') continue;
    out.set(`${c.articleId}\u0000${spanKey(c.anchor.start, c.anchor.end)}`, c);
  }
  return out;
}
