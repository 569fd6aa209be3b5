/**
 * The comparison as the reports show it: the articles with their letters, the coverage between
 * them, and the findings that pass the discrepancy list's filter, each with its triage status, its
 * versions and its article pairs, placed by paragraph as the article's reader counts them.
 */
import type { Comparison } from '../compare/compute.ts';
import { passes, TRIAGE_STATUSES, type FindingFilter } from '../compare/finding-filter.ts';
import {
  findingRow,
  groupFindings,
  paragraphRows,
  SEVERITY_RANK,
  type Finding,
} from '../compare/findings.ts';
import { findingKey, findingSentence, statusOf, triageOf } from '../compare/triage.ts';
import type { Article } from '../text/index.ts';
import { placesOf, type ParagraphPlace } from './paragraphs.ts';
import type { ArticleData, ReviewData, TriageStatus } from './types.ts';

/** An article of the comparison, with the letter the compare view gives it. */
export interface ComparedArticle {
  id: string;
  letter: string;
  title: string;
  outlet: string;
  date: string;
  url: string;
  /** False when the reviewer hid it from the comparison: its findings are not listed. */
  shown: boolean;
}

/** A paragraph carrying a wording: its article, its place as the reader counts, its sentence. */
export interface FindingPlace {
  article: string;
  letter: string;
  /** The paragraph's index in the parsed article (the compare view's ¶ is this + 1). */
  paragraph: number;
  place: ParagraphPlace | null;
  sentence: string;
}

/** Two articles' wordings of one finding, as one pair-wise discrepancy found them. */
export interface FindingPair {
  a: FindingPlace;
  b: FindingPlace;
  aWording: string;
  bWording: string;
  severity: Finding['severity'];
  explanation: string;
}

/** A finding as reported, numbered in list order. */
export interface ReportFinding {
  n: number;
  /** Its findingKey, under which its triage is saved. */
  key: string;
  type: string;
  severity: Finding['severity'];
  status: TriageStatus;
  explanation: string;
  versions: { text: string; places: FindingPlace[] }[];
  pairs: FindingPair[];
}

/** Everything a comparison report holds beside the claims. */
export interface ComparisonModel {
  articles: ComparedArticle[];
  /** coverage[x][y]: share of article x's content found in article y, in `articles` order. */
  coverage: number[][];
  findings: ReportFinding[];
  filter: FindingFilter;
  /** Findings among the shown articles that the filter leaves out, by status. */
  leftOut: Record<TriageStatus, number>;
}

/** The letter of the k-th article, as the compare view's columns and heat map name it. */
export const articleLetter = (k: number): string =>
  String.fromCharCode(65 + (k % 26)) + (k >= 26 ? String(Math.floor(k / 26)) : '');

/** The review's articles in the compare view's column order (saved order first, then load order). */
export function columnOrder(review: Pick<ReviewData, 'articles' | 'view'>): ArticleData[] {
  const rank = new Map(review.view.order.map((id, k) => [id, k]));
  const at = (a: ArticleData, k: number) => rank.get(a.id) ?? 1e9 + k;
  return review.articles
    .map((a, k) => ({ a, r: at(a, k) }))
    .sort((x, y) => x.r - y.r)
    .map((x) => x.a);
}

/** The base the compare view aligns on: the chosen one, else the first column. */
export function comparisonBase(review: Pick<ReviewData, 'articles' | 'view'>): string | null {
  const ordered = columnOrder(review);
  return ordered.find((a) => a.id === review.view.base)?.id ?? ordered[0]?.id ?? null;
}

