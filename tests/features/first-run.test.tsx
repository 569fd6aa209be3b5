import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { resetIntroMemory } from '../../src/features/intro/intro-storage.ts';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const SLOW = { timeout: 10_000 };
const FERRY: Record<string, string> = {
  a: 'Ferry strike called off\n\nThe ferry crews ended their strike on Tuesday after eleven hours of talks.',
  b: 'Ferry strike ends\n\nThe ferry crews ended their strike on Tuesday after nine hours of talks.',
};

describe('first run', () => {
  beforeEach(() => {
    localStorage.clear();
    resetIntroMemory();
    getAppStore().setState({ ...initialSavedState() });
  });

  it('introduces the screen until dismissed, and shows it again from "How it works"', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const intro = screen.getByRole('region', { name: 'How Crosscheck works' });
    expect(intro).toHaveTextContent(/aligned rows/i);
    expect(screen.getByRole('button', { name: /show me the findings/i })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /show me the mark buttons/i })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /got it/i }));
    expect(screen.queryByRole('region', { name: 'How Crosscheck works' })).toBeNull();
    const howItWorks = screen.getByRole('button', { name: 'How it works' });
    expect(howItWorks).toHaveFocus();
    // A reload: the dismissal was saved.
    unmount();
    resetIntroMemory();
    render(<App />);
    expect(screen.queryByRole('region', { name: 'How Crosscheck works' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'How it works' }));
    expect(screen.getByRole('heading', { name: 'How Crosscheck works' })).toHaveFocus();
  });

  it(
    "tells to mark in the grid, and its mark buttons step opens a grid sentence's buttons in Compare",
    SLOW,
    async () => {
      const user = userEvent.setup();
      // Two short invented reports: aligned in jsdom in a moment, unlike the five seeds.
      const store = getAppStore().getState();
      store.createReview('Ferry');
      for (const [id, text] of Object.entries(FERRY))
        store.addArticle({
          id,
          text,
          title: id,
          outlet: 'invented',
          date: null,
          url: '',
          addedAt: 0,
        });
      render(<App />);
      const intro = screen.getByRole('region', { name: 'How Crosscheck works' });
      expect(intro).toHaveTextContent(/click a sentence in the grid/i);
      expect(intro).toHaveTextContent(/mark disputed…/i);
      expect(intro).not.toHaveTextContent(/in claims/i);
      await screen.findByRole('table', { name: /aligned paragraphs/i }, SLOW);
      await user.click(screen.getByRole('button', { name: /show me the mark buttons/i }));
      const marks = await screen.findByRole('group', { name: /^Mark Sentence \d+ of ¶\d+ in A$/ });
      await waitFor(() =>
        expect(within(marks).getByRole('button', { name: 'Verified' })).toHaveFocus(),
      );
      // Still the compare view, with the introduction beside the grid.
      expect(screen.getByRole('button', { name: 'Compare' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(screen.getByRole('region', { name: 'How Crosscheck works' })).toBeInTheDocument();
      await user.click(within(marks).getByRole('button', { name: 'Disputed' }));
      expect(within(marks).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    },
  );

  it('offers "Add articles" in an empty review, leading to the import', SLOW, async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'New' }));
    const add = await screen.findByRole('button', { name: 'Add articles' });
    expect(screen.getByRole('heading', { name: /no articles yet/i })).toBeInTheDocument();
    // The introduction's pointers say why they have nothing to show.
    // (after looking for a moment: a review still being aligned shows them a little later).
    const saying = (text: RegExp) =>
      waitFor(
        () =>
          expect(
            screen.getAllByRole('status').filter((s) => text.test(s.textContent ?? '')),
          ).toHaveLength(1),
        { timeout: 5_000 },
      );
    await user.click(screen.getByRole('button', { name: /show me the findings/i }));
    await saying(/no findings on the screen yet/i);
    await user.click(screen.getByRole('button', { name: /show me the mark buttons/i }));
    await saying(/no mark buttons on the screen yet: add articles\.$/i);
    await user.click(add);
    await screen.findByRole('heading', { name: 'Add articles' }, SLOW);
    await waitFor(() => expect(document.activeElement?.tagName).toBe('TEXTAREA'));
    expect(screen.getByRole('button', { name: 'Articles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
