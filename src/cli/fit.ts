import { alignArticles, pairEvidence, type Link } from '../core/align/index.ts';
import { fitLogistic, predict, type LinkModel } from '../core/align/combiner.ts';
import { FEATURES, pairStatus } from '../core/align/pair-features.ts';
import { articlePair, linkKey, type EvalGroup, type SetName } from '../core/eval/index.ts';

/** Labelled candidate pairs of one group: 1 owed, 0 wrong (pairs that are allowed but not owed are left out). */
export interface Labelled {
  set: SetName;
  group: string;
  xs: Float64Array[];
  ys: number[];
  owed: number;
}

/** The combiner's training rows of a group. */
export function labelled(g: EvalGroup): Labelled {
  const pairs = new Set(g.pairs);
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const r of pairEvidence(g.articles)) {
    if (!pairs.has(articlePair(r.a, r.b))) continue;
    const key = linkKey(r.a, r.i, r.b, r.j);
    if (g.owed.has(key)) ys.push(1);
    else if (g.allowed.has(key)) continue;
    else ys.push(0);
    xs.push(r.x);
  }
  return { set: g.set, group: g.id, xs, ys, owed: g.owed.size };
}

// Each set weighs the same in the fit, whatever its number of candidate pairs.
function setWeights(data: readonly Labelled[]): number[] {
  const rowsPerSet = new Map<SetName, number>();
  for (const d of data) rowsPerSet.set(d.set, (rowsPerSet.get(d.set) ?? 0) + d.ys.length);
  const total = [...rowsPerSet.values()].reduce((x, y) => x + y, 0);
  const share = total / Math.max(1, rowsPerSet.size);
  return data.flatMap((d) => d.ys.map(() => share / (rowsPerSet.get(d.set) ?? 1)));
}

/** The combiner's probability as alignArticles uses it: 1 for rule links, 0 for screened pairs. */
const probability = (model: LinkModel, x: Float64Array): number => {
  const status = pairStatus(x);
  return status === 'rule' ? 1 : status === 'screened' ? 0 : predict(model, x);
};

/**
 * Links must be trusted before they are many: the threshold is the lowest at which every set's link
 * precision on the training data reaches PRECISION_FLOOR (the highest-precision one when none does).
 */
export const PRECISION_FLOOR = 0.8;

function bestThreshold(model: LinkModel, data: readonly Labelled[]): number {
  const sets = [...new Set(data.map((d) => d.set))];
  const scored = sets.map((set) => data.filter((d) => d.set === set).flatMap((d) => d.xs.map((x, k) => [probability(model, x), d.ys[k] as number] as const)));
  let fallback = 0.95;
  let fallbackP = -1;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    let worst = 1;
    for (const ps of scored) {
      let found = 0;
      let wrong = 0;
      for (const [p, y] of ps) {
        if (p < t) continue;
        if (y === 1) found++;
        else wrong++;
      }
      if (found + wrong > 0) worst = Math.min(worst, found / (found + wrong));
    }
    if (worst >= PRECISION_FLOOR) return Math.round(t * 100) / 100;
    if (worst > fallbackP) {
      fallbackP = worst;
      fallback = Math.round(t * 100) / 100;
    }
  }
  return fallback;
}

/**
 * Fits the combiner on labelled groups: logistic regression, with each set weighted alike, on the pairs
 * left open (rule links are links already; screened pairs are not), then the threshold.
 */
export function fitModel(data: readonly Labelled[], l2 = 1): LinkModel {
  const open = data.map((d) => {
    const keep = d.xs.map((x) => pairStatus(x) === 'open');
    return { ...d, xs: d.xs.filter((_, k) => keep[k]), ys: d.ys.filter((_, k) => keep[k]) };
  });
  const xs = open.flatMap((d) => d.xs);
  const ys = open.flatMap((d) => d.ys);
  const model = fitLogistic(FEATURES, xs, ys, { l2, weight: setWeights(open) });
  return { ...model, threshold: bestThreshold(model, data) };
}

/** Aligns a group with a model: its links on the scored pairs. */
export function groupLinks(g: EvalGroup, model?: LinkModel): Link[] {
  const pairs = new Set(g.pairs);
  return alignArticles(g.articles, model === undefined ? {} : { model }).links.filter((l) => pairs.has(articlePair(l.a, l.b)));
}

/** Fold of a group in k-fold cross-validation: groups of each set are dealt round the folds in order. */
export function foldsOf(groups: readonly EvalGroup[], k: number): number[] {
  const count = new Map<SetName, number>();
  return groups.map((g) => {
    const n = count.get(g.set) ?? 0;
    count.set(g.set, n + 1);
    return n % k;
  });
}
