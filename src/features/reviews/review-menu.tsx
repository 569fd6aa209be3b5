import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { newReviewName } from '../../store/seed-review.ts';
import { SharePanel } from './share-panel.tsx';

/** Switch, create, rename, duplicate and delete reviews; a deletion can be undone. */
export function ReviewMenu() {
  const { reviews, order, activeId, lastDeleted } = useAppStore(
    useShallow((s) => ({
      reviews: s.reviews,
      order: s.reviewOrder,
      activeId: s.activeReviewId,
      lastDeleted: s.lastDeleted,
    })),
  );
  const actions = useAppStore(
    useShallow((s) => ({
      setActive: s.setActiveReview,
      create: s.createReview,
      rename: s.renameReview,
      duplicate: s.duplicateReview,
      remove: s.deleteReview,
      undoDelete: s.undoDeleteReview,
    })),
  );
  const [renaming, setRenaming] = useState<string | null>(null);
  const active = reviews[activeId];

  return (
    <div className="review-menu">
      <label>
        Review{' '}
        <select value={activeId} onChange={(e) => actions.setActive(e.target.value)}>
          {order.map((id) => (
            <option key={id} value={id}>
              {reviews[id]?.name ?? id}
            </option>
          ))}
        </select>
      </label>
      {renaming !== null ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.rename(activeId, renaming);
            setRenaming(null);
          }}
        >
          <label>
            New name{' '}
            <input
              value={renaming}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
          </label>
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setRenaming(active?.name ?? '')}>
          Rename
        </button>
      )}
      <button
        type="button"
        onClick={() => actions.create(newReviewName(order.map((id) => reviews[id]?.name ?? '')))}
      >
        New
      </button>
      <button type="button" onClick={() => actions.duplicate(activeId)}>
        Duplicate
      </button>
      <button type="button" onClick={() => actions.remove(activeId)}>
        Delete
      </button>
      <SharePanel />
      {lastDeleted && (
        <span role="status" className="undo-note">
          Deleted “{lastDeleted.review.name}”.{' '}
          <button type="button" onClick={actions.undoDelete}>
            Undo delete
          </button>
        </span>
      )}
    </div>
  );
}
