import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CompareView } from '../../src/features/compare/compare-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { inventedRecord } from './grid-fixture.tsx';

// Two invented reports that differ in one year.
const report = (year: string) =>
  `Bridge reopens after repairs\n\nThe old stone bridge over the Wend river reopened on Monday after repairs that began in ${year}, the county council said.\n\nTraffic across the bridge was light on the first morning.`;
const record = inventedRecord;

describe('a dismissed finding in the grid', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    getAppStore().getState().createReview('Bridge');
    getAppStore()
      .getState()
      .addArticle(record('a', report('2016')));
    getAppStore()
      .getState()
      .addArticle(record('b', report('2017')));
  });

  it('leaves its row’s count, and comes back to it when reopened', async () => {
    const user = userEvent.setup();
    render(<CompareView />);
    const table = await screen.findByRole(
      'table',
      { name: /aligned paragraphs/i },
      { timeout: 10_000 },
    );
    const row = await within(table).findByRole(
      'row',
      { name: /1 discrepancy$/ },
      { timeout: 10_000 },
    );
    const panel = await screen.findByRole(
      'region',
      { name: 'Discrepancies (1)' },
      { timeout: 10_000 },
    );
    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('heading', { name: 'Discrepancies (0)' })).toBeInTheDocument();
    await waitFor(() => expect(row).not.toHaveAccessibleName(/discrepanc/));
    await user.click(within(panel).getByText(/^Show:/));
    await user.click(within(panel).getByRole('checkbox', { name: 'Dismissed (1)' }));
    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(row).toHaveAccessibleName(/1 discrepancy$/));
  });
});
