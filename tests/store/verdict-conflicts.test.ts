import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/core/claims/index.ts';
import { createCrosscheckStore, savedPart, type CrosscheckStore } from '../../src/store/index.ts';
import { KEY, spanOf, twoTabs } from './helpers.ts';

const { start, end } = spanOf('Forty people were evacuated before midnight.');

const claimOf = (store: CrosscheckStore, id: string) =>
  store.getState().reviews[store.getState().activeReviewId]!.claims[id]!;
const shared = (store: CrosscheckStore) =>
  stableStringify({ ...savedPart(store.getState()), activeReviewId: '' });

describe('verdicts from two tabs', () => {
  it('are both kept as a conflict, with which tab gave each and when', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().markSentence('a', start, end, 'verified')!;
    expect(two.getState().markSentence('a', start, end, 'disputed')).toBe(id);
    bus.flush();
    expect(bus.flush()).toBe(0);
    expect(shared(one)).toBe(shared(two));
    const conflict = claimOf(one, id).conflict!;
    expect(conflict.map((v) => [v.status, v.by])).toEqual(
      expect.arrayContaining([
        ['verified', one.getState().tabId],
        ['disputed', two.getState().tabId],
      ]),
    );
    expect(conflict).toHaveLength(2);
    for (const v of conflict) expect(v.at).toBeGreaterThan(0);
  });

  it('replace each other without a conflict when one tab saw the other’s verdict', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().markSentence('a', start, end, 'verified')!;
    bus.flush();
    two.getState().setClaimStatus(id, 'disputed');
    bus.flush();
    for (const store of [one, two]) {
      expect(claimOf(store, id).status).toBe('disputed');
      expect(claimOf(store, id).conflict).toBeUndefined();
    }
  });

  it('stay in conflict until a tab resolves it, and the resolution reaches the other', () => {
    const { bus, one, two, storage } = twoTabs();
    const id = one.getState().markSentence('a', start, end, 'verified')!;
    two.getState().markSentence('a', start, end, 'disputed');
    bus.flush();
    // A reload keeps the conflict.
    const reloaded = createCrosscheckStore({ getStorage: () => storage, key: KEY });
    expect(claimOf(reloaded, id).conflict).toHaveLength(2);
    two.getState().setClaimStatus(id, 'verified');
    bus.flush();
    for (const store of [one, two]) {
      expect(claimOf(store, id)).toMatchObject({ status: 'verified', by: two.getState().tabId });
      expect(claimOf(store, id).conflict).toBeUndefined();
    }
  });

  it('spread an undone verdict even after the other tab saw the newer one', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().markSentence('a', start, end, 'verified')!;
    one.getState().setClaimStatus(id, 'disputed');
    bus.flush();
    one.getState().undo();
    bus.flush();
    for (const store of [one, two]) {
      expect(claimOf(store, id).status).toBe('verified');
      expect(claimOf(store, id).conflict).toBeUndefined();
    }
  });
});
