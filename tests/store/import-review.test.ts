import { describe, expect, it } from 'vitest';
import { exportReviewJson, parseReviewJson } from '../../src/core/formats/index.ts';
import { activeReview, saved, spanOf, storeWithArticle } from './helpers.ts';

describe('importing a review', () => {
  it('adds the review under a fresh id, opens it and keeps the open one as it was', () => {
    const { store, storage } = storeWithArticle();
    const { start, end } = spanOf('Forty people were evacuated before midnight.');
    const claim = store.getState().markSentence('a', start, end, 'verified')!;
    const original = activeReview(store);
    const parsed = parseReviewJson(exportReviewJson(original, Date.now()));
    if (!parsed.ok) throw new Error(parsed.error);

    const id = store.getState().importReview(parsed.review);

    expect(id).not.toBe(original.id);
    expect(store.getState().activeReviewId).toBe(id);
    expect(store.getState().reviewOrder.slice(-2)).toEqual([original.id, id]);
    expect(store.getState().reviews[original.id]).toBe(original);
    expect(activeReview(store).claims[claim]!.status).toBe('verified');
    expect(activeReview(store).articles.map((a) => a.id)).toEqual(['a']);
    expect(saved(storage)?.reviews[id]?.name).toBe('Test review');
  });

  it('imports the same file twice as two reviews', () => {
    const { store } = storeWithArticle();
    const review = activeReview(store);
    const first = store.getState().importReview(review);
    const second = store.getState().importReview(review);
    expect(new Set([review.id, first, second]).size).toBe(3);
    expect(store.getState().reviewOrder).toHaveLength(new Set(store.getState().reviewOrder).size);
  });

  it('leaves undo to the last mark, not the import', () => {
    const { store } = storeWithArticle();
    const original = store.getState().activeReviewId;
    const { start, end } = spanOf('Forty people were evacuated before midnight.');
    const claim = store.getState().markSentence('a', start, end, 'verified')!;
    const imported = store.getState().importReview(activeReview(store));
    store.getState().undo();
    expect(store.getState().reviews[original]!.claims[claim]!.status).toBeNull();
    expect(store.getState().reviews[imported]!.claims[claim]!.status).toBe('verified');
  });
});
