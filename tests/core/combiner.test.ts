import { describe, expect, it } from 'vitest';
import { fitLogistic, predict } from '../../src/core/align/combiner.ts';
import { LINK_MODEL } from '../../src/core/align/link-model.ts';
import { FEATURES } from '../../src/core/align/pair-features.ts';

describe('the link combiner', () => {
  // Invented data: links have high coverage, non-links low; the second feature is noise.
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let k = 0; k < 200; k++) {
    const link = k % 2 === 0;
    xs.push([link ? 0.6 + (k % 7) / 20 : 0.1 + (k % 5) / 20, (k * 37) % 11]);
    ys.push(link ? 1 : 0);
  }

  it('learns which evidence separates links from other pairs', () => {
    const model = fitLogistic(['cover', 'noise'], xs, ys);
    expect(model.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(model.weights[1] as number)).toBeLessThan(Math.abs(model.weights[0] as number) / 5);
    expect(predict(model, [0.8, 3])).toBeGreaterThan(0.9);
    expect(predict(model, [0.15, 3])).toBeLessThan(0.1);
  });

  it('gives a probability that grows with the evidence', () => {
    const model = fitLogistic(['cover', 'noise'], xs, ys);
    const curve = [0, 0.2, 0.4, 0.6, 0.8, 1].map((c) => predict(model, [c, 5]));
    for (let k = 1; k < curve.length; k++) expect(curve[k]).toBeGreaterThan(curve[k - 1] as number);
  });

  it('lets example weights shift the decision towards the heavier class', () => {
    const light = fitLogistic(['cover', 'noise'], xs, ys);
    const heavy = fitLogistic(['cover', 'noise'], xs, ys, { weight: ys.map((y) => (y === 1 ? 5 : 1)) });
    expect(predict(heavy, [0.45, 5])).toBeGreaterThan(predict(light, [0.45, 5]));
  });

  it('in use is fitted on the evidence pairs carry today, feature for feature (run npm run train when not)', () => {
    expect(LINK_MODEL.features).toEqual([...FEATURES]);
    expect(LINK_MODEL.weights).toHaveLength(FEATURES.length);
  });

  it('keeps a constant feature harmless', () => {
    const model = fitLogistic(['cover', 'constant'], xs.map((x) => [x[0] as number, 1]), ys);
    expect(Math.abs(model.weights[1] as number)).toBeLessThan(1e-9);
    expect(Number.isFinite(predict(model, [0.5, 1]))).toBe(true);
  });
});
