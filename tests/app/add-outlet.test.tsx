import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

/** A reviewer's plain-text article: no outlet, as a .txt import leaves it. */
const FERRY = {
  id: 'ferry.txt',
  text: 'Ferry strike ends\n\nFerries ran again on Friday after a nine-day strike, the operator said.',
  title: 'Ferry strike ends',
  outlet: '',
  date: null,
  url: '',
  addedAt: 0,
};

describe('adding an unknown outlet from the compare view', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
    getAppStore().getState().addArticle(FERRY);
  });

  it('opens the article’s details with the Outlet field focused, and the column then shows it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const table = await screen.findByRole(
      'table',
      { name: /aligned paragraphs/i },
      { timeout: 10_000 },
    );
    const add = within(table).getByRole('button', {
      name: 'Outlet unknown — add the outlet of Ferry strike ends',
    });
    add.focus();
    await user.keyboard('{Enter}');
    const details = await screen.findByRole('article', { name: 'Ferry strike ends' });
    const outlet = within(details).getByRole('textbox', { name: 'Outlet' });
    await expect.poll(() => document.activeElement).toBe(outlet);
    await user.keyboard('Harbour Gazette{Enter}');
    expect(within(details).getByText('Details saved.')).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
        name: 'Compare',
      }),
    );
    const again = await screen.findByRole(
      'table',
      { name: /aligned paragraphs/i },
      { timeout: 10_000 },
    );
    const column = within(again)
      .getAllByRole('columnheader')
      .find((c) => within(c).queryByRole('heading', { name: /Ferry strike ends/ }))!;
    expect(column).toHaveTextContent(/Harbour Gazette · undated/);
    expect(within(column).queryByRole('button', { name: /outlet unknown/i })).toBeNull();
  });
});
