/** A logistic-regression combiner of paragraph-pair evidence, fitted by `npm run train`. */
export interface LinkModel {
  /** Feature names, in order (see FEATURES). */
  features: readonly string[];
  /** Standardisation: x' = (x - mean) / scale. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Link when the predicted probability reaches this. */
  threshold: number;
}

/** The probability that a pair with features x is a link. */
export function predict(model: LinkModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let k = 0; k < model.weights.length; k++) {
    z += (model.weights[k] as number) * (((x[k] as number) - (model.mean[k] as number)) / (model.scale[k] as number));
  }
  return 1 / (1 + Math.exp(-z));
}

/** Solves A x = b for a small symmetric positive definite A (Gaussian elimination, partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, k) => [...row, b[k] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[r]![k] = m[r]![k]! - f * m[col]![k]!;
    }
  }
  return m.map((row, k) => (Math.abs(row[k]!) < 1e-12 ? 0 : row[n]! / row[k]!));
}

/**
 * Fits L2-regularised logistic regression by Newton's method (IRLS) on standardised features.
 * `weight` gives each example's weight (e.g. to balance data sets of different sizes).
 */
export function fitLogistic(
  features: readonly string[],
  xs: readonly ArrayLike<number>[],
  ys: readonly number[],
  options: { l2?: number; iterations?: number; weight?: readonly number[] } = {},
): LinkModel {
  const d = features.length;
  const n = xs.length;
  const l2 = options.l2 ?? 1;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let k = 0; k < d; k++) mean[k]! += (x[k] as number) / Math.max(1, n);
  for (const x of xs) for (let k = 0; k < d; k++) scale[k]! += ((x[k] as number) - mean[k]!) ** 2 / Math.max(1, n);
  for (let k = 0; k < d; k++) scale[k] = Math.sqrt(scale[k]!) || 1;
  const z = xs.map((x) => [1, ...Array.from({ length: d }, (_, k) => ((x[k] as number) - mean[k]!) / scale[k]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let r = 0; r < n; r++) {
      const row = z[r]!;
      let s = 0;
      for (let k = 0; k <= d; k++) s += beta[k]! * row[k]!;
      const p = 1 / (1 + Math.exp(-s));
      const wt = options.weight?.[r] ?? 1;
      const g = wt * (p - (ys[r] as number));
      const h = wt * p * (1 - p);
      for (let k = 0; k <= d; k++) {
        grad[k]! += g * row[k]!;
        for (let l = k; l <= d; l++) hess[k]![l]! += h * row[k]! * row[l]!;
      }
    }
    for (let k = 0; k <= d; k++) {
      for (let l = 0; l < k; l++) hess[k]![l] = hess[l]![k]!;
      if (k > 0) {
        grad[k]! += l2 * beta[k]!;
        hess[k]![k]! += l2;
      }
    }
    const step = solve(hess, grad);
    let moved = 0;
    beta = beta.map((b, k) => {
      moved = Math.max(moved, Math.abs(step[k]!));
      return b - step[k]!;
    });
    if (moved < 1e-7) break;
  }
  return { features: [...features], mean, scale, weights: beta.slice(1), bias: beta[0]!, threshold: 0.5 };
}
