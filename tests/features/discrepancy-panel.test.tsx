import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { groupFindings, type LinkDiscrepancy } from '../../src/core/compare/index.ts';
import { DiscrepancyPanel } from '../../src/features/compare/discrepancy-panel.tsx';
import type { ArticleRecord } from '../../src/store/index.ts';
import { discrepancy } from '../fixtures/compare/discrepancy.ts';

const records: ArticleRecord[] = ['a', 'b', 'c'].map((id) => ({
  id,
  text: '',
  title: `Article ${id}`,
  outlet: 'invented',
  date: null,
  url: '',
  addedAt: 0,
}));

const d = discrepancy;

/** The findings' own buttons (each finding also has Confirm, Dismiss and Mark disputed). */
const findingButtons = () =>
  within(screen.getByRole('list')).getAllByRole('button', { name: /^(high|medium|low) · / });

/** Panel items of the findings of each row's pair-wise discrepancies. */
function items(rows: Record<number, LinkDiscrepancy[]>) {
  return Object.entries(rows).flatMap(([row, list]) =>
    groupFindings(list, ['a', 'b', 'c']).map((finding) => ({ row: Number(row), finding })),
  );
}

describe('the discrepancy panel', () => {
  it('lists a difference seen in two pairs once, with the articles that carry each version', () => {
    render(
      <DiscrepancyPanel
        items={items({ 4: [d('a', 2, '2016', 'b', 4, '2017'), d('a', 2, '2016', 'c', 3, '2017')] })}
        records={records}
        onJump={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Discrepancies (1)' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(findingButtons()).toHaveLength(1);
    expect(findingButtons()[0]).toHaveAccessibleName(
      /“2016”: A ¶3 · “2017”: B ¶5, C ¶4$/,
    );
  });

  it('lists findings most severe first, and each jumps to its row', async () => {
    const user = userEvent.setup();
    const onJump = vi.fn();
    render(
      <DiscrepancyPanel
        items={items({
          2: [d('a', 0, 'about 5', 'b', 0, 'nearly 5', { type: 'number', severity: 'low' })],
          9: [d('a', 7, 'Dover', 'b', 7, 'Deal', { type: 'place', severity: 'high' })],
        })}
        records={records}
        onJump={onJump}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Discrepancies (2)' })).toBeInTheDocument();
    const buttons = findingButtons();
    expect(buttons[0]).toHaveAccessibleName(/^high · place/);
    expect(buttons[1]).toHaveAccessibleName(/^low · number/);
    await user.click(buttons[0]!);
    expect(onJump).toHaveBeenLastCalledWith(9);
    await user.click(buttons[1]!);
    expect(onJump).toHaveBeenLastCalledWith(2);
  });

  it('keeps different facts of one row as separate entries', () => {
    render(
      <DiscrepancyPanel
        items={items({
          1: [
            d('a', 0, '2016', 'b', 0, '2017'),
            d('a', 0, '40 berths', 'b', 0, '14 berths', { type: 'number' }),
          ],
        })}
        records={records}
        onJump={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Discrepancies (2)' })).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says when there is nothing to list', () => {
    render(<DiscrepancyPanel items={[]} records={records} onJump={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Discrepancies (0)' })).toBeInTheDocument();
    expect(screen.getByText(/none found/i)).toBeInTheDocument();
  });
});
