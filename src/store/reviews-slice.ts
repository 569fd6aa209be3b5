import { withoutOwnVerdicts } from '../core/formats/types.ts';
import { emptyReview, stamp } from './saved.ts';
import type { ReviewActions, Slice, StoreState } from './state.ts';
import type { Review } from './types.ts';

/** Applies fn to the active review and stamps it as updated. */
export function updateActive(state: StoreState, fn: (r: Review) => Review): Partial<StoreState> {
  const current = state.reviews[state.activeReviewId];
  if (!current) return {};
  const next = { ...fn(current), updatedAt: stamp(current.updatedAt) };
  return { reviews: { ...state.reviews, [next.id]: next } };
}

/** Reviews: create, rename, duplicate, delete (undoable), switch, and per-review view settings. */
export const createReviewsSlice: Slice<ReviewActions> = (set, get) => ({
  setActiveReview: (id) => {
    if (get().reviews[id]) set({ activeReviewId: id });
  },
  createReview: (name) => {
    const review = emptyReview(name, Date.now());
    const id = review.id;
    set((s) => ({
      reviews: { ...s.reviews, [id]: review },
      reviewOrder: [...s.reviewOrder, id],
      activeReviewId: id,
    }));
    return id;
  },
  renameReview: (id, name) =>
    set((s) => {
      const r = s.reviews[id];
      const trimmed = name.trim();
      if (!r || !trimmed) return {};
      return { reviews: { ...s.reviews, [id]: { ...r, name: trimmed, updatedAt: Date.now() } } };
    }),
  duplicateReview: (id) => {
    const source = get().reviews[id];
    if (!source) return id;
    const now = Date.now();
    // A copy is not shared: its claims keep the team's statuses, not this reviewer's own verdicts.
    const copy: Review = {
      ...structuredClone(withoutOwnVerdicts(source)),
      id: emptyReview('', now).id,
      name: `${source.name} (copy)`,
      createdAt: now,
      updatedAt: now,
    };
    set((s) => {
      const order = [...s.reviewOrder];
      order.splice(order.indexOf(id) + 1, 0, copy.id);
      return {
        reviews: { ...s.reviews, [copy.id]: copy },
        reviewOrder: order,
        activeReviewId: copy.id,
      };
    });
    return copy.id;
  },
  importReview: (review) => {
    const now = Date.now();
    // A fresh id: the file's id may be an open review's (exported from this browser) or a tombstone's.
    const copy: Review = {
      ...structuredClone(review),
      id: emptyReview('', now).id,
      updatedAt: now,
    };
    set((s) => ({
      reviews: { ...s.reviews, [copy.id]: copy },
      reviewOrder: [...s.reviewOrder, copy.id],
      activeReviewId: copy.id,
    }));
    return copy.id;
  },
  deleteReview: (id) =>
    set((s) => {
      const review = s.reviews[id];
      if (!review) return {};
      const { [id]: _gone, ...rest } = s.reviews;
      let order = s.reviewOrder.filter((r) => r !== id);
      let reviews = rest;
      // A workbench always has a review open: deleting the last one leaves an empty one.
      if (order.length === 0) {
        const fresh = emptyReview('', Date.now());
        reviews = { [fresh.id]: fresh };
        order = [fresh.id];
      }
      const position = s.reviewOrder.indexOf(id);
      const activeReviewId =
        s.activeReviewId === id
          ? (order[Math.min(position, order.length - 1)] ?? order[0]!)
          : s.activeReviewId;
      // The tombstone keeps another tab's copy from bringing the review back.
      const deletedReviews = { ...s.deletedReviews, [id]: stamp(review.updatedAt) };
      return {
        reviews,
        reviewOrder: order,
        activeReviewId,
        deletedReviews,
        lastDeleted: { review, position },
      };
    }),
  undoDeleteReview: () =>
    set((s) => {
      if (!s.lastDeleted) return {};
      const { position } = s.lastDeleted;
      const { [s.lastDeleted.review.id]: deletedAt, ...deletedReviews } = s.deletedReviews;
      // Stamped after the deletion, so the restored review outlives the tombstone in other tabs.
      const review = {
        ...s.lastDeleted.review,
        updatedAt: stamp(deletedAt ?? s.lastDeleted.review.updatedAt),
      };
      const order = [...s.reviewOrder];
      order.splice(Math.min(position, order.length), 0, review.id);
      return {
        reviews: { ...s.reviews, [review.id]: review },
        deletedReviews,
        reviewOrder: order,
        activeReviewId: review.id,
        lastDeleted: null,
      };
    }),
  setView: (patch) => set((s) => updateActive(s, (r) => ({ ...r, view: { ...r.view, ...patch } }))),
});
