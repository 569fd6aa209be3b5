import { afterEach, describe, expect, it } from 'vitest';
import { createCrosscheckStore, type CrosscheckStore } from '../../src/store/index.ts';
import { openShared } from '../../src/sync/open-shared.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { ARTICLE_A, KEY, spanOf } from '../store/helpers.ts';

const ana: Reviewer = { id: 'r-ana', name: 'Ana', colour: '#1f77b4', role: 'reviewer' };
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const newStore = () => createCrosscheckStore({ getStorage: () => new FakeStorage(), key: KEY });

function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - start > ms) reject(new Error('timed out'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('a shared review without a server', () => {
  it('passes changes between two tabs of one browser and is there again after a reload', async () => {
    const tab1 = newStore();
    const id = tab1.getState().createReview(`Tabs ${Math.random()}`);
    tab1.getState().addArticle(ARTICLE_A);
    closers.push(await openShared(tab1, id, ana, ''));
    const tab2: CrosscheckStore = newStore();
    closers.push(await openShared(tab2, id, ana, ''));
    await until(() => tab2.getState().reviews[id] !== undefined);
    const { start, end } = spanOf('Forty people were evacuated before midnight.');
    const claimId = tab1.getState().markSentence('a', start, end, 'unsourced')!;
    await until(() => tab2.getState().reviews[id]?.claims[claimId]?.status === 'unsourced');
    // Both tabs close; a new page (an empty store) opens the review from IndexedDB.
    closers.splice(0).forEach((close) => close());
    const reloaded = newStore();
    closers.push(await openShared(reloaded, id, ana, ''));
    expect(reloaded.getState().reviews[id]?.claims[claimId]?.status).toBe('unsourced');
  });
});
