import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';

describe('App on the seeds', () => {
  beforeEach(() => localStorage.clear());

  it('opens on the five seed articles side by side when nothing is saved', () => {
    render(<App />);
    const columns = screen.getAllByRole('region');
    expect(columns).toHaveLength(5);
    expect(within(columns[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(/\w+/);
  });

  it('shows each column with its outlet, date and paragraphs', () => {
    render(<App />);
    const first = screen.getAllByRole('region')[0]!;
    expect(within(first).getByText('2021-07-05')).toBeInTheDocument();
    expect(within(first).getByText(/19 paragraphs/)).toBeInTheDocument();
  });
});
