import type { PublishSettings } from '../core/formats/types.ts';
import { defaultPublishing } from '../core/formats/publishing.ts';
import { edited } from './claim-edits.ts';
import { updateActive } from './reviews-slice.ts';
import type { Slice } from './state.ts';
import type { Claim, Review } from './types.ts';

/**
 * The publishing settings of a review: its own, or else the newsroom's name and rating scale from
 * the review that set them last (set once, they carry over), with the page URL left to fill in.
 */
export function publishingFor(reviews: Record<string, Review>, id: string): PublishSettings {
  const own = reviews[id]?.publishing;
  if (own) return own;
  let latest: Review | undefined;
  for (const r of Object.values(reviews))
    if (r.id !== id && r.publishing && (!latest || r.updatedAt > latest.updatedAt)) latest = r;
  return latest?.publishing ? { ...latest.publishing, pageUrl: '' } : defaultPublishing();
}

/** What a claim's fact check says beyond its verdict: its summary and who made the claim. */
export type ClaimPublishing = Partial<Pick<Claim, 'summary' | 'claimant' | 'claimantType'>>;

/** Publishing settings (ClaimReview) of the active review and of its claims. */
export interface PublishingActions {
  /** Sets the review's publisher, page URL or rating scale; unset parts start from the defaults. */
  setPublishing(patch: Partial<PublishSettings>): void;
  /** Sets a claim's summary, claimant or claimant type. */
  setClaimPublishing(id: string, patch: ClaimPublishing): void;
}

/** Publishing settings, saved with the active review (and its claims) so they travel with it. */
export const createPublishingSlice: Slice<PublishingActions> = (set) => ({
  setPublishing: (patch) =>
    set((s) =>
      updateActive(s, (r) => ({
        ...r,
        publishing: { ...publishingFor(s.reviews, r.id), ...patch },
      })),
    ),
  setClaimPublishing: (id, patch) =>
    set((s) =>
      updateActive(s, (r) => {
        const claim = r.claims[id];
        return claim ? { ...r, claims: { ...r.claims, [id]: edited(claim, patch) } } : r;
      }),
    ),
});
