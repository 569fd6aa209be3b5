import { describe, expect, it } from 'vitest';
import { orphanedClaims } from '../../src/store/index.ts';
import { activeReview, spanOf, storeWithArticle } from './helpers.ts';

const SENTENCE = 'Forty people were evacuated before midnight.';

/** A store whose review holds article 'a' and, imported, a claim on article 'gone' it lacks. */
function storeWithForeignClaim() {
  const { store } = storeWithArticle();
  const id = store
    .getState()
    .markSentence('a', spanOf(SENTENCE).start, spanOf(SENTENCE).end, 'disputed')!;
  const review = activeReview(store);
  const claim = { ...review.claims[id]!, articleId: 'gone' };
  store.getState().importReview({ ...review, claims: { [id]: claim } });
  return { store, id };
}

describe('claims on an article the review does not contain', () => {
  it('counts them as orphans, whatever anchor state the file gave them', () => {
    const { store, id } = storeWithForeignClaim();
    const review = activeReview(store);
    expect(review.claims[id]!.anchorState).toBe('exact');
    expect(orphanedClaims(review).map((c) => c.id)).toEqual([id]);
  });

  it('re-attaches one to an article the reviewer picks, keeping its verdict', () => {
    const { store, id } = storeWithForeignClaim();
    const { start, end } = spanOf(SENTENCE);
    store.getState().reattachClaim(id, start, end, 'a');
    const claim = activeReview(store).claims[id]!;
    expect(claim).toMatchObject({
      articleId: 'a',
      status: 'disputed',
      anchorState: 'exact',
      anchor: { quote: SENTENCE, start, end },
    });
    expect(claim.checkedQuote).toBeUndefined();
    expect(orphanedClaims(activeReview(store))).toEqual([]);
  });

  it('does nothing when the picked article is not in the review', () => {
    const { store, id } = storeWithForeignClaim();
    const before = activeReview(store).claims[id];
    store.getState().reattachClaim(id, 0, 5, 'elsewhere');
    expect(activeReview(store).claims[id]).toBe(before);
  });
});
