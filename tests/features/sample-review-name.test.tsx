import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import manifest from '../../seeds/manifest.json';
import { LibraryView } from '../../src/features/library/library-view.tsx';
import { ReviewMenu } from '../../src/features/reviews/review-menu.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';

const reviewSelect = () => screen.getByRole('combobox', { name: 'Review' });
const shownName = () => within(reviewSelect()).getByRole('option', { selected: true }).textContent;

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <ReviewMenu />
      <LibraryView />
    </>,
  );
  return user;
}

/** Removes every article listed, confirming each removal, as a reviewer would. */
async function removeAll(user: ReturnType<typeof userEvent.setup>) {
  const list = () => screen.queryByRole('list', { name: 'Articles in this review' });
  while (list()) {
    const first = within(list()!).getAllByRole('article')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Remove' }));
    await user.click(within(first).getByRole('button', { name: 'Remove article' }));
  }
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByRole('textbox', { name: 'Article text' }), text);
  await user.click(screen.getByRole('button', { name: 'Add article' }));
}

describe('the sample review’s name in the Articles view', () => {
  beforeEach(() => {
    localStorage.clear();
    getAppStore().setState({ ...initialSavedState(), lastDeleted: null, fault: null });
  });

  it('is replaced by the first own article’s title once the samples are gone, and says so', async () => {
    const user = setup();
    expect(shownName()).toBe(manifest.reviewName);
    await removeAll(user);
    expect(shownName()).toBe(manifest.reviewName);
    await paste(user, 'Ferry strike ends{Enter}{Enter}Ferries ran again on Friday after a strike.');
    expect(shownName()).toBe('Ferry strike ends');
    expect(screen.getByText(/is now named “Ferry strike ends”/)).toBeInTheDocument();
  });

  it('keeps a name the reviewer typed, and says nothing of a rename', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: /new name/i });
    await user.clear(field);
    await user.type(field, 'Ferry desk{Enter}');
    await removeAll(user);
    await paste(user, 'Ferry strike ends{Enter}{Enter}Ferries ran again on Friday after a strike.');
    expect(shownName()).toBe('Ferry desk');
    expect(screen.getByText(/added an article/i)).toBeInTheDocument();
    expect(screen.queryByText(/is now named/)).not.toBeInTheDocument();
  });
});
