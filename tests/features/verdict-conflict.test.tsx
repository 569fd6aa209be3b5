import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const SENTENCE = 'The bridge reopened to traffic on 3 May after repairs.';
const TEXT = `Bridge reopens\n\nCrews finished work overnight. ${SENTENCE}`;
const store = () => getAppStore().getState();
const review = () => store().reviews[store().activeReviewId]!;

function sentenceItem() {
  return screen
    .getAllByRole('listitem')
    .find((li) => li.hasAttribute('data-sentence') && li.textContent?.includes(SENTENCE))!;
}

describe('conflicting verdicts', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState() });
    store().createReview('Bridge');
    store().addArticle({
      id: 'b',
      text: TEXT,
      title: 'Bridge',
      outlet: '',
      date: null,
      url: '',
      addedAt: 0,
    });
  });

  it('lists each verdict with who and when, and keeping one resolves the conflict', async () => {
    const user = userEvent.setup();
    const at = TEXT.indexOf(SENTENCE);
    const id = store().markSentence('b', at, at + SENTENCE.length, 'verified')!;
    const mine = review().claims[id]!;
    // As a merge leaves it: this tab's verdict and another tab's, neither seen by the other.
    act(() => {
      getAppStore().setState({
        reviews: {
          ...store().reviews,
          [review().id]: {
            ...review(),
            claims: {
              [id]: {
                ...mine,
                conflict: [
                  { status: 'verified', by: store().tabId, at: 1_700_000_000_000 },
                  { status: 'disputed', by: 'tab-0a1b2c', at: 1_700_000_005_000 },
                ],
              },
            },
          },
        },
      });
    });
    render(<ClaimsView />);
    expect(sentenceItem()).toHaveTextContent(/conflicting verdicts/);
    act(() => sentenceItem().focus());
    const conflict = screen.getByRole('region', { name: 'Conflicting verdicts' });
    const [first, second] = within(conflict).getAllByRole('listitem');
    expect(first).toHaveTextContent(/^Verified by this tab, /);
    expect(second).toHaveTextContent(/^Disputed by another tab \(0a1b2c\), /);
    expect(within(second!).getByText(/./, { selector: 'time' })).toHaveAttribute(
      'datetime',
      new Date(1_700_000_005_000).toISOString(),
    );
    await user.click(within(conflict).getByRole('button', { name: 'Keep disputed' }));
    expect(screen.queryByRole('region', { name: 'Conflicting verdicts' })).not.toBeInTheDocument();
    expect(sentenceItem()).not.toHaveTextContent(/conflicting/);
    expect(review().claims[id]).toMatchObject({ status: 'disputed', by: store().tabId });
    expect(review().claims[id]!.conflict).toBeUndefined();
  });
});
