import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../src/store/history.ts';
import { activeReview, saved, spanOf, storeWithArticle } from './helpers.ts';

const span = () =>
  Object.values(spanOf('Forty people were evacuated before midnight.')) as [number, number];

describe('undo and redo', () => {
  it('undoes and redoes a mark, and saves each step', () => {
    const { store, storage } = storeWithArticle();
    const reviewId = store.getState().activeReviewId;
    const id = store.getState().markSentence('a', ...span(), 'verified')!;
    store.getState().undo();
    expect(activeReview(store).claims[id]?.status ?? null).toBeNull();
    expect(saved(storage)?.reviews[reviewId]?.claims[id]?.status ?? null).toBeNull();
    store.getState().redo();
    expect(activeReview(store).claims[id]!.status).toBe('verified');
    expect(saved(storage)?.reviews[reviewId]?.claims[id]?.status).toBe('verified');
  });

  it('undoes a note without touching the status set before it', () => {
    const { store } = storeWithArticle();
    const id = store.getState().markSentence('a', ...span(), 'disputed')!;
    store.getState().setNote(id, 'first');
    store.getState().setNote(id, 'second');
    store.getState().undo();
    expect(activeReview(store).claims[id]).toMatchObject({ note: 'first', status: 'disputed' });
    store.getState().undo();
    expect(activeReview(store).claims[id]).toMatchObject({ note: '', status: 'disputed' });
  });

  it('does not undo a rename or settings, only marks', () => {
    const { store } = storeWithArticle();
    const id = store.getState().markSentence('a', ...span(), 'verified')!;
    store.getState().renameReview(store.getState().activeReviewId, 'Renamed');
    store.getState().setDiff({ ignoreCase: true });
    store.getState().undo();
    expect(activeReview(store).name).toBe('Renamed');
    expect(store.getState().diff.ignoreCase).toBe(true);
    expect(activeReview(store).claims[id]!.status).toBeNull();
  });

  it('stamps an undone claim later than the change it reverts', () => {
    const { store } = storeWithArticle();
    const id = store.getState().markSentence('a', ...span(), 'verified')!;
    store.getState().setClaimStatus(id, 'disputed');
    const changedAt = activeReview(store).claims[id]!.updatedAt;
    store.getState().undo();
    expect(activeReview(store).claims[id]!.status).toBe('verified');
    expect(activeReview(store).claims[id]!.updatedAt).toBeGreaterThan(changedAt);
  });

  it('keeps at most the history limit', () => {
    const { store } = storeWithArticle();
    const id = store.getState().markSentence('a', ...span(), 'verified')!;
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) store.getState().setNote(id, `n${i}`);
    expect(store.temporal.getState().pastStates).toHaveLength(HISTORY_LIMIT);
  });

  it('starts a new history when an article text changes', () => {
    const { store } = storeWithArticle();
    store.getState().markSentence('a', ...span(), 'verified');
    store.getState().replaceArticleText('a', `Intro.\n\n${activeReview(store).articles[0]!.text}`);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
