import { useMemo } from 'react';
import { readFieldDraft, writeFieldDraft, type DraftField } from './drafts.ts';
import { useAppStore } from './index.ts';

/** Reads and writes note and evidence drafts of the open review's claims. */
export function useFieldDrafts(): {
  read: (claimId: string, field: DraftField) => string | null;
  write: (claimId: string, field: DraftField, text: string | null) => void;
} {
  const reviewId = useAppStore((s) => s.activeReviewId);
  return useMemo(
    () => ({
      read: (claimId, field) => readFieldDraft(reviewId, claimId, field),
      write: (claimId, field, text) => writeFieldDraft(reviewId, claimId, field, text),
    }),
    [reviewId],
  );
}
