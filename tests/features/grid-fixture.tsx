/** Shared set-up of the compare-grid component tests: invented articles and a grid rendered to rest. */
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { CompareView } from '../../src/features/compare/compare-view.tsx';
import type { ArticleRecord } from '../../src/store/index.ts';

/** An invented article of the tests' own, titled "Report X" after its id. */
export const inventedRecord = (id: string, text: string): ArticleRecord => ({
  id,
  text,
  title: `Report ${id.toUpperCase()}`,
  outlet: 'invented',
  date: null,
  url: '',
  addedAt: 0,
});

/** The grid's sentence groups; the first whose text holds a phrase, in the article of a column. */
export function gridSentence(phrase: string, column: string): HTMLElement {
  const found = screen
    .getAllByRole('group', { name: new RegExp(`^Sentence \\d+ of ¶\\d+ in ${column},`) })
    .find((g) => g.textContent?.includes(phrase));
  if (!found) throw new Error(`no sentence with “${phrase}” in ${column}`);
  return found;
}

/**
 * Renders the compare view and waits until it is at rest: the comparison complete (its
 * discrepancies arrive after the rows, and redraw the grid), the diffs filled in, `shown` true.
 */
export async function renderGridAtRest(shown: () => void): Promise<HTMLElement> {
  const { container } = render(<CompareView />);
  const table = await screen.findByRole(
    'table',
    { name: /aligned paragraphs/i },
    { timeout: 10_000 },
  );
  await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 10_000,
  });
  await waitFor(() => expect(table.querySelector('[data-diff-pending]')).toBeNull());
  await waitFor(shown);
  return table;
}
