import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterparts } from '../../src/core/claims/index.ts';
import { computeComparison, linksOf } from '../../src/core/compare/index.ts';
import type * as SentenceModule from '../../src/features/compare/grid-sentence.tsx';
import { setOpenSentence } from '../../src/features/compare/open-sentence.ts';
import { gridSentence, inventedRecord, renderGridAtRest } from './grid-fixture.tsx';
import { getAppStore, initialSavedState, type ArticleRecord } from '../../src/store/index.ts';

// Counts the sentence renders, to see that a mark re-renders only the cells it concerns.
const renders = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/features/compare/grid-sentence.tsx', async (original) => {
  const real = await original<typeof SentenceModule>();
  return {
    ...real,
    GridSentence: (props: Parameters<typeof real.GridSentence>[0]) => {
      renders.n += 1;
      return real.GridSentence(props);
    },
  };
});

// Three invented reports of one small event.
const TEXTS: Record<string, string> = {
  a: 'Harbour bridge shut for repairs\n\nThe Harbour Bridge will close for 14 days from Monday, the city council said. Engineers found cracks in two steel cables during an inspection in May.\n\nBuses will replace tram line 9 while the work lasts.',
  b: 'Harbour bridge closes\n\nThe Harbour Bridge will close for 21 days from Monday, the city council said. Engineers found cracks in two steel cables during an inspection in May.\n\nBuses will replace tram line 9 while the work lasts.',
  c: 'Bridge repairs begin\n\nEngineers found cracks in two steel cables during an inspection in May. The Harbour Bridge will close for 14 days from Monday, the council said.\n\nFerries will run every hour.',
};
const record = (id: string): ArticleRecord => inventedRecord(id, TEXTS[id]!);
const CRACKS = 'Engineers found cracks in two steel cables during an inspection in May.';

const store = () => getAppStore().getState();
const claims = () => Object.values(store().reviews[store().activeReviewId]!.claims);

const sentence = gridSentence;
const renderGrid = () => renderGridAtRest(() => sentence(CRACKS, 'C'));

