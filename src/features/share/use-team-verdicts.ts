import { useSyncExternalStore } from 'react';
import type { TeamOptions } from '../../core/formats/index.ts';
import { subscribeTeamStatus, teamStatus, teamVerdicts } from '../../sync/team-state.ts';

/** Whether review `reviewId` is open as shared here, and its claims reviewers disagree on. */
export function useSharedReview(reviewId: string): { shared: boolean; disagreements: number } {
  const status = useSyncExternalStore(subscribeTeamStatus, teamStatus, teamStatus);
  const shared = status.reviewId === reviewId;
  return { shared, disagreements: shared ? status.disagreements : 0 };
}

/**
 * What the exports of review `reviewId` take of its team verdicts, read now: nothing when it is not
 * shared (its exports stay as they always were).
 */
export function teamOptions(reviewId: string, perReviewer: boolean): TeamOptions {
  const team = teamStatus().reviewId === reviewId ? teamVerdicts() : null;
  return team ? { team, perReviewer } : {};
}
