import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ColumnHeader } from '../../src/features/compare/column-header.tsx';
import type { ArticleRecord } from '../../src/store/index.ts';

const record = (outlet: string): ArticleRecord => ({
  id: 'ferry.txt',
  text: '',
  title: 'Ferry strike ends after nine days',
  outlet,
  date: null,
  url: '',
  addedAt: 0,
});

function renderHeader(outlet: string, onAddOutlet?: () => void) {
  render(
    <div role="table">
      <div role="row">
        <ColumnHeader
          record={record(outlet)}
          label="B"
          paragraphs={4}
          isBase={false}
          collapsed={false}
          first
          last={false}
          onMove={vi.fn()}
          onCollapse={vi.fn()}
          onMakeBase={vi.fn()}
          onAddOutlet={onAddOutlet}
        />
      </div>
    </div>,
  );
}

const addButton = () =>
  screen.queryByRole('button', {
    name: 'Outlet unknown — add the outlet of Ferry strike ends after nine days',
  });

describe('a column whose outlet is unknown', () => {
  it('says so and offers, from the keyboard, to add it', async () => {
    const user = userEvent.setup();
    const onAddOutlet = vi.fn();
    renderHeader('', onAddOutlet);
    await user.tab();
    expect(addButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onAddOutlet).toHaveBeenCalledOnce();
  });

  it('treats an outlet given as "unknown" the same', () => {
    renderHeader('  Unknown ', vi.fn());
    expect(addButton()).toBeInTheDocument();
  });

  it('says "Outlet unknown" where nothing can open the details', () => {
    renderHeader('');
    expect(addButton()).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader')).toHaveTextContent(/Outlet unknown · undated · 4 ¶/);
  });

  it('shows a known outlet as it is, with nothing to add', () => {
    renderHeader('Harbour Gazette', vi.fn());
    expect(addButton()).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader')).toHaveTextContent(/Harbour Gazette · undated · 4 ¶/);
  });
});
