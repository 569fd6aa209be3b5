import { describe, expect, it } from 'vitest';
import { activeReview, saved, spanOf, storeWithArticle } from './helpers.ts';

describe('reviews', () => {
  it('creates, renames and duplicates a review with its marks', () => {
    const { store } = storeWithArticle();
    const { start, end } = spanOf('Forty people were evacuated before midnight.');
    const claim = store.getState().markSentence('a', start, end, 'verified')!;
    const original = store.getState().activeReviewId;
    store.getState().renameReview(original, '  Harbour fire  ');
    expect(activeReview(store).name).toBe('Harbour fire');
    const copy = store.getState().duplicateReview(original);
    expect(store.getState().activeReviewId).toBe(copy);
    expect(activeReview(store)).toMatchObject({ name: 'Harbour fire (copy)' });
    expect(activeReview(store).claims[claim]!.status).toBe('verified');
    expect(store.getState().reviewOrder.indexOf(copy)).toBe(
      store.getState().reviewOrder.indexOf(original) + 1,
    );
  });

  it('deletes a review with a tombstone and undoes the deletion', () => {
    const { store, storage } = storeWithArticle();
    const id = store.getState().activeReviewId;
    store.getState().deleteReview(id);
    expect(store.getState().reviews[id]).toBeUndefined();
    expect(saved(storage)?.deletedReviews[id]).toBeTypeOf('number');
    store.getState().undoDeleteReview();
    expect(store.getState().activeReviewId).toBe(id);
    expect(store.getState().deletedReviews[id]).toBeUndefined();
    expect(activeReview(store).articles.map((a) => a.id)).toEqual(['a']);
  });

  it('always leaves a review open after deleting the last one', () => {
    const { store } = storeWithArticle();
    for (const id of [...store.getState().reviewOrder]) store.getState().deleteReview(id);
    expect(store.getState().reviewOrder).toHaveLength(1);
    expect(store.getState().reviews[store.getState().activeReviewId]).toBeDefined();
  });
});
