import { describe, expect, it } from 'vitest';
import { savedStateSchema } from '../../src/store/schema.ts';
import * as v from 'valibot';
import { activeReview, saved, spanOf, storeWithArticle, TEXT } from './helpers.ts';

const SENTENCE = 'Forty people were evacuated before midnight.';
const EDITED = 'Fifty people were evacuated before midnight.';

function verifiedThenEdited(status: 'verified' | null = 'verified') {
  const setup = storeWithArticle();
  const { start, end } = spanOf(SENTENCE);
  const id = setup.store.getState().markSentence('a', start, end, 'verified')!;
  if (status === null) {
    setup.store.getState().setNote(id, 'Ask the fire service.');
    setup.store.getState().setClaimStatus(id, null);
  }
  const counts = setup.store.getState().replaceArticleText('a', TEXT.replace(SENTENCE, EDITED));
  return { ...setup, id, counts };
}

describe('a verdict on text that changed', () => {
  it('keeps the checked wording, follows the new one and counts it in the replace', () => {
    const { store, storage, id, counts } = verifiedThenEdited();
    expect(counts).toEqual({ exact: 0, moved: 0, fuzzy: 1, orphaned: 0, changed: 1 });
    const claim = activeReview(store).claims[id]!;
    expect(claim).toMatchObject({
      status: 'verified',
      anchorState: 'fuzzy',
      checkedQuote: SENTENCE,
      anchor: { quote: EDITED },
    });
    expect(saved(storage)?.reviews[store.getState().activeReviewId]?.claims[id]?.checkedQuote).toBe(
      SENTENCE,
    );
  });

  it('does not flag a claim that carries no verdict', () => {
    const { store, id, counts } = verifiedThenEdited(null);
    expect(counts.changed).toBe(0);
    expect(activeReview(store).claims[id]!.checkedQuote).toBeUndefined();
  });

  it('clears the flag when the reviewer confirms that the verdict still holds', () => {
    const { store, id } = verifiedThenEdited();
    const before = activeReview(store).claims[id]!.updatedAt;
    store.getState().confirmVerdict(id);
    const claim = activeReview(store).claims[id]!;
    expect(claim.checkedQuote).toBeUndefined();
    expect(claim.status).toBe('verified');
    expect(claim.updatedAt).toBeGreaterThan(before);
  });

  it('clears the flag when the verdict changes, and keeps it when the same verdict is set again', () => {
    const { store, id } = verifiedThenEdited();
    store.getState().setClaimStatus(id, 'verified');
    expect(activeReview(store).claims[id]!.checkedQuote).toBe(SENTENCE);
    const { start, end } = activeReview(store).claims[id]!.anchor;
    store.getState().markSentence('a', start, end, 'disputed');
    expect(activeReview(store).claims[id]).toMatchObject({ status: 'disputed' });
    expect(activeReview(store).claims[id]!.checkedQuote).toBeUndefined();
  });

  it('keeps the first checked wording over two edits and drops the flag when the text reads as checked again', () => {
    const { store, id } = verifiedThenEdited();
    const again = store
      .getState()
      .replaceArticleText(
        'a',
        TEXT.replace(SENTENCE, 'Fifty-one people were evacuated before midnight.'),
      );
    expect(again.changed).toBe(1);
    expect(activeReview(store).claims[id]!.checkedQuote).toBe(SENTENCE);
    const back = store.getState().replaceArticleText('a', TEXT);
    expect(back.changed).toBe(0);
    expect(activeReview(store).claims[id]).toMatchObject({ anchor: { quote: SENTENCE } });
    expect(activeReview(store).claims[id]!.checkedQuote).toBeUndefined();
  });

  it('flags a verdict re-attached to other wording', () => {
    const { store, start, end } = { ...storeWithArticle(), ...spanOf(SENTENCE) };
    const id = store.getState().markSentence('a', start, end, 'disputed')!;
    const next = 'Completely rewritten. 45 residents left.';
    store.getState().replaceArticleText('a', next);
    store.getState().reattachClaim(id, next.indexOf('45'), next.length);
    expect(activeReview(store).claims[id]).toMatchObject({
      anchor: { quote: '45 residents left.' },
      checkedQuote: SENTENCE,
    });
  });

  it('undoes a confirmation back to the flagged claim', () => {
    const { store, id } = verifiedThenEdited();
    store.getState().confirmVerdict(id);
    store.getState().undo();
    expect(activeReview(store).claims[id]!.checkedQuote).toBe(SENTENCE);
  });
});

describe('the saved shape', () => {
  it('loads claims saved before the flag existed and checks the flag when present', () => {
    const { store } = storeWithArticle();
    const { start, end } = spanOf(SENTENCE);
    store.getState().markSentence('a', start, end, 'verified');
    const state = {
      reviews: store.getState().reviews,
      reviewOrder: store.getState().reviewOrder,
      activeReviewId: store.getState().activeReviewId,
      deletedReviews: {},
      diff: store.getState().diff,
    };
    expect(v.safeParse(savedStateSchema, state).success).toBe(true);
    const review = activeReview(store);
    const [claimId, claim] = Object.entries(review.claims)[0]!;
    const withFlag = (checkedQuote: unknown) => ({
      ...state,
      reviews: { [review.id]: { ...review, claims: { [claimId]: { ...claim, checkedQuote } } } },
    });
    expect(v.safeParse(savedStateSchema, withFlag(SENTENCE)).success).toBe(true);
    expect(v.safeParse(savedStateSchema, withFlag(42)).success).toBe(false);
  });
});
