import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HeatMap } from '../../src/features/compare/heat-map.tsx';
import type { ArticleRecord } from '../../src/store/index.ts';

const records: ArticleRecord[] = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  text: '',
  title: `Invented report ${id}`,
  outlet: 'invented',
  date: null,
  url: '',
  addedAt: 0,
}));
const matrix = records.map((_, x) => records.map((__, y) => (x === y ? 1 : 0.5)));

describe('the heat map', () => {
  it('is one tab stop, and the arrow keys move between cells, stepping over the diagonal', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <HeatMap records={records} matrix={matrix} onPick={onPick} />
        <button type="button">after</button>
      </>,
    );
    const map = screen.getByRole('table', { name: /share of each article/i });
    const cell = (from: string, to: string) =>
      within(map).getByRole('button', {
        name: `50% of Invented report ${from} is found in Invented report ${to}. Compare them.`,
      });
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(cell('a', 'b')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(cell('a', 'b')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    // b-b is the diagonal: the move goes on to c-b.
    expect(cell('c', 'b')).toHaveFocus();
    await user.keyboard('{ArrowRight}{End}');
    expect(cell('c', 'd')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cell('c', 'a')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('c', 'a');
  });
});
