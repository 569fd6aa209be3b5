// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, injectArticle, injectChange } from '../../src/cli/inject-changes.ts';
import { prng } from '../../src/cli/synthetic-corpus.ts';
import { findDiscrepancies } from '../../src/core/facts/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), 'utf8'));

/** Recall of injected changes and false alarms per 100 unchanged paragraphs, paragraph against paragraph. */
function measure(texts: readonly string[], runs: readonly number[]) {
  let found = 0;
  let total = 0;
  let alarms = 0;
  let unchanged = 0;
  texts.forEach((text, k) => {
    for (const run of runs) {
      const inj = injectArticle(text, 1000 * k + run);
      const a = parseArticle('a.txt', inj.original);
      const b = parseArticle('b.txt', inj.altered);
      const spans = a.paragraphs.flatMap((pa, i) => {
        const pb = b.paragraphs[i];
        if (!pb) return [];
        return findDiscrepancies(pa, pb).map((d) => [pb.start + d.bStart, pb.start + d.bEnd]);
      });
      for (const c of inj.changes) {
        // A dropped word leaves an empty range: the words beside it count.
        const pad = c.end === c.start ? 12 : 1;
        total++;
        if (spans.some(([s, e]) => (s as number) < c.end + pad && c.start - pad < (e as number)))
          found++;
      }
      for (const [s, e] of inj.unchanged) {
        unchanged++;
        alarms += spans.filter(([x, y]) => (x as number) >= s && (y as number) <= e).length;
      }
    }
  });
  return { recall: found / total, total, per100: (100 * alarms) / unchanged, unchanged };
}

describe('injected changes in real articles', () => {
  it('injects each kind of change where the text allows it, and only there', () => {
    const rand = prng(7);
    const text =
      'On March 26, 2019, the senior official said the plan, which was approved, would cost 40 million if the talks in Varna fail.';
    for (const kind of CHANGE_KINDS) {
      const e = injectChange(text, kind, rand);
      expect(e, kind).not.toBeNull();
      expect(e?.text, kind).not.toBe(text);
    }
    expect(injectChange('No figures here at all.', 'figure', rand)).toBeNull();
  });

  it('finds at least 85% of the changes with at most 2 false alarms per 100 unchanged paragraphs', () => {
    const m = measure(seeds, [1, 2, 3]);
    console.log(
      `injected: recall ${m.recall.toFixed(3)} of ${m.total}; false alarms ${m.per100.toFixed(2)} per 100 of ${m.unchanged} unchanged paragraphs`,
    );
    expect(m.total).toBeGreaterThan(100);
    expect(m.recall).toBeGreaterThanOrEqual(0.85);
    expect(m.per100).toBeLessThanOrEqual(2);
  });
});
