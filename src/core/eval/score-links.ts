/** A paragraph link as the scorer sees it: paragraph i of article a with paragraph j of article b. */
export interface LinkRef {
  a: string;
  i: number;
  b: string;
  j: number;
}

/** A reference link; a note starting with "weak" marks it optional. */
export interface ReferenceLink extends LinkRef {
  kind?: string;
  note?: string;
}

/** Counts and figures for one article pair, or for all pairs together. */
export interface LinkScore {
  /** Unordered article pair as "a|b" (ids sorted), or "overall". */
  pair: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Predicted links that hit an optional (weak) reference link: neither right nor wrong. */
  optionalHits: number;
  precision: number;
  recall: number;
  f1: number;
}

/** True for a reference link that is optional ("weak" background overlap). */
export function isOptional(link: ReferenceLink): boolean {
  return (link.note ?? '').trimStart().toLowerCase().startsWith('weak');
}

/** The unordered pair key of two article ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function linkKey(l: LinkRef): string {
  return l.a < l.b || (l.a === l.b && l.i <= l.j) ? `${l.a}|${l.i}|${l.b}|${l.j}` : `${l.b}|${l.j}|${l.a}|${l.i}`;
}

function figures(pair: string, tp: number, fp: number, fn: number, optionalHits: number): LinkScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pair, truePositives: tp, falsePositives: fp, falseNegatives: fn, optionalHits, precision, recall, f1 };
}

/**
 * Scores predicted links against a reference, per unordered article pair and overall (micro-averaged).
 * Only pairs that the reference covers are scored; optional reference links are excluded from both
 * precision's false positives and recall's denominator. Duplicate links count once.
 */
export function scoreLinks(
  reference: readonly ReferenceLink[],
  predicted: readonly LinkRef[],
  pairs?: readonly string[],
): { pairs: LinkScore[]; overall: LinkScore } {
  const scored = new Set(pairs ?? reference.map((l) => pairKey(l.a, l.b)));
  const owed = new Map<string, string>();
  const optional = new Set<string>();
  for (const l of reference) {
    const k = linkKey(l);
    if (isOptional(l)) optional.add(k);
    else owed.set(k, pairKey(l.a, l.b));
  }
  for (const k of owed.keys()) optional.delete(k);

  const counts = new Map<string, { tp: number; fp: number; fn: number; opt: number }>();
  for (const p of [...scored].sort()) counts.set(p, { tp: 0, fp: 0, fn: 0, opt: 0 });
  const found = new Set<string>();
  for (const l of predicted) {
    const pair = pairKey(l.a, l.b);
    const c = counts.get(pair);
    const k = linkKey(l);
    if (c === undefined || found.has(k)) continue;
    found.add(k);
    if (owed.has(k)) c.tp++;
    else if (optional.has(k)) c.opt++;
    else c.fp++;
  }
  for (const [k, pair] of owed) {
    const c = counts.get(pair);
    if (c !== undefined && !found.has(k)) c.fn++;
  }
  const perPair = [...counts].map(([p, c]) => figures(p, c.tp, c.fp, c.fn, c.opt));
  const sum = (f: (s: LinkScore) => number) => perPair.reduce((acc, s) => acc + f(s), 0);
  const overall = figures(
    'overall',
    sum((s) => s.truePositives),
    sum((s) => s.falsePositives),
    sum((s) => s.falseNegatives),
    sum((s) => s.optionalHits),
  );
  return { pairs: perPair, overall };
}
