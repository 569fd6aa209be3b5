import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClaimsView } from '../../src/features/claims/claims-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { bindStore } from '../../src/sync/bind-store.ts';
import { readReview, writeReview } from '../../src/sync/review-doc.ts';
import { ana, ben, cai } from '../sync/people.ts';

const CLAIM = 'The dam held back 2.1 million cubic metres of water.';
const TEXT = `Reservoir holds after storm\n\nEngineers inspected the dam on Sunday. ${CLAIM}\n\nThe road below stays closed.`;

const store = () => getAppStore().getState();
const row = () =>
  screen
    .getAllByRole('listitem')
    .find((li) => li.hasAttribute('data-sentence') && li.textContent?.includes(CLAIM))!;
const pressed = () =>
  within(row())
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

let stop = () => {};
afterEach(() => stop());

/**
 * Cai opens a shared review in which Ana marked the claim verified and Ben, later, disputed: the
 * app's store bound to a document holding both verdicts, as it is after syncing.
 */
beforeEach(() => {
  localStorage.clear();
  getAppStore().setState({ ...initialSavedState() });
  const id = store().createReview('Reservoir');
  store().addArticle({
    id: 'dam',
    text: TEXT,
    title: 'Dam',
    outlet: '',
    date: null,
    url: '',
    addedAt: 0,
  });
  const at = TEXT.indexOf(CLAIM);
  const claimId = store().markSentence('dam', at, at + CLAIM.length, 'verified')!;
  const doc = new Y.Doc();
  const ana1 = store().reviews[id]!.claims[claimId]!.updatedAt;
  writeReview(doc, null, store().reviews[id]!, ana, ana1);
  // Ben disputes it a minute later (the store's claim is then older than the document's).
  const onBen = readReview(doc, ben.id)!;
  const later = ana1 + 60_000;
  const disputed = {
    ...onBen.claims[claimId]!,
    status: 'disputed',
    mine: 'disputed',
    verdictAt: later,
    updatedAt: later,
  } as const;
  writeReview(doc, onBen, { ...onBen, claims: { [claimId]: disputed } }, ben, later);
  stop = bindStore(getAppStore(), id, doc, cai);
});

describe('a reviewer’s own verdict on a claim the team disagrees on', () => {
  it('presses none of the toggles for a reviewer who gave none, while the row shows the team’s state', () => {
    render(<ClaimsView />);
    expect(pressed()).toEqual([]);
    expect(row()).toHaveAccessibleName(/disputed\s*conflicting verdicts/i);
  });

  it('records the verdict pressed as this reviewer’s, beside the two colleagues’', async () => {
    const user = userEvent.setup();
    render(<ClaimsView />);
    await user.click(within(row()).getByRole('button', { name: 'Disputed' }));
    expect(pressed()).toEqual(['Disputed']);
    expect(row()).toHaveAccessibleName(/conflicting verdicts/i);
    const box = screen.getByRole('region', { name: 'Conflicting verdicts' });
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(',')[0]),
    ).toEqual(['Verified by Ana', 'Disputed by Ben', 'Disputed by Cai']);
    // Pressing it again takes back Cai's verdict only.
    await user.click(within(row()).getByRole('button', { name: 'Disputed' }));
    expect(pressed()).toEqual([]);
    act(() => row().focus());
    expect(
      within(screen.getByRole('region', { name: 'Conflicting verdicts' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(',')[0]),
    ).toEqual(['Verified by Ana', 'Disputed by Ben']);
  });
});
