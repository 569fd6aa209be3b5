import { MAX_TRIAGE_ENTRIES, MAX_TRIAGE_KEY } from '../core/formats/review-schema.ts';
import { updateActive } from './reviews-slice.ts';
import { stamp } from './saved.ts';
import type { Slice, TriageActions } from './state.ts';

/** Decisions on the compare view's findings (open, confirmed, dismissed), saved with the active review. */
export const createTriageSlice: Slice<TriageActions> = (set, get) => ({
  setTriage: (key, status) => {
    const before = get().reviews[get().activeReviewId]?.triage?.[key];
    if (before?.status === status || (!before && status === 'open')) return;
    // Past the schema's limits the whole save would be refused on the next load: refused here.
    const triage = get().reviews[get().activeReviewId]?.triage ?? {};
    if (key.length > MAX_TRIAGE_KEY) return;
    if (!before && Object.keys(triage).length >= MAX_TRIAGE_ENTRIES) return;
    // Reopening is saved too (not deleted), so it reaches a tab that still has the old decision.
    set((s) =>
      updateActive(s, (r) => ({
        ...r,
        triage: { ...r.triage, [key]: { status, at: stamp(r.triage?.[key]?.at) } },
      })),
    );
  },
});
