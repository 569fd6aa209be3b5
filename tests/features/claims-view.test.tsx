import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const SLOW = { timeout: 10_000 };

/** The sentence items of the shown article (listitems that carry a sentence). */
function sentences() {
  return screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-sentence'));
}

/** The cell of the progress table for an article row and a column. */
function progressCell(row: number, column: string) {
  const table = screen.getByRole('table', { name: /progress/i });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const body = within(table).getAllByRole('row').slice(1)[row]!;
  return within(body).getAllByRole('cell')[headers.indexOf(column) - 1]!;
}

/** Selects characters [from, to) of a sentence's text the way a drag would, and tells the view. */
function selectInside(item: HTMLElement, from: number, to: number) {
  const text = item.querySelector('[data-start]')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  act(() => {
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('Claims view', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    getAppStore().temporal.getState().clear();
  });

  it('marks a sentence by mouse, and clicking the pressed verdict clears it', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const first = sentences()[0]!;
    const verified = within(first).getByRole('button', { name: 'Verified' });
    expect(verified).toHaveAttribute('aria-pressed', 'false');
    expect(progressCell(0, 'Verified')).toHaveTextContent('0');
    await user.click(verified);
    expect(verified).toHaveAttribute('aria-pressed', 'true');
    expect(progressCell(0, 'Verified')).toHaveTextContent('1');
    expect(first).toHaveAccessibleName(/verified/i);
    await user.click(verified);
    expect(verified).toHaveAttribute('aria-pressed', 'false');
    expect(progressCell(0, 'Verified')).toHaveTextContent('0');
  });

  it('marks the focused sentence with v, clears it with x and moves with j and arrows', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const [first, second] = sentences();
    // Article picker, status filter, then the list's one tab stop.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('v');
    expect(within(first!).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('x');
    expect(within(first!).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.keyboard('j');
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    await user.keyboard('d');
    expect(within(second!).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
    // Tab goes through the focused sentence's own toggles, then leaves the list.
    for (let k = 0; k < 4; k++) await user.tab();
    expect(document.activeElement?.closest('[data-sentence]')).toBeNull();
  });

  it('opens the note editor with n and saves the note when Escape closes it', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const first = sentences()[0]!;
    act(() => first.focus());
    await user.keyboard('u');
    await user.keyboard('n');
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    await user.type(note, 'Check the ministry release');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument();
    expect(first).toHaveFocus();
    expect(screen.getByText('Check the ministry release')).toBeInTheDocument();
    expect(first).toHaveAccessibleName(/note/);
  });

  it('keeps http(s) evidence and shows the links it refused', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const first = sentences()[0]!;
    await user.click(within(first).getByRole('button', { name: 'Disputed' }));
    const input = screen.getByRole('textbox', { name: /evidence urls/i });
    await user.type(input, 'https://example.org/report, javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: /save evidence/i }));
    expect(screen.getByRole('alert')).toHaveTextContent(/only http\(s\) urls/i);
    expect(screen.getByRole('alert')).toHaveTextContent('javascript:alert(1)');
    const saved = screen.getByRole('list', { name: /saved evidence/i });
    expect(within(saved).getByRole('link')).toHaveAttribute('href', 'https://example.org/report');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, with buttons enabled to match', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const first = sentences()[0]!;
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    await user.click(within(first).getByRole('button', { name: 'Verified' }));
    expect(undo).toBeEnabled();
    const pressed = () =>
      within(sentences()[0]!)
        .getByRole('button', { name: 'Verified' })
        .getAttribute('aria-pressed');
    await user.keyboard('{Control>}z{/Control}');
    expect(pressed()).toBe('false');
    expect(redo).toBeEnabled();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(pressed()).toBe('true');
    await user.click(undo);
    expect(pressed()).toBe('false');
    await user.keyboard('{Control>}y{/Control}');
    expect(pressed()).toBe('true');
  });

  it('applies a mark to the same sentence in another article, which can then change on its own', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const items = sentences();
    act(() => items[0]!.focus());
    // The alignment comes from the in-thread fallback of the worker in jsdom: slow-ish.
    await waitFor(
      () => expect(screen.queryByText(/aligning the articles/i)).not.toBeInTheDocument(),
      SLOW,
    );
    // The first sentences are headline and byline; take the first that has a counterpart.
    let list: HTMLElement | null = null;
    for (const item of items) {
      await user.click(within(item).getByRole('button', { name: 'Verified' }));
      list = screen.queryByRole('list', { name: 'Counterparts' });
      if (list) break;
    }
    expect(list).not.toBeNull();
    const counterpart = within(list!).getAllByRole('listitem')[0]!;
    const theirs = within(counterpart).getByRole('group', { name: /mark counterpart/i });
    expect(within(theirs).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(screen.getByRole('button', { name: /apply to counterparts/i }));
    expect(within(theirs).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(theirs).getByRole('button', { name: 'Disputed' }));
    expect(within(theirs).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const focused = screen.getByRole('region', { name: /focused sentence/i });
    expect(focused).toHaveTextContent(/verified/i);
  }, 30_000);

  it('filters sentences and the claim list by status', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const total = sentences().length;
    await user.click(within(sentences()[0]!).getByRole('button', { name: 'Verified' }));
    await user.click(within(sentences()[1]!).getByRole('button', { name: 'Disputed' }));
    const show = screen.getByRole('combobox', { name: 'Show' });
    await user.selectOptions(show, 'verified');
    expect(sentences()).toHaveLength(1);
    const claims = screen.getByRole('list', { name: 'Claims' });
    expect(within(claims).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(show, 'unmarked');
    expect(sentences()).toHaveLength(total - 2);
    await user.selectOptions(show, 'all');
    expect(sentences()).toHaveLength(total);
    expect(
      within(screen.getByRole('list', { name: 'Claims' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });
  it('marks a selected span as a claim shown under its paragraph', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const item = sentences()[2]!;
    const words = item.querySelector('[data-start]')!.textContent!.slice(0, 12);
    selectInside(item, 0, 12);
    expect(screen.getByText(`Selected: “${words.trim()}”`)).toBeInTheDocument();
    const bar = screen.getByRole('group', { name: 'Mark selection as' });
    await user.click(within(bar).getByRole('button', { name: 'Disputed' }));
    const under = screen.getByRole('list', { name: /selected claims in paragraph/i });
    expect(within(under).getByText(words.trim())).toBeInTheDocument();
    expect(within(under).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('jumps from the claim list to the marked sentence in its article', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const picker = screen.getByRole('combobox', { name: 'Article' });
    const [home, other] = within(picker).getAllByRole('option');
    await user.selectOptions(picker, other!);
    const target = sentences()[3]!;
    await user.click(within(target).getByRole('button', { name: 'Unsourced' }));
    const text = target.querySelector('[data-start]')!.textContent!;
    await user.selectOptions(picker, home!);
    expect(picker).toHaveValue(home!.getAttribute('value'));
    const claims = screen.getByRole('list', { name: 'Claims' });
    await user.click(within(claims).getByRole('button'));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/unsourced/i));
    expect(document.activeElement?.textContent).toContain(text);
    expect(picker).toHaveValue(other!.getAttribute('value'));
  });

  it('re-attaches an orphaned claim to the text the reviewer selects', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    const item = sentences()[2]!;
    const quote = item.querySelector('[data-start]')!.textContent!;
    await user.click(within(item).getByRole('button', { name: 'Verified' }));
    const store = getAppStore().getState();
    const record = store.reviews[store.activeReviewId]!.articles[0]!;
    act(() => {
      getAppStore().getState().replaceArticleText(record.id, record.text.replace(quote, 'Gone.'));
    });
    const orphans = screen.getByRole('list', { name: 'Orphaned claims' });
    const reattach = within(orphans).getByRole('button', { name: 'Re-attach here' });
    expect(reattach).toBeDisabled();
    selectInside(sentences()[2]!, 0, 5);
    await user.click(reattach);
    expect(screen.queryByRole('list', { name: 'Orphaned claims' })).not.toBeInTheDocument();
    const back = sentences()[2]!;
    expect(back).toHaveTextContent('Gone.');
    expect(within(back).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
