import { describe, expect, it } from 'vitest';
import { mergeSaved } from '../../src/core/claims/index.ts';
import { MAX_TRIAGE_KEY } from '../../src/core/formats/review-schema.ts';
import { createCrosscheckStore, savedPart } from '../../src/store/index.ts';
import { validateSavedState } from '../../src/store/schema.ts';
import { FakeStorage } from '../store/fake-storage.ts';
import { activeReview, KEY, saved, storeWithArticle, twoTabs } from './helpers.ts';

const DATE = '["date",["2016","a#2"],["2017","b#4"]]';
const NAME = '["name",["dover","a#7"],["deal","b#7"]]';

describe('finding decisions', () => {
  it('are saved with the review and come back after a reload', () => {
    const { store, storage } = storeWithArticle();
    store.getState().setTriage(DATE, 'dismissed');
    store.getState().setTriage(NAME, 'confirmed');
    expect(saved(storage)?.reviews[store.getState().activeReviewId]?.triage).toMatchObject({
      [DATE]: { status: 'dismissed' },
      [NAME]: { status: 'confirmed' },
    });
    const reloaded = createCrosscheckStore({ getStorage: () => storage, key: KEY });
    expect(activeReview(reloaded).triage?.[DATE]?.status).toBe('dismissed');
    expect(activeReview(reloaded).triage?.[NAME]?.status).toBe('confirmed');
  });

  it('keep a reopened finding as open, so the reopening reaches other tabs', () => {
    const { store } = storeWithArticle();
    store.getState().setTriage(DATE, 'dismissed');
    const dismissedAt = activeReview(store).triage![DATE]!.at;
    store.getState().setTriage(DATE, 'open');
    expect(activeReview(store).triage?.[DATE]?.status).toBe('open');
    expect(activeReview(store).triage![DATE]!.at).toBeGreaterThan(dismissedAt);
  });

  it('leave the review untouched when nothing changes', () => {
    const { store } = storeWithArticle();
    const before = activeReview(store);
    store.getState().setTriage(DATE, 'open');
    expect(activeReview(store)).toBe(before);
  });

  it('made in two tabs are all kept, and the later one wins on the same finding', () => {
    const { bus, one, two } = twoTabs();
    one.getState().setTriage(DATE, 'confirmed');
    two.getState().setTriage(NAME, 'dismissed');
    bus.flush();
    two.getState().setTriage(DATE, 'dismissed');
    bus.flush();
    for (const store of [one, two]) {
      expect(activeReview(store).triage?.[NAME]?.status).toBe('dismissed');
      expect(activeReview(store).triage?.[DATE]?.status).toBe('dismissed');
    }
  });

  it('survive a merge with a tab whose review was changed later in other ways', () => {
    const { store: one } = storeWithArticle(new FakeStorage());
    one.getState().setTriage(DATE, 'dismissed');
    const local = savedPart(one.getState());
    const id = local.activeReviewId;
    const review = local.reviews[id]!;
    // The other tab saw the review before the decision, then renamed it (a later updatedAt).
    const { triage: _none, ...older } = review;
    const remote: typeof local = {
      ...local,
      reviews: { [id]: { ...older, name: 'Renamed', updatedAt: review.updatedAt + 1000 } },
    };
    const merged = mergeSaved(local, remote);
    expect(merged.reviews[id]?.name).toBe('Renamed');
    expect(merged.reviews[id]?.triage?.[DATE]?.status).toBe('dismissed');
  });

  it('refuse a key past the saved limit, so the save still loads', () => {
    const { store, storage } = storeWithArticle();
    const long = `["date",["${'x'.repeat(MAX_TRIAGE_KEY)}","a#1"]]`;
    store.getState().setTriage(long, 'dismissed');
    store.getState().setTriage(DATE, 'dismissed');
    const reloaded = createCrosscheckStore({ getStorage: () => storage, key: KEY });
    expect(reloaded.getState().fault).toBeNull();
    expect(activeReview(reloaded).triage?.[DATE]?.status).toBe('dismissed');
    expect(activeReview(reloaded).triage?.[long]).toBeUndefined();
  });

  it('are validated: an unknown status is refused, a save without any is accepted', () => {
    const { store } = storeWithArticle();
    store.getState().setTriage(DATE, 'confirmed');
    const state = savedPart(store.getState());
    expect(validateSavedState(state)?.reviews[state.activeReviewId]?.triage?.[DATE]?.status).toBe(
      'confirmed',
    );
    const id = state.activeReviewId;
    const bad = structuredClone(state);
    bad.reviews[id]!.triage = { [DATE]: { status: 'ignored' as never, at: 1 } };
    expect(validateSavedState(bad)).toBeNull();
    const old = structuredClone(state);
    delete old.reviews[id]!.triage;
    expect(validateSavedState(old)).not.toBeNull();
  });
});

describe('a review file', () => {
  it('carries the finding decisions through export and import', async () => {
    const { exportReviewJson, parseReviewJson } =
      await import('../../src/core/formats/review-json.ts');
    const { store } = storeWithArticle();
    store.getState().setTriage(DATE, 'dismissed');
    const parsed = parseReviewJson(exportReviewJson(activeReview(store), 1));
    expect(parsed.ok && parsed.review.triage?.[DATE]?.status).toBe('dismissed');
  });
});
