import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { getAppStore } from '../../src/store/index.ts';

describe('App on the seeds', () => {
  beforeEach(() => localStorage.clear());

  it('opens on the five seed articles side by side when nothing is saved', async () => {
    render(<App />);
    const table = await screen.findByRole(
      'table',
      { name: /aligned paragraphs/i },
      { timeout: 10_000 },
    );
    const columns = within(table).getAllByRole('columnheader');
    expect(columns).toHaveLength(5);
    expect(within(columns[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(/\w+/);
  });

  it('shows each column with its outlet, date and paragraph count', async () => {
    render(<App />);
    const table = await screen.findByRole(
      'table',
      { name: /aligned paragraphs/i },
      { timeout: 10_000 },
    );
    const first = within(table).getAllByRole('columnheader')[0]!;
    expect(within(first).getByText(/2021-07-05/)).toBeInTheDocument();
    expect(within(first).getByText(/19 ¶/)).toBeInTheDocument();
  });
});

describe('skip links', () => {
  beforeEach(() => localStorage.clear());

  it('lead to the rows, the findings and the claim panel; an empty review offers none', async () => {
    render(<App />);
    await screen.findByRole('table', { name: /aligned paragraphs/i }, { timeout: 10_000 });
    const skips = screen.getByRole('navigation', { name: 'Skip links' });
    expect(
      within(skips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Skip to the aligned rows',
      'Skip to the discrepancy list',
      'Skip to the claim panel',
    ]);
    act(() => getAppStore().getState().createReview('Empty'));
    await screen.findByRole('heading', { name: 'This review has no articles yet' });
    expect(screen.queryByRole('navigation', { name: 'Skip links' })).toBeNull();
  });
});
