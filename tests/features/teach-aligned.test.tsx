import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeExercise, type ReviewData } from '../../src/core/formats/index.ts';
import { TraineePanel } from '../../src/features/teach/trainee-panel.tsx';
import { claimOn, sampleReview } from '../fixtures/formats/review.ts';

const MORNING = [
  'Library closes early after burst pipe',
  'The central library shut at noon on Friday after a pipe burst above the reading room.',
  'About 300 books were soaked, the head librarian said, and staff moved the rest upstairs.',
  'The building is expected to reopen on Wednesday.',
].join('\n\n');

const EVENING = [
  'Burst pipe floods central library',
  'Staff moved shelves upstairs after a pipe burst above the reading room of the central library on Friday, closing it at noon.',
  'Nearly 3,000 books were soaked, according to the head librarian.',
  'A council spokesperson thanked volunteers who helped with the clean-up.',
].join('\n\n');

/** An exercise on two versions of one story, with one claim on the figure that changed. */
function libraryExercise() {
  const base = sampleReview();
  const quote = 'About 300 books were soaked';
  const claim = claimOn('m', MORNING, quote, { status: 'disputed' });
  const review: ReviewData = {
    ...base,
    articles: [
      {
        ...base.articles[0]!,
        id: 'm',
        text: MORNING,
        title: 'Library closes early',
        outlet: 'Morning Post',
      },
      {
        ...base.articles[1]!,
        id: 'e',
        text: EVENING,
        title: 'Burst pipe floods library',
        outlet: 'Evening Star',
      },
    ],
    claims: { [claim.id]: claim },
    view: { base: 'm', order: ['m', 'e'], hidden: [], collapsed: [] },
  };
  return makeExercise(review, [claim.id], { [claim.id]: { status: 'disputed', explanation: '' } })
    .exercise;
}

describe('the trainee’s articles side by side', () => {
  beforeEach(() => localStorage.clear());

  it('shows the exercise’s articles aligned, matching passages in one row, as text', async () => {
    const user = userEvent.setup();
    render(<TraineePanel />);
    const text = JSON.stringify(libraryExercise());
    await user.upload(screen.getByLabelText(/open an exercise file/i), new File([text], 'ex.json'));
    await user.click(screen.getByText('Read the articles side by side'));
    const table = await screen.findByRole(
      'table',
      { name: /articles side by side/i },
      { timeout: 10_000 },
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'A · Library closes early · Morning Post',
      'B · Burst pipe floods library · Evening Star',
    ]);
    const soaked = within(table).getByRole('row', { name: /About 300 books/ });
    expect(
      within(soaked)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'About 300 books were soaked, the head librarian said, and staff moved the rest upstairs.',
      'Nearly 3,000 books were soaked, according to the head librarian.',
    ]);
    // Read only: nothing in the aligned view can be changed.
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(within(table).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
