import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ColumnHeader } from '../../src/features/compare/column-header.tsx';
import type { ArticleRecord } from '../../src/store/index.ts';

const record: ArticleRecord = {
  id: 'r',
  text: '',
  title: 'Ferry strike ends after nine days',
  outlet: 'invented',
  date: null,
  url: '',
  addedAt: 0,
};

function renderHeader(shortTitle?: string) {
  const onMakeBase = vi.fn();
  render(
    <>
      <button type="button">before</button>
      <div role="table">
        <div role="row">
          <ColumnHeader
            record={record}
            label="B"
            shortTitle={shortTitle}
            paragraphs={4}
            isBase={false}
            collapsed={false}
            first
            last={false}
            onMove={vi.fn()}
            onCollapse={vi.fn()}
            onMakeBase={onMakeBase}
          />
        </div>
      </div>
      <button type="button">after</button>
    </>,
  );
  return { onMakeBase };
}

describe('a column header', () => {
  it('is one tab stop whose buttons the arrow keys move between', async () => {
    const user = userEvent.setup();
    const { onMakeBase } = renderHeader();
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    // "Move left" is disabled in the first column: the stop is the first enabled button.
    expect(screen.getByRole('button', { name: /move .* right/i })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /collapse/i })).toHaveFocus();
    await user.keyboard('{End}');
    const base = screen.getByRole('button', { name: /as base/i });
    expect(base).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    // Back in: the button last used.
    await user.tab({ shift: true });
    expect(base).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onMakeBase).toHaveBeenCalledOnce();
    expect(screen.getByRole('toolbar', { name: 'Column B' })).toBeInTheDocument();
  });

  it('shows a short title but names the column by its whole title', () => {
    renderHeader('…nine days');
    expect(screen.getByText('…nine days')).toBeVisible();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAccessibleName(/Ferry strike ends after nine days/);
    expect(heading).toHaveAttribute('title', 'Ferry strike ends after nine days');
  });
});
