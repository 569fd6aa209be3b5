// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findDiscrepancies,
  placeReference,
  scoreDiscrepancies,
} from '../../src/core/facts/index.ts';
import type { PlacedDiscrepancy, ReferenceDiscrepancy } from '../../src/core/facts/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import type { Article } from '../../src/core/text/index.ts';

const placed = (
  a: string,
  i: number,
  b: string,
  j: number,
  r: [number, number, number, number],
) => ({
  a,
  i,
  b,
  j,
  aStart: r[0],
  aEnd: r[1],
  bStart: r[2],
  bEnd: r[3],
});

describe('scoreDiscrepancies', () => {
  it('counts a report on the same pair whose span overlaps on either side', () => {
    const ref = [placed('x', 1, 'y', 2, [10, 20, 5, 9])];
    const s = scoreDiscrepancies(
      [placed('x', 1, 'y', 2, [0, 5, 6, 7]), placed('x', 1, 'y', 3, [10, 20, 5, 9])],
      ref,
    );
    expect(s).toMatchObject({
      correct: 1,
      reported: 2,
      found: 1,
      expected: 1,
      precision: 0.5,
      recall: 1,
    });
  });

  it('matches a report given with the articles in the other order', () => {
    const ref = [placed('x', 1, 'y', 2, [10, 20, 5, 9])];
    expect(scoreDiscrepancies([placed('y', 2, 'x', 1, [0, 1, 12, 13])], ref).recall).toBe(1);
  });

  it('scores nothing reported against nothing expected as perfect', () => {
    expect(scoreDiscrepancies([], [])).toMatchObject({ precision: 1, recall: 1 });
  });

  it('places reference spans by their text', () => {
    const texts: Record<string, string> = { x: 'one two three', y: 'four five' };
    const r = placeReference(
      { a: 'x', i: 0, b: 'y', j: 0, a_span: 'two', b_span: 'gone' },
      (id) => texts[id] ?? '',
    );
    expect([r.aStart, r.aEnd, r.bStart, r.bEnd]).toEqual([4, 7, -1, -1]);
  });
});

interface DevFile {
  links: Array<{ a: string; i: number; b: string; j: number; note?: string }>;
  discrepancies: ReferenceDiscrepancy[];
}

describe('discrepancies on the dev seed pairs', () => {
  const dev = JSON.parse(
    readFileSync(new URL('../fixtures/facts/seed-alignment-dev.json', import.meta.url), 'utf8'),
  ) as DevFile;
  const articles = new Map<string, Article>();
  const article = (id: string) => {
    let a = articles.get(id);
    if (!a) {
      a = parseArticle(id, readFileSync(new URL(`../../seeds/${id}`, import.meta.url), 'utf8'));
      articles.set(id, a);
    }
    return a;
  };
  const text = (id: string, i: number) => article(id).paragraphs[i]?.text ?? '';

  it('finds at least 70% of the reference with at least 60% precision on the reference links', () => {
    const reported: PlacedDiscrepancy[] = [];
    for (const l of dev.links) {
      const pa = article(l.a).paragraphs[l.i];
      const pb = article(l.b).paragraphs[l.j];
      if (!pa || !pb) continue;
      for (const d of findDiscrepancies(pa, pb))
        reported.push({ a: l.a, i: l.i, b: l.b, j: l.j, ...d });
    }
    const s = scoreDiscrepancies(
      reported,
      dev.discrepancies.map((r) => placeReference(r, text)),
    );
    console.log(
      `dev discrepancies: P=${s.precision.toFixed(2)} (${s.correct}/${s.reported}) R=${s.recall.toFixed(2)} (${s.found}/${s.expected})`,
    );
    expect(s.recall).toBeGreaterThanOrEqual(0.7);
    expect(s.precision).toBeGreaterThanOrEqual(0.6);
  });
});