describe('marks in the compare grid', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    store().createReview('Bridge');
    for (const id of ['a', 'b', 'c']) store().addArticle(record(id));
  });
  afterEach(() => act(() => setOpenSentence(null)));

  it('marks the focused sentence with the Claims view keys, shown as a word and in its name', async () => {
    const user = userEvent.setup();
    const table = await renderGrid();
    const row = sentence(CRACKS, 'A').closest<HTMLElement>('[role="row"]')!;
    act(() => row.focus());
    // → enters the row's sentences in reading order, the first column's first.
    await user.keyboard('{ArrowRight}');
    const first = within(row).getAllByRole('group', { name: /^Sentence/ })[0]!;
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const target = within(row).getAllByRole('group', { name: /^Sentence/ })[1]!;
    expect(target).toHaveFocus();
    await user.keyboard('d');
    expect(target).toHaveAccessibleName(/, disputed$/);
    expect(within(target).getByText('Disputed')).toBeVisible();
    // The same claim's mark in the row's other articles shows beside it there.
    const comparison = computeComparison(['a', 'b', 'c'].map(record), 'a');
    const [idA, p, s] = ['a', 1, 1] as const;
    const partners = counterparts(
      linksOf(comparison.table, idA, p),
      comparison.articles,
      idA,
      p,
      s,
    );
    expect(partners.length).toBeGreaterThan(0);
    for (const c of partners) {
      const there = sentence(c.text, c.articleId.toUpperCase());
      expect(there).toHaveAccessibleName(/A disputed/);
      expect(within(there).getByText('A: Disputed')).toBeVisible();
    }
    await user.keyboard('v');
    expect(target).toHaveAccessibleName(/, verified$/);
    await user.keyboard('x');
    expect(target).toHaveAccessibleName(/, unmarked$/);
    expect(within(table).queryByText('Verified', { selector: '.g-mark' })).toBeNull();
    // ← from the first sentence and Escape go back to the row.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(row).toHaveFocus();
  });

  it('opens a clicked sentence beside it: mark by mouse, apply to counterparts', async () => {
    const user = userEvent.setup();
    await renderGrid();
    await user.click(sentence(CRACKS, 'B'));
    const details = screen.getByRole('region', { name: /^Claim: Sentence 2 of ¶2 in B$/ });
    const buttons = within(details).getByRole('group', { name: 'Mark Sentence 2 of ¶2 in B' });
    await user.click(within(buttons).getByRole('button', { name: 'Unsourced' }));
    expect(within(buttons).getByRole('button', { name: 'Unsourced' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(sentence(CRACKS, 'B')).toHaveAccessibleName(/, unsourced$/);
    const list = within(details).getByRole('list', { name: 'Counterparts' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    await user.click(within(details).getByRole('button', { name: 'Apply to counterparts' }));
    expect(sentence(CRACKS, 'A')).toHaveAccessibleName(/^Sentence \d+ of ¶2 in A, unsourced/);
    expect(sentence(CRACKS, 'C')).toHaveAccessibleName(/^Sentence 1 of ¶2 in C, unsourced/);
    expect(sentence(CRACKS, 'B')).toHaveAccessibleName(/, unsourced, A unsourced, C unsourced$/);
  });

  it('n opens the note beside the sentence; Escape saves it and returns to the sentence', async () => {
    const user = userEvent.setup();
    await renderGrid();
    const target = sentence(CRACKS, 'C');
    act(() => target.focus());
    await user.keyboard('u');
    await user.keyboard('n');
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    await user.type(note, 'No inspection report is public.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(sentence(CRACKS, 'C')).toHaveFocus());
    const details = screen.getByRole('region', { name: /^Claim: Sentence 1 of ¶2 in C$/ });
    expect(within(details).getByText('No inspection report is public.')).toBeVisible();
    const evidence = within(details).getByRole('textbox', { name: 'Evidence URLs' });
    await user.type(evidence, 'https://example.org/inspection');
    await user.click(within(details).getByRole('button', { name: 'Save evidence' }));
    const saved = within(details).getByRole('list', { name: 'Saved evidence' });
    expect(within(saved).getByRole('link')).toHaveAttribute(
      'href',
      'https://example.org/inspection',
    );
    // Beside the sentence, what its claim holds, in words and in its name.
    expect(sentence(CRACKS, 'C')).toHaveAccessibleName(/, unsourced, note, 1 evidence/);
    expect(within(sentence(CRACKS, 'C')).getByText('note, 1 evidence')).toBeVisible();
    // Escape on the details closes them and returns to the sentence.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /^Claim:/ })).toBeNull();
    expect(sentence(CRACKS, 'C')).toHaveFocus();
  });

  it('n on an unmarked sentence says to mark it first, and the next keys only mark it', async () => {
    const user = userEvent.setup();
    await renderGrid();
    act(() => sentence(CRACKS, 'C').focus());
    await user.keyboard('n');
    const details = screen.getByRole('region', { name: /^Claim: Sentence 1 of ¶2 in C$/ });
    expect(within(details).getByRole('status')).toHaveTextContent(
      'Mark this sentence first to add a note: v verified, d disputed, u unsourced.',
    );
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    // Not a pending request: v marks it, and d after it is a verdict, not a note's first letter.
    await user.keyboard('v');
    expect(sentence(CRACKS, 'C')).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    await user.keyboard('d');
    expect(claims()).toMatchObject([{ status: 'disputed', note: '' }]);
    expect(within(details).getByRole('status')).toBeEmptyDOMElement();
  });

  it('turns text selected in a cell into a claim that takes a note and evidence', async () => {
    const user = userEvent.setup();
    await renderGrid();
    const where = sentence('from Monday', 'B');
    const piece = [...where.querySelectorAll<HTMLElement>('[data-start]')].find((el) =>
      el.textContent?.includes('from Monday'),
    )!;
    const text = piece.firstChild!;
    const at = piece.textContent!.indexOf('from Monday');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'from Monday'.length);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(screen.getByText('Selected: “from Monday”')).toBeInTheDocument();
    const bar = screen.getByRole('group', { name: 'Mark selection as' });
    await user.click(within(bar).getByRole('button', { name: 'Disputed' }));
    const list = screen.getByRole('list', { name: 'Selected claims in ¶2 of B' });
    expect(within(list).getByText('from Monday')).toBeVisible();
    await user.click(
      within(list).getByRole('button', {
        name: 'Note and evidence of the selection “from Monday”',
      }),
    );
    await user.click(within(list).getByRole('button', { name: 'Add note' }));
    await user.type(within(list).getByRole('textbox', { name: 'Note' }), 'A and C say 14 days.');
    await user.click(within(list).getByRole('button', { name: 'Save note' }));
    expect(within(list).getByText('A and C say 14 days.')).toBeVisible();
    await user.type(
      within(list).getByRole('textbox', { name: 'Evidence URLs' }),
      'https://example.org/council',
    );
    await user.click(within(list).getByRole('button', { name: 'Save evidence' }));
    expect(within(list).getByRole('link', { name: 'https://example.org/council' })).toBeVisible();
    const made = claims().find((c) => c.origin === 'selection')!;
    expect(made.anchor.quote).toBe('from Monday');
    expect(made.note).toBe('A and C say 14 days.');
  });

  it('re-renders only the cells a mark concerns', async () => {
    const user = userEvent.setup();
    await renderGrid();
    const target = sentence('tram line 9', 'A');
    const inCell = (el: HTMLElement) =>
      within(el.closest<HTMLElement>('[role="cell"]')!).getAllByRole('group', { name: /^Sentence/ })
        .length;
    const concerned = inCell(target) + inCell(sentence('tram line 9', 'B'));
    const all = screen.getAllByRole('group', { name: /^Sentence/ }).length;
    expect(all).toBeGreaterThan(concerned);
    act(() => target.focus());
    // Opening the sentence's details re-rendered its cell; count from here.
    renders.n = 0;
    await user.keyboard('v');
    expect(target).toHaveAccessibleName(/, verified/);
    // Its cell and the cell holding its counterpart in B draw their sentences again; no other.
    expect(renders.n).toBe(concerned);
  });
});

describe('a sentence with two counterparts in one article', () => {
  // Invented: A prints the same sentence twice, in its lede and in a later paragraph of its own.
  const TWICE = 'The ferry service will stop for two weeks in June, officials said.';
  const texts: Record<string, string> = {
    a: `Ferry pause\n\n${TWICE} Passengers can use the coastal bus.\n\nRepairs cost 2 million euros.\n\n${TWICE}`,
    b: `Ferries to stop\n\n${TWICE}\n\nThe coastal bus runs hourly.`,
  };
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    store().createReview('Ferry');
    for (const id of ['a', 'b']) store().addArticle(inventedRecord(id, texts[id]!));
  });

  it('shows one chip for the article when both carry one verdict, and both verdicts when they differ', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await renderGridAtRest(() => sentence(TWICE, 'B'));
      const text = texts.a!;
      const first = text.indexOf(TWICE);
      const second = text.lastIndexOf(TWICE);
      expect(second).toBeGreaterThan(first);
      act(() => {
        store().markSentence('a', first, first + TWICE.length, 'verified');
        store().markSentence('a', second, second + TWICE.length, 'verified');
      });
      await waitFor(() =>
        expect(sentence(TWICE, 'B')).toHaveAccessibleName(/, unmarked, A verified$/),
      );
      expect(within(sentence(TWICE, 'B')).getAllByText('A: Verified')).toHaveLength(1);
      act(() => store().markSentence('a', second, second + TWICE.length, 'disputed'));
      await waitFor(() =>
        expect(sentence(TWICE, 'B')).toHaveAccessibleName(/, unmarked, A verified, A disputed$/),
      );
      expect(errors.mock.calls.map((c) => String(c[0]))).not.toContainEqual(
        expect.stringMatching(/same key/),
      );
    } finally {
      errors.mockRestore();
    }
  });
});
