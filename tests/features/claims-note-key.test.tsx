import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

/** The sentence items of the shown article (listitems that carry a sentence). */
function sentences() {
  return screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-sentence'));
}

/** The live regions (role status) whose text matches. */
function statusesSaying(text: RegExp) {
  return screen.queryAllByRole('status').filter((s) => text.test(s.textContent ?? ''));
}

const MARK_FIRST = /mark this sentence first/i;

/** Renders the view and puts the focus on its first sentence, unmarked. */
function focusFirst() {
  render(<ClaimsView />);
  const first = sentences()[0]!;
  act(() => first.focus());
  return first;
}

describe('Claims view: the note key', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    getAppStore().temporal.getState().clear();
  });

  it('on an unmarked sentence says to mark it first, and is not kept for the verdict after it', async () => {
    const user = userEvent.setup();
    const first = focusFirst();
    await user.keyboard('n');
    expect(statusesSaying(MARK_FIRST)).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument();

    // The verdict marks the sentence and leaves the focus on it: no note box opens.
    await user.keyboard('v');
    expect(within(first).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(first).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument();
    expect(statusesSaying(MARK_FIRST)).toHaveLength(0);

    // Now n opens the note, and no key pressed on the way is typed into it.
    await user.keyboard('n');
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    expect(note).toHaveValue('');
    await user.keyboard('Keyboard note');
    expect(note).toHaveValue('Keyboard note');
    await user.keyboard('{Escape}');
    expect(first).toHaveFocus();
    expect(screen.getByText('Keyboard note')).toBeInTheDocument();
  });

  it('leaves the key after n and a verdict a key: d disputes the sentence, no note is written', async () => {
    const user = userEvent.setup();
    const first = focusFirst();
    await user.keyboard('n');
    await user.keyboard('v');
    await user.keyboard('d');
    expect(within(first).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(first).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument();
    expect(first).not.toHaveAccessibleName(/note/);
  });

  it('says it again at each press of n, as a new message in the same live region', async () => {
    const user = userEvent.setup();
    focusFirst();
    await user.keyboard('n');
    const region = statusesSaying(MARK_FIRST)[0]!;
    const message = region.firstElementChild;
    await user.keyboard('n');
    // A screen reader reads an addition to a polite region, even with the same words.
    expect(statusesSaying(MARK_FIRST)).toEqual([region]);
    expect(region.firstElementChild).not.toBe(message);
    expect(region).toHaveTextContent(MARK_FIRST);
  });
});
