import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { groupFindings, type LinkDiscrepancy } from '../../src/core/compare/index.ts';
import { parseArticle } from '../../src/core/text/index.ts';
import { DiscrepancyPanel } from '../../src/features/compare/discrepancy-panel.tsx';
import { focusTarget } from '../../src/features/intro/focus-target.ts';
import { getAppStore, initialSavedState, type ArticleRecord } from '../../src/store/index.ts';
import { discrepancy } from '../fixtures/compare/discrepancy.ts';

// Invented reports of one small event.
const TEXTS: Record<string, string> = {
  a: 'Ferry delayed at Dover\n\nThe ferry left Dover on Tuesday. It carried 40 passengers in 2016 terms.\n\nThe port said little.',
  b: 'Ferry held at Deal\n\nThe ferry left Deal on Tuesday. It carried 14 passengers in 2017 terms.\n\nThe port said little.',
  c: 'Ferry late\n\nThe ferry left Dover on Wednesday. It carried 40 passengers in 2017 terms.\n\nNo comment.',
};

const record = (id: string): ArticleRecord => ({
  id,
  text: TEXTS[id]!,
  title: `Report ${id}`,
  outlet: 'invented',
  date: null,
  url: '',
  addedAt: 0,
});

/** A discrepancy placed at its spans' real offsets in paragraph 1 of each article. */
function placed(
  a: string,
  aSpan: string,
  b: string,
  bSpan: string,
  more: Partial<LinkDiscrepancy>,
) {
  const offset = (id: string, span: string) =>
    parseArticle(id, TEXTS[id]!).paragraphs[1]!.text.indexOf(span);
  const aStart = offset(a, aSpan);
  const bStart = offset(b, bSpan);
  return discrepancy(a, 1, aSpan, b, 1, bSpan, {
    aStart,
    aEnd: aStart + aSpan.length,
    bStart,
    bEnd: bStart + bSpan.length,
    ...more,
  });
}

const PAIRS = [
  placed('a', 'Dover', 'b', 'Deal', {
    type: 'place',
    severity: 'high',
    explanation: 'The place differs: “Dover” vs “Deal”.',
  }),
  placed('a', '40', 'b', '14', {
    type: 'number',
    severity: 'high',
    explanation: 'The count differs: “40” vs “14”.',
  }),
  placed('a', '2016', 'c', '2017', {
    type: 'date',
    severity: 'medium',
    explanation: 'The year differs: “2016” vs “2017”.',
  }),
  placed('b', 'Tuesday', 'c', 'Wednesday', {
    type: 'date',
    severity: 'low',
    explanation: 'The day differs: “Tuesday” vs “Wednesday”.',
  }),
];
const ROWS = [3, 3, 5, 8];
const items = () =>
  PAIRS.flatMap((p, k) =>
    groupFindings([p], ['a', 'b', 'c']).map((finding) => ({ row: ROWS[k]!, finding })),
  );
const articles = ['a', 'b', 'c'].map((id) => parseArticle(id, TEXTS[id]!));
const records = ['a', 'b', 'c'].map(record);

function renderPanel(onShow = vi.fn(), onJump = vi.fn()) {
  const view = render(
    <DiscrepancyPanel
      items={items()}
      records={records}
      articles={articles}
      onJump={onJump}
      onShow={onShow}
    />,
  );
  return { ...view, onShow, onJump };
}

const heading = () => screen.getByRole('heading', { level: 2 });
const findingButtons = () =>
  within(screen.getByRole('list')).getAllByRole('button', { name: /^(high|medium|low) · / });
const claims = () => {
  const s = getAppStore().getState();
  return Object.values(s.reviews[s.activeReviewId]!.claims);
};

