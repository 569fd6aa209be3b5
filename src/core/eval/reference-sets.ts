import type { Article } from '../text/types.ts';

/** Which reference set a group belongs to. */
export type SetName = 'seeds' | 'cross-outlet' | 'fables';

/** A reference discrepancy: a paragraph pair, the exact span on each side and the annotated type. */
export interface ReferenceFinding {
  a: string;
  i: number;
  b: string;
  j: number;
  type: string;
  aSpan: string;
  bSpan: string;
}

/** Articles aligned together, and what a reference says of them. */
export interface EvalGroup {
  set: SetName;
  id: string;
  articles: Article[];
  /** Unordered article pairs scored ("a|b", ids sorted). */
  pairs: string[];
  /** Links a system owes (linkKey form). */
  owed: Set<string>;
  /** Links that are not wrong: owed ones plus those only one annotator has or marks as background. */
  allowed: Set<string>;
  findings: ReferenceFinding[];
}

/** The key of an unordered paragraph link: "a|i|b|j" with the article ids in code-unit order. */
export function linkKey(a: string, i: number, b: string, j: number): string {
  return a < b ? `${a}|${i}|${b}|${j}` : `${b}|${j}|${a}|${i}`;
}

/** The key of an unordered article pair. */
export function articlePair(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Link counts and figures. */
export interface LinkFigures {
  owed: number;
  predicted: number;
  found: number;
  wrong: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predicted links: found = owed links predicted; wrong = predicted links that are not allowed. */
export function scoreGroupLinks(groups: readonly EvalGroup[], predicted: readonly { a: string; i: number; b: string; j: number }[][]): LinkFigures {
  let owed = 0;
  let found = 0;
  let wrong = 0;
  let count = 0;
  groups.forEach((g, k) => {
    owed += g.owed.size;
    const pairs = new Set(g.pairs);
    const seen = new Set<string>();
    for (const l of predicted[k] ?? []) {
      if (!pairs.has(articlePair(l.a, l.b))) continue;
      const key = linkKey(l.a, l.i, l.b, l.j);
      if (seen.has(key)) continue;
      seen.add(key);
      count++;
      if (g.owed.has(key)) found++;
      else if (!g.allowed.has(key)) wrong++;
    }
  });
  return figures(owed, count, found, wrong);
}

function figures(owed: number, predicted: number, found: number, wrong: number): LinkFigures {
  const precision = found + wrong === 0 ? 0 : found / (found + wrong);
  const recall = owed === 0 ? 0 : found / owed;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { owed, predicted, found, wrong, precision, recall, f1 };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const overlaps = (x: string, y: string) => {
  const fx = fold(x);
  const fy = fold(y);
  return fx !== '' && fy !== '' && (fx.includes(fy) || fy.includes(fx));
};

/** A reported discrepancy as the scorer reads it: the same shape as a reference one. */
export type ReportedFinding = ReferenceFinding;

/** True when a report names the reference's paragraph pair and a span overlaps (one contains the other). */
export function findingMatches(r: ReportedFinding, ref: ReferenceFinding): boolean {
  if (r.a === ref.a && r.i === ref.i && r.b === ref.b && r.j === ref.j) return overlaps(r.aSpan, ref.aSpan) || overlaps(r.bSpan, ref.bSpan);
  if (r.a === ref.b && r.i === ref.j && r.b === ref.a && r.j === ref.i) return overlaps(r.bSpan, ref.aSpan) || overlaps(r.aSpan, ref.bSpan);
  return false;
}

/** Recall and precision of discrepancies, in all and per type (reference type for recall, reported type for precision). */
export interface FindingFigures {
  reference: number;
  reported: number;
  found: number;
  useful: number;
  recall: number;
  precision: number;
  byType: Record<string, { reference: number; found: number; reported: number; useful: number }>;
}

/** Scores reported discrepancies against the reference findings of each group (reports on other pairs are ignored). */
export function scoreGroupFindings(groups: readonly EvalGroup[], reported: readonly ReportedFinding[][]): FindingFigures {
  const byType: FindingFigures['byType'] = {};
  const slot = (t: string) => (byType[t] ??= { reference: 0, found: 0, reported: 0, useful: 0 });
  let reference = 0;
  let found = 0;
  let count = 0;
  let useful = 0;
  groups.forEach((g, k) => {
    const pairs = new Set(g.pairs);
    const mine = (reported[k] ?? []).filter((r) => pairs.has(articlePair(r.a, r.b)));
    for (const ref of g.findings) {
      reference++;
      slot(ref.type).reference++;
      if (mine.some((r) => findingMatches(r, ref))) {
        found++;
        slot(ref.type).found++;
      }
    }
    for (const r of mine) {
      count++;
      slot(r.type).reported++;
      if (g.findings.some((ref) => findingMatches(r, ref))) {
        useful++;
        slot(r.type).useful++;
      }
    }
  });
  return {
    reference,
    reported: count,
    found,
    useful,
    recall: reference === 0 ? 0 : found / reference,
    precision: count === 0 ? 0 : useful / count,
    byType,
  };
}
