import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const SENTENCE = 'The library will open on Sundays from March, the mayor said.';
const TEXT = `Library hours grow\n\nThe town library has new hours. ${SENTENCE}\n\nVolunteers will staff the desk.`;
const PHRASE = 'on Sundays from March';

const store = () => getAppStore().getState();

/** Selects a phrase inside the sentence that holds it, the way a drag would, and tells the view. */
function selectPhrase(phrase: string) {
  const piece = [...document.querySelectorAll<HTMLElement>('[data-start]')].find((el) =>
    el.textContent?.includes(phrase),
  )!;
  const at = piece.textContent!.indexOf(phrase);
  const range = document.createRange();
  range.setStart(piece.firstChild!, at);
  range.setEnd(piece.firstChild!, at + phrase.length);
  act(() => {
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('a claim made from a selection', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    store().createReview('Library');
    store().addArticle({
      id: 'library',
      text: TEXT,
      title: 'Library',
      outlet: '',
      date: null,
      url: '',
      addedAt: 0,
    });
  });

  it('takes a note and evidence in the Claims view, as a sentence claim does', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    selectPhrase(PHRASE);
    const bar = screen.getByRole('group', { name: 'Mark selection as' });
    await user.click(within(bar).getByRole('button', { name: 'Verified' }));
    const list = screen.getByRole('list', { name: /selected claims in paragraph 2/i });
    const toggle = within(list).getByRole('button', {
      name: `Note and evidence of the selection “${PHRASE}”`,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    await user.click(within(list).getByRole('button', { name: 'Add note' }));
    await user.type(within(list).getByRole('textbox', { name: 'Note' }), 'Council minutes agree.');
    await user.click(within(list).getByRole('button', { name: 'Save note' }));
    await user.type(
      within(list).getByRole('textbox', { name: 'Evidence URLs' }),
      'https://example.org/minutes',
    );
    await user.click(within(list).getByRole('button', { name: 'Save evidence' }));
    expect(within(list).getByText('Council minutes agree.')).toBeVisible();
    expect(within(list).getByRole('link', { name: 'https://example.org/minutes' })).toBeVisible();
    // Closed, the toggle says what the claim holds.
    await user.click(toggle);
    expect(toggle).toHaveTextContent('Note and evidence (note, 1 evidence)');
  });

  it('keeps a note being typed as a draft that reopens the editor', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ClaimsView />);
    selectPhrase(PHRASE);
    await user.click(
      within(screen.getByRole('group', { name: 'Mark selection as' })).getByRole('button', {
        name: 'Disputed',
      }),
    );
    const list = () => screen.getByRole('list', { name: /selected claims in paragraph 2/i });
    await user.click(within(list()).getByRole('button', { name: /^Note and evidence of/ }));
    await user.click(within(list()).getByRole('button', { name: 'Add note' }));
    await user.type(within(list()).getByRole('textbox', { name: 'Note' }), 'Half typed');
    unmount();
    render(<ClaimsView />);
    expect(within(list()).getByRole('textbox', { name: 'Note' })).toHaveValue('Half typed');
    expect(within(list()).getByText('Draft, not saved yet.')).toBeVisible();
  });
});
