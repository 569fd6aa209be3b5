import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Conflicted } from '../../src/features/claims/model.ts';
import { VerdictConflict } from '../../src/features/claims/verdict-conflict.tsx';

const claim = {
  id: 'c1',
  articleId: 'a',
  anchor: { quote: 'Forty people were evacuated.', prefix: '', suffix: '', start: 0, end: 28 },
  anchorState: 'exact',
  status: 'verified',
  note: '',
  evidence: [],
  origin: 'sentence',
  createdAt: 0,
  updatedAt: 0,
  conflict: [
    { status: 'verified', by: 'reviewer:Ana', at: Date.UTC(2026, 10, 3, 9, 0, 5) },
    { status: 'disputed', by: 'reviewer:Ben', at: Date.UTC(2026, 10, 3, 9, 1, 0) },
  ],
} as Conflicted;

describe('reviewers who disagree on a claim', () => {
  it('shows each reviewer’s verdict by name and when, and says an editor’s choice is final', () => {
    render(<VerdictConflict claim={claim} />);
    const region = screen.getByRole('region', { name: 'Conflicting verdicts' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.split(',')[0])).toEqual([
      'Verified by Ana',
      'Disputed by Ben',
    ]);
    expect(items[1]!.querySelector('time')).toHaveAttribute('datetime', '2026-11-03T09:01:00.000Z');
    expect(region).toHaveTextContent(/editor’s choice is final/);
    expect(within(region).getByRole('button', { name: 'Keep disputed' })).toBeInTheDocument();
  });
});
