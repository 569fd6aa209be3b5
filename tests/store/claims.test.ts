import { describe, expect, it } from 'vitest';
import { orphanedClaims, reviewProgress } from '../../src/store/index.ts';
import { activeReview, ARTICLE_A, saved, spanOf, storeWithArticle, TEXT } from './helpers.ts';

const SENTENCE = 'Forty people were evacuated before midnight.';

describe('marking claims', () => {
  it('marks a sentence, changes its status, and clears it while keeping the claim', () => {
    const { store, storage } = storeWithArticle();
    const { start, end } = spanOf(SENTENCE);
    const id = store.getState().markSentence('a', start, end, 'verified')!;
    expect(store.getState().markSentence('a', start, end, 'disputed')).toBe(id);
    expect(activeReview(store).claims[id]).toMatchObject({
      status: 'disputed',
      anchor: { quote: SENTENCE },
    });
    store.getState().markSentence('a', start, end, null);
    expect(activeReview(store).claims[id]!.status).toBeNull();
    expect(saved(storage)?.reviews[store.getState().activeReviewId]?.claims[id]?.status).toBeNull();
  });

  it('gives the same sentence the same id in two stores', () => {
    const one = storeWithArticle().store;
    const two = storeWithArticle().store;
    const { start, end } = spanOf(SENTENCE);
    expect(one.getState().markSentence('a', start, end, 'verified')).toBe(
      two.getState().markSentence('a', start, end, 'unsourced'),
    );
  });

  it('makes a new claim for each selection and ignores unknown articles and empty spans', () => {
    const { store } = storeWithArticle();
    const { start, end } = spanOf('Forty people');
    const first = store.getState().markSelection('a', start, end, 'disputed');
    const second = store.getState().markSelection('a', start, end, 'verified');
    expect(first).not.toBe(second);
    expect(store.getState().markSelection('nope', 0, 5, 'verified')).toBeNull();
    expect(store.getState().markSentence('a', 5, 5, 'verified')).toBeNull();
    expect(reviewProgress(activeReview(store)).a).toMatchObject({
      disputed: 1,
      verified: 1,
      marked: 2,
    });
  });

  it('stamps every change with a later updatedAt', () => {
    const { store } = storeWithArticle();
    const { start, end } = spanOf(SENTENCE);
    const id = store.getState().markSentence('a', start, end, 'verified')!;
    const t0 = activeReview(store).claims[id]!.updatedAt;
    store.getState().setNote(id, 'Checked with the fire service.');
    const t1 = activeReview(store).claims[id]!.updatedAt;
    store.getState().setClaimStatus(id, 'unsourced');
    expect(t1).toBeGreaterThan(t0);
    expect(activeReview(store).claims[id]!.updatedAt).toBeGreaterThan(t1);
  });

  it('keeps http(s) evidence and returns what it rejected', () => {
    const { store } = storeWithArticle();
    const id = store
      .getState()
      .markSentence('a', ...(Object.values(spanOf(SENTENCE)) as [number, number]), 'verified')!;
    const rejected = store
      .getState()
      .setEvidence(id, [
        ' https://example.org/report ',
        'javascript:alert(1)',
        'ftp://example.org/x',
        'not a url',
        'http://example.org/b',
        'https://example.org/report',
        '',
      ]);
    expect(rejected).toEqual(['javascript:alert(1)', 'ftp://example.org/x', 'not a url']);
    expect(activeReview(store).claims[id]!.evidence).toEqual([
      'https://example.org/report',
      'http://example.org/b',
    ]);
  });

  it('applies a verdict to counterpart sentences in other articles', () => {
    const { store } = storeWithArticle();
    const other = 'Police said forty people left their homes. Nobody was hurt.';
    store
      .getState()
      .addArticle({
        id: 'b',
        text: other,
        title: 'B',
        outlet: 'X',
        date: null,
        url: '',
        addedAt: 0,
      });
    const { start, end } = spanOf(SENTENCE);
    const id = store.getState().markSentence('a', start, end, 'disputed')!;
    store.getState().setEvidence(id, ['https://example.org/a']);
    store.getState().setNote(id, 'Numbers differ.');
    const target = spanOf('Police said forty people left their homes.', other);
    const [made] = store.getState().applyToCounterparts(id, [{ articleId: 'b', ...target }]);
    expect(activeReview(store).claims[made!]).toMatchObject({
      articleId: 'b',
      status: 'disputed',
      note: 'Numbers differ.',
      evidence: ['https://example.org/a'],
    });
  });
});

describe('article text changes', () => {
  it('re-anchors every claim when the text is replaced and keeps the ones it cannot place', () => {
    const { store } = storeWithArticle();
    const moved = store
      .getState()
      .markSentence('a', ...(Object.values(spanOf(SENTENCE)) as [number, number]), 'verified')!;
    const gone = store
      .getState()
      .markSentence(
        'a',
        ...(Object.values(spanOf('The cause is not yet known, officials said.')) as [
          number,
          number,
        ]),
        'disputed',
      )!;
    const next = `Update: new figures.\n\n${TEXT.replace('\n\nThe cause is not yet known, officials said.', '')}`;
    const counts = store.getState().replaceArticleText('a', next);
    expect(counts).toEqual({ exact: 0, moved: 1, fuzzy: 0, orphaned: 1, changed: 0 });
    const claims = activeReview(store).claims;
    expect(next.slice(claims[moved]!.anchor.start, claims[moved]!.anchor.end)).toBe(SENTENCE);
    expect(claims[gone]).toMatchObject({
      anchorState: 'orphaned',
      status: 'disputed',
      anchor: { quote: 'The cause is not yet known, officials said.' },
    });
    expect(orphanedClaims(activeReview(store)).map((c) => c.id)).toEqual([gone]);
  });

  it('lets the reviewer reattach an orphan to new text', () => {
    const { store } = storeWithArticle();
    const id = store
      .getState()
      .markSentence('a', ...(Object.values(spanOf(SENTENCE)) as [number, number]), 'verified')!;
    const next = 'Completely rewritten. 45 residents left.';
    store.getState().replaceArticleText('a', next);
    expect(activeReview(store).claims[id]!.anchorState).toBe('orphaned');
    store.getState().reattachClaim(id, next.indexOf('45'), next.length);
    expect(activeReview(store).claims[id]).toMatchObject({
      anchorState: 'exact',
      anchor: { quote: '45 residents left.' },
      status: 'verified',
    });
  });

  it('keeps the marks of a removed article as orphans and restores them when it is added again', () => {
    const { store } = storeWithArticle();
    const id = store
      .getState()
      .markSentence('a', ...(Object.values(spanOf(SENTENCE)) as [number, number]), 'verified')!;
    expect(store.getState().removeArticle('a')).toBe(1);
    const review = activeReview(store);
    expect(review.articles.map((a) => a.id)).toEqual([]);
    expect(review.claims[id]!.anchorState).toBe('orphaned');
    expect(review.removedArticles.a).toBeTypeOf('number');
    store.getState().addArticle(ARTICLE_A);
    expect(activeReview(store).claims[id]!.anchorState).not.toBe('orphaned');
    expect(activeReview(store).removedArticles).toEqual({});
  });
});
