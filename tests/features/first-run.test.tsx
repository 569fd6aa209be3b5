import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { resetIntroMemory } from '../../src/features/intro/intro-storage.ts';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const SLOW = { timeout: 10_000 };

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

  it('offers "Add articles" in an empty review, leading to the import', SLOW, async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'New' }));
    const add = await screen.findByRole('button', { name: 'Add articles' });
    expect(screen.getByRole('heading', { name: /no articles yet/i })).toBeInTheDocument();
    // The introduction's pointers say why they have nothing to show.
    await user.click(screen.getByRole('button', { name: /show me the findings/i }));
    expect(
      screen
        .getAllByRole('status')
        .filter((s) => /no findings on the screen yet/i.test(s.textContent ?? '')),
    ).toHaveLength(1);
    await user.click(add);
    await screen.findByRole('heading', { name: 'Add articles' }, SLOW);
    await waitFor(() => expect(document.activeElement?.tagName).toBe('TEXTAREA'));
    expect(screen.getByRole('button', { name: 'Articles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
