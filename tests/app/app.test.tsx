import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';

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