/** The comparison of the review's articles (from the worker) as the reports show it, under `filter`. */
export function comparisonModel(
  review: Pick<ReviewData, 'articles' | 'view' | 'triage'>,
  comparison: Comparison,
  filter: FindingFilter,
): ComparisonModel {
  const parsed = new Map(comparison.articles.map((a) => [a.id, a]));
  const base = comparisonBase(review);
  // Letters count every column, as the compare view's do.
  const columns = columnOrder(review);
  const articles = columns
    .flatMap((a, k) => (parsed.has(a.id) ? [{ a, k }] : []))
    .map(({ a, k }) => ({
      id: a.id,
      letter: articleLetter(k),
      title: a.title.trim() || 'Untitled article',
      outlet: a.outlet.trim(),
      date: a.date ?? '',
      url: a.url,
      shown: a.id === base || !review.view.hidden.includes(a.id),
    }));
  const input = new Map(comparison.articles.map((a, k) => [a.id, k]));
  const coverage = articles.map((x) =>
    articles.map((y) => comparison.coverage[input.get(x.id)!]?.[input.get(y.id)!] ?? 0),
  );

  const shown = articles.filter((a) => a.shown).map((a) => a.id);
  const findings = shownFindings(comparison, shown);
  const keyed = findings.map((finding) => ({ key: findingKey(finding), finding }));
  const decided = triageOf(keyed, review.triage ?? {});
  const leftOut = { open: 0, confirmed: 0, dismissed: 0 };
  const place = placer(parsed, new Map(articles.map((a) => [a.id, a.letter])));
  const reported: ReportFinding[] = [];
  for (const { key, finding } of keyed) {
    const status = statusOf(decided, key);
    if (!passes(filter, finding.type, status)) {
      leftOut[status] += 1;
      continue;
    }
    reported.push({ ...reportFinding(finding, reported.length + 1, status, place, shown), key });
  }
  return { articles, coverage, findings: reported, filter, leftOut };
}

/** True when some finding was left out by the filter. */
export const anyLeftOut = (m: ComparisonModel): boolean =>
  TRIAGE_STATUSES.some((s) => m.leftOut[s] > 0);

/** The findings among the shown articles, most severe first, then by their rows (as the list has them). */
function shownFindings(comparison: Comparison, shown: readonly string[]): Finding[] {
  const ids = new Set(shown);
  const list = comparison.discrepancies.filter((d) => ids.has(d.a) && ids.has(d.b));
  const rowOf = paragraphRows(comparison.rows, shown);
  return groupFindings(list, shown)
    .map((f) => ({ f, row: findingRow(f, rowOf) }))
    .sort((x, y) => SEVERITY_RANK[x.f.severity] - SEVERITY_RANK[y.f.severity] || x.row - y.row)
    .map((x) => x.f);
}

type Placer = (f: Finding, article: string, paragraph: number) => FindingPlace;

/** Places paragraphs as the reader counts them; each article's places are worked out once. */
function placer(
  parsed: ReadonlyMap<string, Article>,
  letters: ReadonlyMap<string, string>,
): Placer {
  const places = new Map<string, ReturnType<typeof placesOf>>();
  return (f, id, paragraph) => {
    const article = parsed.get(id);
    let list = places.get(id);
    if (!list && article) places.set(id, (list = placesOf(article.paragraphs)));
    const sentence = article ? findingSentence(f, { article: id, paragraph }, article) : null;
    return {
      article: id,
      letter: letters.get(id) ?? id,
      paragraph,
      place: list?.[paragraph]?.place ?? null,
      sentence: sentence?.text.replace(/\s+/g, ' ').trim() ?? '',
    };
  };
}

function reportFinding(
  f: Finding,
  n: number,
  status: TriageStatus,
  place: Placer,
  order: readonly string[],
): Omit<ReportFinding, 'key'> {
  // A paragraph recurs in pair after pair: place it (and find its sentence) once.
  const placed = new Map<string, FindingPlace>();
  const at = (article: string, paragraph: number) => {
    const id = `${article}#${paragraph}`;
    let p = placed.get(id);
    if (!p) placed.set(id, (p = place(f, article, paragraph)));
    return p;
  };
  const seen = new Set<string>();
  const pairs: FindingPair[] = [];
  for (const d of f.pairs) {
    // Each pair reads in column order: the earlier article on the left.
    const flip = order.indexOf(d.b) < order.indexOf(d.a);
    const [a, i, aSpan, b, j, bSpan] = flip
      ? [d.b, d.j, d.bSpan, d.a, d.i, d.aSpan]
      : [d.a, d.i, d.aSpan, d.b, d.j, d.bSpan];
    const key = JSON.stringify([a, i, aSpan, b, j, bSpan]);
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push({
      a: at(a, i),
      b: at(b, j),
      aWording: aSpan,
      bWording: bSpan,
      severity: d.severity,
      explanation: d.explanation,
    });
  }
  return {
    n,
    type: f.type,
    severity: f.severity,
    status,
    explanation: f.explanation,
    versions: f.versions.map((v) => ({
      text: v.text,
      places: v.places.map((p) => at(p.article, p.paragraph)),
    })),
    pairs,
  };
}
