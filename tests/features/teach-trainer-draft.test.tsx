import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/components/download.ts';
import { parseKey, type ReviewData } from '../../src/core/formats/index.ts';
import { TeachView } from '../../src/features/teach/teach-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { TRAINER_KEY } from '../../src/store/trainer-draft.ts';
import { ferryReview } from '../fixtures/teach/findings.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

const CLAIM = '“The harbour master, Ilse Varga, said”';
const COUNT = 'Number: “23” in A, C or “32” in B';

function open(...reviews: ReviewData[]) {
  getAppStore().setState({
    ...initialSavedState(),
    reviews: Object.fromEntries(reviews.map((r) => [r.id, r])),
    reviewOrder: reviews.map((r) => r.id),
    activeReviewId: reviews[0]!.id,
  });
}

/** The trainer's work: a title, the claim with a changed mark and explanation, the count finding set up. */
async function buildExercise(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: 'Exercise title' }), 'Week 5: the ferry');
  const claim = screen.getByRole('group', { name: CLAIM });
  await user.click(within(claim).getByRole('checkbox'));
  await user.selectOptions(
    within(claim).getByRole('combobox', { name: 'Expected mark' }),
    'Disputed',
  );
  const why = within(claim).getByRole('textbox', { name: 'Explanation' });
  await user.clear(why);
  await user.type(why, 'Only one outlet names her.');
  await user.click(screen.getByText(/Ask about findings of the comparison/));
  const count = await screen.findByRole('group', { name: COUNT });
  await user.click(within(count).getByRole('checkbox'));
  const question = within(count).getByRole('textbox', { name: 'Question' });
  await user.clear(question);
  await user.type(question, 'How many went to hospital?');
  await user.selectOptions(
    within(count).getByRole('combobox', { name: 'Right answer' }),
    'Version 1: “23” in A, C',
  );
  await user.type(
    within(count).getByRole('textbox', { name: 'Explanation' }),
    'The hospital said 23.',
  );
}

/** Leaves the Teach view (another view, or a reload) and comes back to it. */
function comeBack(view: { unmount: () => void }) {
  view.unmount();
  return render(<TeachView />);
}

beforeEach(() => {
  localStorage.clear();
  vi.mocked(downloadText).mockClear();
});

describe('the exercise a trainer is making', () => {
  it('comes back as it was left after another view or a reload, and downloads as made', async () => {
    const user = userEvent.setup();
    open(ferryReview());
    const first = render(<TeachView />);
    await buildExercise(user);

    comeBack(first);
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue(
      'Week 5: the ferry',
    );
    const claim = screen.getByRole('group', { name: CLAIM });
    expect(within(claim).getByRole('checkbox')).toBeChecked();
    expect(within(claim).getByRole('combobox', { name: 'Expected mark' })).toHaveValue('disputed');
    expect(within(claim).getByRole('textbox', { name: 'Explanation' })).toHaveValue(
      'Only one outlet names her.',
    );
    // The findings open by themselves, with the chosen one as it was set up.
    expect(screen.getByText(/Ask about findings of the comparison \(1 chosen\)/)).toBeVisible();
    const count = await screen.findByRole('group', { name: COUNT });
    expect(within(count).getByRole('checkbox')).toBeChecked();
    expect(within(count).getByRole('textbox', { name: 'Question' })).toHaveValue(
      'How many went to hospital?',
    );
    expect(within(count).getByRole('combobox', { name: 'Right answer' })).toHaveDisplayValue(
      'Version 1: “23” in A, C',
    );
    expect(within(count).getByRole('textbox', { name: 'Explanation' })).toHaveValue(
      'The hospital said 23.',
    );

    await user.click(screen.getByRole('button', { name: 'Download answer key' }));
    const [filename, text] = vi.mocked(downloadText).mock.calls.at(-1)!;
    expect(filename).toBe('week-5-the-ferry.answer-key.json');
    const key = parseKey(text);
    if (!key.ok) throw new Error(key.error);
    expect(Object.values(key.key.answers)).toEqual([
      { status: 'disputed', explanation: 'Only one outlet names her.' },
    ]);
    expect(Object.values(key.key.findings)).toEqual([
      { choice: 0, explanation: 'The hospital said 23.' },
    ]);
  });

  it('keeps one exercise per review', async () => {
    const user = userEvent.setup();
    const ferry = ferryReview();
    const other = { ...ferryReview(), id: 'other-review', name: 'Another review' };
    open(ferry, other);
    const first = render(<TeachView />);
    await user.type(screen.getByRole('textbox', { name: 'Exercise title' }), 'Ferry quiz');
    getAppStore().setState({ activeReviewId: other.id });
    const second = comeBack(first);
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('');
    getAppStore().setState({ activeReviewId: ferry.id });
    comeBack(second);
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('Ferry quiz');
  });

  it('starts over only when asked twice, and stays cleared after a reload', async () => {
    const user = userEvent.setup();
    open(ferryReview());
    const first = render(<TeachView />);
    await user.type(screen.getByRole('textbox', { name: 'Exercise title' }), 'Ferry quiz');
    await user.click(within(screen.getByRole('group', { name: CLAIM })).getByRole('checkbox'));

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const ask = screen.getByRole('group', { name: 'Start over?' });
    expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('Ferry quiz');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear the exercise' }));
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('');
    expect(
      within(screen.getByRole('group', { name: CLAIM })).getByRole('checkbox'),
    ).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Start over' })).toBeDisabled();
    comeBack(first);
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('');
  });

  it('says plainly which kept choices the changed articles no longer have, and lets them be removed', async () => {
    const user = userEvent.setup();
    const review = ferryReview();
    open(review);
    const first = render(<TeachView />);
    await buildExercise(user);
    first.unmount();

    // The articles change: the claim is deleted, and B now gives the same count as A and C.
    const changed = structuredClone(review);
    changed.claims = {};
    const b = changed.articles.find((a) => a.id === 'rb')!;
    b.text = b.text.replace('32 people', '23 people');
    open(changed);
    render(<TeachView />);
    const gone = await screen.findByRole('region', { name: 'No longer in this review' });
    expect(
      await within(gone).findByText(/^Number: “23” or “32”: the articles changed/),
    ).toBeVisible();
    expect(
      within(gone).getByText(
        /^Claim “The harbour master, Ilse Varga, said”: the claim is no longer in the review\./,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download exercise' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '2 choices are no longer in this review: remove them',
    );
    expect(downloadText).not.toHaveBeenCalled();

    await user.click(
      within(gone).getByRole('button', {
        name: 'Remove Claim “The harbour master, Ilse Varga, said”',
      }),
    );
    await user.click(within(gone).getByRole('button', { name: /^Remove Number:/ }));
    expect(
      screen.queryByRole('region', { name: 'No longer in this review' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue(
      'Week 5: the ferry',
    );
  });

  it('starts empty when what is kept is damaged or of another shape', () => {
    open(ferryReview());
    localStorage.setItem(
      TRAINER_KEY,
      JSON.stringify({ [ferryReview().id]: { title: 7, claims: [], findings: 'x' } }),
    );
    render(<TeachView />);
    expect(screen.getByRole('textbox', { name: 'Exercise title' })).toHaveValue('');
    expect(
      within(screen.getByRole('group', { name: CLAIM })).getByRole('checkbox'),
    ).not.toBeChecked();
  });
});