describe('triage of findings', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    getAppStore().getState().createReview('Ferry');
    for (const r of records) getAppStore().getState().addArticle(r);
  });

  it('confirms a finding, and the decision is still there when the panel comes back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPanel();
    const confirm = within(screen.getByRole('group', { name: 'Finding 1' })).getByRole('button', {
      name: 'Confirm',
    });
    await user.click(confirm);
    expect(confirm).toHaveAttribute('aria-pressed', 'true');
    expect(findingButtons()[0]).toHaveAccessibleDescription('Confirmed');
    unmount();
    renderPanel();
    expect(findingButtons()[0]).toHaveAccessibleDescription('Confirmed');
    await user.click(screen.getByText(/^Show:/));
    expect(screen.getByRole('checkbox', { name: 'Confirmed (1)' })).toBeChecked();
  });

  it('takes a dismissed finding out of the list and the count, and shows it again on request', async () => {
    const user = userEvent.setup();
    const { onShow } = renderPanel();
    expect(heading()).toHaveAccessibleName('Discrepancies (4)');
    const first = findingButtons()[0]!;
    expect(first).toHaveAccessibleName(/^high · place/);
    await user.click(
      within(screen.getByRole('group', { name: 'Finding 1' })).getByRole('button', {
        name: 'Dismiss',
      }),
    );
    expect(heading()).toHaveAccessibleName('Discrepancies (3)');
    expect(findingButtons()).toHaveLength(3);
    expect(findingButtons().some((b) => /place/.test(b.textContent ?? ''))).toBe(false);
    // The next open finding takes its place, in the list and in the grid.
    expect(findingButtons()[0]).toHaveFocus();
    expect(findingButtons()[0]).toHaveAttribute('aria-current', 'true');
    expect(onShow).toHaveBeenLastCalledWith(3);
    // The filters say that one is hidden, and show it again.
    const filters = screen.getByText('Show: open, confirmed · all types (1 dismissed hidden)');
    await user.click(filters);
    await user.click(screen.getByRole('checkbox', { name: 'Dismissed (1)' }));
    const back = findingButtons().find((b) => /place/.test(b.textContent ?? ''))!;
    expect(back).toHaveAccessibleDescription('Dismissed');
    expect(heading()).toHaveAccessibleName('Discrepancies (3)');
  });

  it('steps to the next and previous open finding with ] and [, passing decided ones', async () => {
    const user = userEvent.setup();
    const { onShow } = renderPanel();
    await user.click(
      within(screen.getByRole('group', { name: 'Finding 2' })).getByRole('button', {
        name: 'Confirm',
      }),
    );
    // Confirming selected finding 2: the steps start from there.
    await user.keyboard(']');
    expect(findingButtons()[2]).toHaveFocus();
    expect(findingButtons()[2]).toHaveAttribute('aria-current', 'true');
    expect(findingButtons()[1]).not.toHaveAttribute('aria-current');
    expect(onShow).toHaveBeenLastCalledWith(5);
    await user.keyboard(']');
    expect(findingButtons()[3]).toHaveFocus();
    expect(onShow).toHaveBeenLastCalledWith(8);
    // From the last it wraps to the first.
    await user.keyboard(']');
    expect(findingButtons()[0]).toHaveFocus();
    expect(onShow).toHaveBeenLastCalledWith(3);
    // Finding 2 is confirmed: both ways pass it.
    await user.keyboard(']');
    expect(findingButtons()[2]).toHaveFocus();
    await user.keyboard('[[');
    expect(findingButtons()[0]).toHaveFocus();
    expect(findingButtons()[0]).toHaveAttribute('aria-current', 'true');
  });

  it('takes the skip link to the selected finding, not back to the first', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.keyboard(']]]');
    expect(findingButtons()[2]).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    expect(focusTarget('findings')).toBe(true);
    expect(findingButtons()[2]).toHaveFocus();
  });

  it('leaves ] to a text field being typed in', async () => {
    const user = userEvent.setup();
    const { onShow } = renderPanel();
    render(<input aria-label="Note" />);
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard(']');
    expect(onShow).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(']');
  });

  it('moves between listed findings with the arrow keys, one tab stop for the list', async () => {
    const user = userEvent.setup();
    const { onShow } = renderPanel();
    const tabbable = findingButtons().filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    findingButtons()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(findingButtons()[1]).toHaveFocus();
    expect(onShow).toHaveBeenLastCalledWith(3);
    await user.keyboard('{ArrowDown}');
    expect(findingButtons()[2]).toHaveFocus();
    expect(onShow).toHaveBeenLastCalledWith(5);
    await user.keyboard('{ArrowUp}');
    expect(findingButtons()[1]).toHaveFocus();
  });

  it('filters by type', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByText(/^Show:/));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'date');
    expect(findingButtons()).toHaveLength(2);
    expect(findingButtons().every((b) => /· date/.test(b.textContent ?? ''))).toBe(true);
  });

  it('turns a finding into a disputed claim on the chosen sentence, with the explanation as its note', async () => {
    const user = userEvent.setup();
    renderPanel();
    const group = screen.getByRole('group', { name: 'Finding 1' });
    await user.click(within(group).getByRole('button', { name: 'Mark disputed…' }));
    const choices = screen.getByRole('group', { name: 'Which sentence is disputed?' });
    // Sides by letter and paragraph, not by headline.
    expect(
      within(choices)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['“Dover” in A ¶2', '“Deal” in B ¶2']);
    await user.click(within(choices).getByRole('button', { name: '“Deal” in B ¶2' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      "The sentence in B ¶2 is marked disputed, with the finding's explanation in its note.",
    );
    expect(within(group).getByRole('button', { name: 'Mark disputed…' })).toHaveFocus();
    expect(findingButtons()[0]).toHaveAccessibleDescription('Confirmed');
    const [claim] = claims();
    expect(claim).toMatchObject({
      articleId: 'b',
      status: 'disputed',
      note: 'The place differs: “Dover” vs “Deal”.',
    });
    expect(claim!.anchor.quote).toBe('The ferry left Deal on Tuesday.');
    // One undo takes back the mark and its note together.
    act(() => getAppStore().getState().undo());
    expect(claims()[0]).toMatchObject({ status: null, note: '' });
  });

  it('asks before changing a verdict the sentence already has, and keeps its note', async () => {
    const user = userEvent.setup();
    const text = TEXTS.b!;
    const start = text.indexOf('The ferry left Deal');
    const end = text.indexOf('Tuesday.') + 'Tuesday.'.length;
    const id = getAppStore().getState().markSentence('b', start, end, 'verified')!;
    getAppStore().getState().setNote(id, 'Checked with the harbour office.');
    renderPanel();
    const group = screen.getByRole('group', { name: 'Finding 1' });
    await user.click(within(group).getByRole('button', { name: 'Mark disputed…' }));
    await user.click(screen.getByRole('button', { name: '“Deal” in B ¶2' }));
    const ask = screen.getByRole('group', { name: 'The sentence already has a verdict' });
    expect(ask).toHaveTextContent('B ¶2 is already marked verified.');
    expect(claims()[0]).toMatchObject({
      status: 'verified',
      note: 'Checked with the harbour office.',
    });
    await user.click(within(ask).getByRole('button', { name: 'Keep verified, add the note' }));
    expect(claims()).toHaveLength(1);
    expect(claims()[0]).toMatchObject({
      status: 'verified',
      note: 'Checked with the harbour office.\n\nThe place differs: “Dover” vs “Deal”.',
    });
    // Asked again, it changes the verdict, and the note is not added twice.
    await user.click(within(group).getByRole('button', { name: 'Mark disputed…' }));
    await user.click(screen.getByRole('button', { name: '“Deal” in B ¶2' }));
    await user.click(screen.getByRole('button', { name: 'Change to disputed' }));
    expect(claims()[0]).toMatchObject({
      status: 'disputed',
      note: 'Checked with the harbour office.\n\nThe place differs: “Dover” vs “Deal”.',
    });
    act(() => getAppStore().getState().undo());
    expect(claims()[0]).toMatchObject({
      status: 'verified',
      note: 'Checked with the harbour office.\n\nThe place differs: “Dover” vs “Deal”.',
    });
  });
});
