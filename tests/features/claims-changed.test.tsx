import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { ReplacePanel } from '../../src/features/library/replace-panel.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const CHECKED = 'The ferry carried 310 passengers on its first crossing.';
const NOW = 'The ferry carried 130 passengers on its first crossing.';
const TEXT = `New ferry link opens\n\nThe island ferry started service on Friday. ${CHECKED}\n\nThe operator plans two crossings a day.`;

function sentenceWith(text: string) {
  return screen
    .getAllByRole('listitem')
    .find((li) => li.hasAttribute('data-sentence') && li.textContent?.includes(text))!;
}

const store = () => getAppStore().getState();

describe('a verdict whose text changed', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    store().createReview('Ferry');
    store().addArticle({
      id: 'ferry',
      text: TEXT,
      title: 'Ferry',
      outlet: '',
      date: null,
      url: '',
      addedAt: 0,
    });
  });

  it('shows the flag, both wordings side by side, and clears it with "Still holds"', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    await user.click(within(sentenceWith(CHECKED)).getByRole('button', { name: 'Verified' }));
    act(() => {
      store().replaceArticleText('ferry', TEXT.replace(CHECKED, NOW));
    });
    const item = sentenceWith(NOW);
    expect(item).toHaveAccessibleName(/verified\s*text changed since it was checked/i);
    act(() => item.focus());
    const changed = screen.getByRole('region', { name: 'Text changed since it was checked' });
    const [was, now] = within(changed).getAllByRole('figure');
    expect(was).toHaveTextContent(`Checked as verified${CHECKED}`);
    expect(within(was!).getByRole('deletion')).toHaveTextContent('310');
    expect(now).toHaveTextContent(`Now reads${NOW}`);
    expect(within(now!).getByRole('insertion')).toHaveTextContent('130');
    expect(
      within(screen.getByRole('list', { name: 'Claims' })).getByText(/text changed/),
    ).toBeVisible();

    await user.click(within(changed).getByRole('button', { name: 'Still holds: verified' }));
    expect(screen.queryByRole('region', { name: /text changed/i })).not.toBeInTheDocument();
    expect(sentenceWith(NOW)).not.toHaveAccessibleName(/changed/i);
    expect(within(sentenceWith(NOW)).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('flags a selected span and clears the flag when its verdict changes', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const start = TEXT.indexOf('310 passengers');
    act(() => {
      store().markSelection('ferry', start, start + '310 passengers'.length, 'disputed');
      store().replaceArticleText('ferry', TEXT.replace(CHECKED, NOW).replace('310', '311'));
    });
    const selections = screen.getByRole('list', { name: /selected claims/i });
    const changed = within(selections).getByRole('region', { name: /text changed/i });
    expect(within(changed).getAllByRole('figure')[0]).toHaveTextContent('310 passengers');
    await user.click(within(selections).getByRole('button', { name: 'Unsourced' }));
    expect(within(selections).queryByRole('region')).not.toBeInTheDocument();
  });

  it('counts verdicts on changed text in the replace message', async () => {
    const user = userEvent.setup();
    const at = TEXT.indexOf(CHECKED);
    store().markSentence('ferry', at, at + CHECKED.length, 'verified');
    render(<ReplacePanel articleId="ferry" />);
    await user.click(screen.getByRole('button', { name: 'Replace with edited version' }));
    await user.click(screen.getByRole('textbox', { name: 'Edited text' }));
    await user.paste(TEXT.replace(CHECKED, NOW));
    await user.click(screen.getByRole('button', { name: 'Replace text' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /1 fuzzy, 0 orphaned\. 1 verdict stands on changed text/,
    );
  });
});
