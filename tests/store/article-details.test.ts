import { describe, expect, it } from 'vitest';
import { activeReview, spanOf, storeWithArticle } from './helpers.ts';

describe('editing an article’s details', () => {
  it('changes title, outlet, date and URL but keeps text, marks and undo history', () => {
    const { store } = storeWithArticle();
    const { start, end } = spanOf('Forty people were evacuated before midnight.');
    const claim = store.getState().markSentence('a', start, end, 'disputed')!;
    const before = activeReview(store).articles.find((a) => a.id === 'a')!;
    store.getState().setArticleDetails('a', {
      title: 'Harbour fire',
      outlet: 'Gazette',
      date: '2024-03-05',
      url: 'https://example.org/fire',
    });
    const after = activeReview(store).articles.find((a) => a.id === 'a')!;
    expect(after).toMatchObject({
      title: 'Harbour fire',
      outlet: 'Gazette',
      date: '2024-03-05',
      url: 'https://example.org/fire',
      text: before.text,
    });
    expect(after.addedAt).toBeGreaterThan(before.addedAt);
    expect(activeReview(store).claims[claim]).toMatchObject({
      status: 'disputed',
      anchorState: 'exact',
    });
    // The mark is still the last undoable step.
    store.getState().undo();
    expect(activeReview(store).claims[claim]!.status).toBeNull();
    expect(activeReview(store).articles.find((a) => a.id === 'a')!.title).toBe('Harbour fire');
  });
});
