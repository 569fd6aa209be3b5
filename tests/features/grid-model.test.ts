import { describe, expect, it } from 'vitest';
import {
  computeComparison,
  type Comparison,
  type LinkDiscrepancy,
} from '../../src/core/compare/index.ts';
import { gridRows, panelFindings } from '../../src/features/compare/grid-model.ts';
import { seedArticles } from '../../src/store/seed-review.ts';
import { DEFAULT_DIFF } from '../../src/store/payload.ts';
import { ORIGINAL, REWRITE } from '../fixtures/align/harbour-fire.ts';

describe('the grid rows', () => {
  // REWRITE merges ORIGINAL's second and third paragraphs into one, which can stand in one row only.
  const comparison = computeComparison(
    [
      { id: 'original.txt', text: ORIGINAL },
      { id: 'rewrite.txt', text: REWRITE },
    ],
    'original.txt',
  );
  const ids = ['original.txt', 'rewrite.txt'];
  const rows = gridRows(comparison, ids, 'original.txt', {
    ...DEFAULT_DIFF,
    onlyDiscrepancies: false,
  });

  it('does not call a paragraph unique when the other article carries it in another row', () => {
    const merged = rows.find(
      (r) => (r.row.refs['rewrite.txt']?.length ?? 0) > 0 && r.present.length === 1,
    );
    expect(merged).toBeDefined();
    expect(merged?.unique).toBe(false);
  });

  it('calls a paragraph unique when no other article carries it anywhere', () => {
    const added = rows.filter((r) => r.unique);
    expect(added.length).toBeGreaterThan(0);
    for (const r of added) {
      expect(r.present).toHaveLength(1);
      expect(Object.values(r.row.refs).every((list) => list.length === 0)).toBe(true);
    }
  });

  it('keeps only the unique rows under "only unique", and never one carried elsewhere', () => {
    const only = gridRows(comparison, ids, 'original.txt', {
      ...DEFAULT_DIFF,
      onlyUnique: true,
      onlyDiscrepancies: false,
    });
    expect(only.map((r) => r.index)).toEqual(rows.filter((r) => r.unique).map((r) => r.index));
  });

  it('hides boilerplate beside content in a row too, not only rows of boilerplate alone', () => {
    // Invented: B prints its headline twice (the copy is boilerplate) and carries an advertisement.
    const a =
      'Harbour board shuts north pier for repairs\n\nThe harbour board voted on Tuesday to close the north pier for repairs, a spokeswoman said.';
    const b =
      'Board shuts north pier for repairs\n\nBoard shuts north pier for repairs\n\nThe harbour board voted on Tuesday to close the north pier for repairs, the spokeswoman said.\n\nAdvertisement';
    const c = computeComparison(
      [
        { id: 'a.txt', text: a },
        { id: 'b.txt', text: b },
      ],
      'a.txt',
    );
    expect(c.articles[1]?.paragraphs.map((p) => p.boilerplate)).toEqual([false, true, false, true]);
    const cells = (hideBoilerplate: boolean) =>
      gridRows(c, ['a.txt', 'b.txt'], 'a.txt', {
        ...DEFAULT_DIFF,
        hideBoilerplate,
        onlyDiscrepancies: false,
      }).map((r) => r.row.cells);
    expect(cells(false)).toContainEqual({ 'a.txt': [0], 'b.txt': [0, 1] });
    expect(cells(false)).toContainEqual({ 'b.txt': [3] });
    expect(cells(true)).toEqual([
      { 'a.txt': [0], 'b.txt': [0] },
      { 'a.txt': [1], 'b.txt': [2] },
    ]);
  });

  it('lists the same findings whichever article is the base, each with a row that holds one of its paragraphs', () => {
    const seeds = seedArticles();
    const ids = seeds.map((a) => a.id);
    const describe = (base: string) => {
      const c = computeComparison(seeds, base);
      const items = panelFindings(c, ids);
      for (const { row, finding } of items) {
        const places = finding.versions.flatMap((v) => v.places);
        expect(places.some((p) => c.rows[row]?.cells[p.article]?.includes(p.paragraph))).toBe(true);
      }
      return items
        .map(
          ({ finding: f }) =>
            `${f.type}:${f.versions.map((v) => v.places.map((p) => `${p.article}#${p.paragraph}`).join(',')).join('|')}`,
        )
        .sort();
    };
    const first = describe(ids[0]!);
    expect(first.length).toBeGreaterThan(0);
    expect(describe(ids[2]!)).toEqual(first);
  });

  it('jumps to the row that shows the most wordings of a finding, else to the wording its explanation names', () => {
    const slip = (a: string, i: number, b: string, j: number, aSpan: string, bSpan: string) =>
      ({
        a,
        i,
        b,
        j,
        aSpan,
        bSpan,
        aStart: 0,
        aEnd: aSpan.length,
        bStart: 0,
        bEnd: bSpan.length,
      }) as const;
    const discrepancies: LinkDiscrepancy[] = [
      // A misspelt name in a.txt's third paragraph, spelt right in b.txt's first: no row shows both.
      {
        ...slip('a.txt', 2, 'b.txt', 0, 'Cowmen', 'Cowan'),
        type: 'name',
        severity: 'high',
        explanation:
          'The name is spelled “Cowmen” once, where this article writes “Cowan” elsewhere.',
      },
      // The same with the slip on the pair's other side: the explanation names it first all the same.
      {
        ...slip('a.txt', 0, 'b.txt', 1, 'Stacey', 'Stacy'),
        type: 'name',
        severity: 'medium',
        explanation:
          'The name is spelled “Stacy” once, where this article writes “Stacey” elsewhere.',
      },
      // A figure: the third row shows both wordings, though the first pair's paragraph is earlier.
      {
        ...slip('a.txt', 1, 'b.txt', 1, '40 homes', '60 homes'),
        type: 'number',
        severity: 'high',
        explanation: '40 vs 60.',
      },
      {
        ...slip('a.txt', 2, 'b.txt', 1, '40 homes', '60 homes'),
        type: 'number',
        severity: 'high',
        explanation: '40 vs 60.',
      },
    ];
    const comparison = {
      rows: [
        { cells: { 'a.txt': [0], 'b.txt': [0] }, refs: {} },
        { cells: { 'a.txt': [1] }, refs: {} },
        { cells: { 'a.txt': [2], 'b.txt': [1] }, refs: {} },
      ],
      discrepancies,
    } as unknown as Comparison;
    const rows = panelFindings(comparison, ['a.txt', 'b.txt']).map(
      ({ row, finding }) => `${finding.type} ${row}`,
    );
    expect(rows.sort()).toEqual(['name 2', 'name 2', 'number 2']);
  });
});
