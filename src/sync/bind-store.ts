/**
 * Binds one review of the store to a Yjs document, both ways: the reviewer's changes in the store
 * are written to the document as theirs, and the document's state (everyone's work) is put back in
 * the store through its public sync hook. Unchanged claims and articles keep their objects, so the
 * views re-render only what changed.
 */
import type * as Y from 'yjs';
import { stableStringify } from '../core/claims/canonical.ts';
import type { ClaimData, ReviewData } from '../core/formats/types.ts';
import { savedPart, type CrosscheckStore } from '../store/index.ts';
import { readReview, writeReview } from './review-doc.ts';
import type { Reviewer } from './team-verdicts.ts';

/** The transaction origin of the binding's own writes. */
export const FROM_STORE = Symbol('crosscheck-store');

const claimView = ({ by: _b, verdictAt: _v, clock: _c, ...rest }: ClaimData) =>
  stableStringify(rest);
const articleView = ({ text, ...meta }: ReviewData['articles'][number]) =>
  stableStringify({ ...meta, length: text.length });
const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

/** `derived` with current's objects wherever they say the same; current itself when nothing differs. */
export function reconcile(current: ReviewData | undefined, derived: ReviewData): ReviewData {
  if (!current) return derived;
  let changed = false;
  const claims: ReviewData['claims'] = { ...current.claims };
  for (const [id, d] of Object.entries(derived.claims)) {
    const cur = current.claims[id];
    if (cur && claimView(cur) === claimView(d)) continue;
    const { conflict: _old, ...kept } = cur ?? d;
    claims[id] = { ...kept, ...d, ...(cur?.clock ? { clock: cur.clock } : {}) };
    changed = true;
  }
  const articlesSame =
    current.articles.length === derived.articles.length &&
    current.articles.every((a, i) => articleView(a) === articleView(derived.articles[i]!));
  const next: ReviewData = {
    ...derived,
    claims: changed ? claims : current.claims,
    articles: articlesSame ? current.articles : derived.articles,
  };
  for (const k of ['view', 'removedArticles', 'triage', 'publishing'] as const)
    if (same(current[k], derived[k])) (next as unknown as Record<string, unknown>)[k] = current[k];
  const whole = (Object.keys(next) as (keyof ReviewData)[]).every((k) => next[k] === current[k]);
  return whole && Object.keys(current).length === Object.keys(next).length ? current : next;
}

/**
 * Starts the binding of review `reviewId`. The document's review, when it has one, replaces the
 * store's (it holds everyone's work); an empty document takes the store's review. Returns a
 * function that stops the binding.
 */
export function bindStore(
  store: CrosscheckStore,
  reviewId: string,
  doc: Y.Doc,
  me: Reviewer,
  onChange: (review: ReviewData) => void = () => {},
): () => void {
  let last: ReviewData | null = null;
  let applying = false;

  const pull = () => {
    const derived = readReview(doc, me.id);
    if (!derived || derived.id !== reviewId) return;
    const state = store.getState();
    // A review deleted here stays deleted: the document does not bring it back.
    if (!state.reviews[reviewId] && state.deletedReviews[reviewId] !== undefined) return;
    const next = reconcile(state.reviews[reviewId], derived);
    if (next !== state.reviews[reviewId]) {
      const saved = savedPart(state);
      const reviewOrder = saved.reviewOrder.includes(reviewId)
        ? saved.reviewOrder
        : [...saved.reviewOrder, reviewId];
      applying = true;
      try {
        store.sync.applyRemote(
          { ...saved, reviews: { ...saved.reviews, [reviewId]: next }, reviewOrder },
          true,
        );
      } finally {
        applying = false;
      }
    }
    last = store.getState().reviews[reviewId] ?? null;
    onChange(derived);
  };

  const own = store.getState().reviews[reviewId];
  const held = readReview(doc, me.id);
  if (held === null && own) writeReview(doc, null, own, me, Date.now(), FROM_STORE);
  else if (held && own) {
    // Claims changed here after the document last saw them (before it had loaded, or while the
    // review was not shared here) go in as this reviewer's work rather than being overwritten.
    const newer = Object.values(own.claims).filter(
      (c) => c.updatedAt > (held.claims[c.id]?.updatedAt ?? -Infinity),
    );
    if (newer.length > 0) {
      const claims = { ...held.claims };
      for (const c of newer) claims[c.id] = c;
      writeReview(doc, held, { ...held, claims }, me, Date.now(), FROM_STORE);
    }
  }
  pull();

  const unsubscribe = store.subscribe((state) => {
    const r = state.reviews[reviewId];
    if (!r || r === last) return;
    if (applying) {
      last = r;
      return;
    }
    const prev = last;
    last = r;
    writeReview(doc, prev, r, me, Date.now(), FROM_STORE);
  });
  const onUpdate = () => pull();
  doc.on('update', onUpdate);
  return () => {
    unsubscribe();
    doc.off('update', onUpdate);
  };
}
