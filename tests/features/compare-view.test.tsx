import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { computeComparison, groupFindings } from '../../src/core/compare/index.ts';
import { gridRows } from '../../src/features/compare/grid-model.ts';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { DEFAULT_DIFF } from '../../src/store/payload.ts';
import { seedArticles } from '../../src/store/seed-review.ts';

/** Waits until the grid has rendered every row its status line announces (rows arrive in batches). */
async function allRowsShown(table: HTMLElement) {
  await waitFor(
    () => {
      const status = screen.getByText(/^\d+ rows$/);
      const total = Number(/\d+/.exec(status.textContent ?? '')?.[0]);
      expect(within(table).getAllByRole('row')).toHaveLength(total + 1);
      // Diffs are filled in after the first paint.
      expect(table.querySelector('[data-diff-pending]')).toBeNull();
    },
    { timeout: 10_000 },
  );
  return within(table).getAllByRole('row');
}

async function renderAligned() {
  render(<App />);
  const table = await screen.findByRole(
    'table',
    { name: /aligned paragraphs/i },
    { timeout: 10_000 },
  );
  await allRowsShown(table);
  return table;
}

describe('Compare view', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
  });

  it('aligns the seeds into rows with one column per article', async () => {
    const table = await renderAligned();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5);
    const rows = await allRowsShown(table);
    // A header row plus many aligned rows, each with a cell per article.
    expect(rows.length).toBeGreaterThan(20);
    expect(within(rows[1]!).getAllByRole('cell')).toHaveLength(5);
  });

  it('steps to the next finding with ] also while the Overview sidebar is turned off', async () => {
    const user = userEvent.setup();
    const table = await renderAligned();
    const overview = screen.getByRole('button', { name: 'Overview' });
    await user.click(overview);
    expect(overview).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('complementary', { name: 'Overview' })).toBeNull();
    const activeRow = () =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.tabIndex === 0);
    const before = activeRow();
    await user.keyboard(']');
    await waitFor(() => expect(activeRow()).not.toBe(before));
    expect(activeRow()).toHaveAccessibleName(/discrepanc/);
  });

  it('shows a 5 x 5 heat map whose cells open the two-article focus', async () => {
    const user = userEvent.setup();
    await renderAligned();
    // The overview is filled in after the grid's first paint, a few heat-map rows a frame.
    const heat = await screen.findByRole('table', { name: /share of each article/i });
    await waitFor(() => expect(within(heat).getAllByRole('button')).toHaveLength(20));
    const cells = within(heat).getAllByRole('button');
    await user.click(cells[0]!);
    expect(screen.getByRole('button', { name: /two-article focus/i })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(screen.getByRole('table', { name: /aligned paragraphs/i })).getAllByRole(
        'columnheader',
      ),
    ).toHaveLength(2);
  });

  it('highlights fewer changes when punctuation and case are ignored', async () => {
    const user = userEvent.setup();
    const table = await renderAligned();
    const count = () => table.querySelectorAll('ins, mark').length;
    const ignorePunct = screen.getByRole('button', { name: /ignore punctuation/i });
    if (ignorePunct.getAttribute('aria-pressed') === 'true') await user.click(ignorePunct);
    await allRowsShown(table);
    const strict = count();
    await user.click(ignorePunct);
    expect(ignorePunct).toHaveAttribute('aria-pressed', 'true');
    await allRowsShown(table);
    await waitFor(() => expect(count()).toBeLessThan(strict));
  });

  it('hides rows without differences when asked', async () => {
    const user = userEvent.setup();
    const table = await renderAligned();
    const before = within(table).getAllByRole('row').length;
    // The row filters sit in the toolbar's "Show only" menu.
    await user.click(screen.getByText('Show only', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: /found in one article only/i }));
    const after = (await allRowsShown(table)).length;
    expect(after).toBeLessThan(before);
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveAccessibleName(/only in one article/i);
    }
  });

  it('moves focus between rows with j and k', async () => {
    const user = userEvent.setup();
    const table = await renderAligned();
    const rows = within(table).getAllByRole('row').slice(1);
    rows[0]!.focus();
    await user.keyboard('j');
    await waitFor(() => expect(rows[1]).toHaveFocus());
    await user.keyboard('j');
    await waitFor(() => expect(rows[2]).toHaveFocus());
    await user.keyboard('k');
    await waitFor(() => expect(rows[1]).toHaveFocus());
  });

  it('makes another article the base from its column header', async () => {
    const user = userEvent.setup();
    await renderAligned();
    const second = screen.getAllByRole('button', { name: /^use .* as base$/i })[1]!;
    await user.click(second);
    expect(second).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists each finding among the seeds once, whatever rows its paragraphs stand in', async () => {
    const table = await renderAligned();
    // What the core finds between the seeds, pair by pair and gathered into findings.
    const seeds = seedArticles();
    const ids = seeds.map((a) => a.id);
    const comparison = computeComparison(seeds, ids[0]);
    const pairs = comparison.discrepancies.length;
    const findings = groupFindings(comparison.discrepancies).length;
    expect(findings).toBeGreaterThan(0);
    expect(findings).toBeLessThan(pairs);

    const heading = await screen.findByRole('heading', { name: /^Discrepancies/ });
    expect(heading).toHaveTextContent(`Discrepancies (${findings})`);
    const panel = heading.closest('section')!;
    expect(within(panel).getAllByRole('listitem')).toHaveLength(Math.min(findings, 50));
    const entries = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(new Set(entries).size).toBe(entries.length);
    // Each row's name counts the findings of its own paragraphs, wherever the other paragraph of
    // each stands: every discrepancy is marked in a row, and only in rows that hold one of its paragraphs.
    const rows = gridRows(comparison, ids, ids[0]!, { ...DEFAULT_DIFF, onlyDiscrepancies: false });
    const inRows = rows.reduce((n, r) => n + r.findings.length, 0);
    const named = (await allRowsShown(table))
      .slice(1)
      .map((row) => /, (\d+) discrepanc/.exec(row.getAttribute('aria-label') ?? '')?.[1] ?? '0');
    expect(named.reduce((n, x) => n + Number(x), 0)).toBe(inRows);
    const marked = new Set(rows.flatMap((r) => r.discrepancies));
    expect(comparison.discrepancies.filter((d) => !marked.has(d))).toEqual([]);
    for (const r of rows)
      for (const d of r.discrepancies)
        expect(r.row.cells[d.a]?.includes(d.i) || r.row.cells[d.b]?.includes(d.j)).toBe(true);
  });
});
