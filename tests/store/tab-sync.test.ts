import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../src/core/claims/index.ts';
import { savedPart, type CrosscheckStore } from '../../src/store/index.ts';
import { SAVED_VERSION } from '../../src/store/migrations.ts';
import { KEY, spanOf, twoTabs } from './helpers.ts';

const first = spanOf('Fire at the harbour warehouse on Tuesday.');
const second = spanOf('Forty people were evacuated before midnight.');

const claimsOf = (store: CrosscheckStore) =>
  store.getState().reviews[store.getState().activeReviewId]!.claims;
const shared = (store: CrosscheckStore) =>
  stableStringify({ ...savedPart(store.getState()), activeReviewId: '' });

describe('two tabs', () => {
  it('see each other’s marks and neither loses one', () => {
    const { bus, one, two } = twoTabs();
    const a = one.getState().markSentence('a', first.start, first.end, 'verified')!;
    const b = two.getState().markSentence('a', second.start, second.end, 'disputed')!;
    bus.flush();
    for (const store of [one, two]) {
      expect(claimsOf(store)[a]?.status).toBe('verified');
      expect(claimsOf(store)[b]?.status).toBe('disputed');
    }
    expect(shared(one)).toBe(shared(two));
  });

  it('do not write back a merge that adds nothing', () => {
    const { bus, one, writes2 } = twoTabs();
    const before = writes2();
    one.getState().markSentence('a', first.start, first.end, 'verified');
    one.getState().setNote(Object.keys(claimsOf(one))[0]!, 'checked');
    bus.flush();
    expect(writes2()).toBe(before);
  });

  it('settle without writing back and forth', () => {
    const { bus, one, two } = twoTabs();
    one.getState().markSentence('a', first.start, first.end, 'verified');
    two.getState().markSentence('a', second.start, second.end, 'unsourced');
    // One event each way, plus at most one write-back carrying the merge.
    const sent = bus.flush();
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(3);
    expect(bus.flush()).toBe(0);
  });

  it('spread a cleared mark and the later of two verdicts on one sentence', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().markSentence('a', first.start, first.end, 'verified')!;
    bus.flush();
    two.getState().setClaimStatus(id, null);
    bus.flush();
    expect(claimsOf(one)[id]!.status).toBeNull();
    one.getState().markSentence('a', first.start, first.end, 'disputed');
    bus.flush();
    expect(claimsOf(two)[id]!.status).toBe('disputed');
  });

  it('spread an undo to the other tab', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().markSentence('a', first.start, first.end, 'verified')!;
    bus.flush();
    one.getState().undo();
    bus.flush();
    expect(claimsOf(two)[id]!.status).toBeNull();
    expect(claimsOf(one)[id]!.status).toBeNull();
  });

  it('do not turn another tab’s mark into an undo step here', () => {
    const { bus, one, two } = twoTabs();
    one.getState().markSentence('a', first.start, first.end, 'verified');
    bus.flush();
    expect(two.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keep a review deleted in one tab deleted in the other', () => {
    const { bus, one, two } = twoTabs();
    const id = one.getState().activeReviewId;
    two.getState().deleteReview(id);
    bus.flush();
    expect(one.getState().reviews[id]).toBeUndefined();
    two.getState().undoDeleteReview();
    bus.flush();
    expect(one.getState().reviews[id]).toBeDefined();
  });

  it('stop saving when another tab writes a newer version', () => {
    const { bus, one, win1 } = twoTabs();
    const newer = JSON.stringify({ state: {}, version: SAVED_VERSION + 1 });
    bus.storage.data.set(KEY, newer);
    win1.dispatch({ key: KEY, newValue: newer });
    expect(one.getState().fault).toMatchObject({ kind: 'newer', version: SAVED_VERSION + 1 });
    one.getState().markSentence('a', first.start, first.end, 'verified');
    expect(bus.storage.data.get(KEY)).toBe(newer);
  });
});
