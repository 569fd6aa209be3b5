import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setOpenSentence } from '../../src/features/compare/open-sentence.ts';
import { gridSentence, inventedRecord, renderGridAtRest } from './grid-fixture.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

// Two invented reports of one small event.
const TEXTS: Record<string, string> = {
  a: 'Ferry strike called off\n\nThe ferry crews ended their strike on Tuesday after eleven hours of talks. Sailings to the islands resume at six in the morning.',
  b: 'Ferry strike ends\n\nThe ferry crews ended their strike on Tuesday after nine hours of talks. Sailings to the islands resume at six in the morning.',
};
const record = (id: string) => inventedRecord(id, TEXTS[id]!);
const SAILINGS = 'Sailings to the islands resume';

/** The grid's sentence in column B that holds the phrase. */
const sentence = (phrase: string) => gridSentence(phrase, 'B');
const renderGrid = () => renderGridAtRest(() => sentence(SAILINGS));

describe('undo and redo in the compare grid', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    const store = getAppStore().getState();
    store.createReview('Ferry');
    for (const id of ['a', 'b']) store.addArticle(record(id));
    getAppStore().temporal.getState().clear();
  });
  afterEach(() => act(() => setOpenSentence(null)));

  it('undoes a mark made in the grid with Ctrl+Z and redoes it with Ctrl+Shift+Z or Ctrl+Y', async () => {
    const user = userEvent.setup();
    await renderGrid();
    act(() => sentence(SAILINGS).focus());
    await user.keyboard('d');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, disputed$/);
    await user.keyboard('{Control>}z{/Control}');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, unmarked$/);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, disputed$/);
    await user.keyboard('{Control>}z{/Control}');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, unmarked$/);
    await user.keyboard('{Control>}y{/Control}');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, disputed$/);
  });

  it('leaves the marks alone when Ctrl+Z is pressed while typing a note', async () => {
    const user = userEvent.setup();
    await renderGrid();
    act(() => sentence(SAILINGS).focus());
    await user.keyboard('u');
    await user.keyboard('n');
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    await user.type(note, 'The timetable says seven.');
    await user.keyboard('{Control>}z{/Control}');
    expect(sentence(SAILINGS)).toHaveAccessibleName(/, unsourced$/);
    expect(note).toHaveFocus();
  });
});
