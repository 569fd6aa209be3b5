import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeAnchor } from '../../src/core/claims/index.ts';
import { OrphanList } from '../../src/features/claims/orphan-list.tsx';
import type { ArticleRecord, Claim } from '../../src/store/index.ts';

const OLD = 'The bridge reopened on Monday. Traffic was light in the morning.';
const QUOTE = 'Traffic was light in the morning.';

const record = (id: string, title: string, text: string): ArticleRecord => ({
  id,
  title,
  text,
  outlet: '',
  date: null,
  url: '',
  addedAt: 0,
});

const orphan: Claim = {
  id: 'c1',
  articleId: 'not-in-review',
  anchor: makeAnchor(OLD, OLD.indexOf(QUOTE), OLD.length),
  anchorState: 'exact',
  status: 'unsourced',
  note: '',
  evidence: [],
  origin: 'sentence',
  createdAt: 0,
  updatedAt: 0,
};

const RECORDS = [
  record('a', 'Council notice', 'Roadworks begin in May. The council gave no date for the end.'),
  record('b', 'Local report', `Some news first.\n\n${OLD}`),
];

describe('OrphanList', () => {
  it('re-attaches a claim without its article to where its quote stands in the picked article', async () => {
    const user = userEvent.setup();
    const onReattach = vi.fn();
    render(
      <OrphanList orphans={[orphan]} records={RECORDS} selection={null} onReattach={onReattach} />,
    );
    const item = within(screen.getByRole('list', { name: 'Orphaned claims' })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent(/unsourced/i);
    expect(item).toHaveTextContent(QUOTE);
    expect(within(item).getByRole('button', { name: 'Re-attach here' })).toBeDisabled();
    await user.selectOptions(
      within(item).getByRole('combobox', { name: /quote in/ }),
      'Local report',
    );
    await user.click(within(item).getByRole('button', { name: 'Re-attach to this article' }));
    const start = RECORDS[1]!.text.indexOf(QUOTE);
    expect(onReattach).toHaveBeenCalledWith('c1', start, start + QUOTE.length, 'b');
    expect(screen.getByRole('status')).toHaveTextContent('Re-attached to “Local report”.');
  });

  it('says so and changes nothing when the picked article lacks the quote', async () => {
    const user = userEvent.setup();
    const onReattach = vi.fn();
    render(
      <OrphanList orphans={[orphan]} records={RECORDS} selection={null} onReattach={onReattach} />,
    );
    await user.click(screen.getByRole('button', { name: 'Re-attach to this article' }));
    expect(onReattach).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /quote was not found in “Council notice”: select the matching text/,
    );
  });

  it('lets a claim without its article go to text selected in any article', async () => {
    const user = userEvent.setup();
    const onReattach = vi.fn();
    render(
      <OrphanList
        orphans={[orphan]}
        records={RECORDS}
        selection={{ articleId: 'a', start: 0, end: 23, quote: 'Roadworks begin in May.' }}
        onReattach={onReattach}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Re-attach here' }));
    expect(onReattach).toHaveBeenCalledWith('c1', 0, 23, 'a');
  });
});
