import { updateActive } from './reviews-slice.ts';
import { stamp } from './saved.ts';
import type { Slice, TriageActions } from './state.ts';

/** Decisions on the compare view's findings (open, confirmed, dismissed), saved with the active review. */
export const createTriageSlice: Slice<TriageActions> = (set, get) => ({
  setTriage: (key, status) => {
    const before = get().reviews[get().activeReviewId]?.triage?.[key];
    if (before?.status === status || (!before && status === 'open')) return;
    // Reopening is saved too (not deleted), so it reaches a tab that still has the old decision.
    set((s) =>
      updateActive(s, (r) => ({
        ...r,
        triage: { ...r.triage, [key]: { status, at: stamp(r.triage?.[key]?.at) } },
      })),
    );
  },
});
