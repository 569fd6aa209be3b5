import { useSyncExternalStore } from 'react';
import type { TeamOptions } from '../../core/formats/index.ts';
import { subscribeTeamStatus, teamStatus, teamVerdicts } from '../../sync/team-state.ts';

/**
 * Whether review `reviewId` is open as shared here, its claims reviewers disagree on, and whether
 * the team's verdicts are still being read (the exports wait: they would carry only this reviewer's).
 */
export function useSharedReview(reviewId: string): {
  shared: boolean;
  disagreements: number;
  loading: boolean;
} {
  const status = useSyncExternalStore(subscribeTeamStatus, teamStatus, teamStatus);
  const shared = status.reviewId === reviewId;
  return {
    shared,
    disagreements: shared ? status.disagreements : 0,
    loading: shared && !status.verdictsReady,
  };
}

/** What a download says while a shared review's verdicts are still being read. */
export const TEAM_LOADING = 'Reading the team’s verdicts: the downloads are ready in a moment.';

/**
 * What the exports of review `reviewId` take of its team verdicts, read now: nothing when it is not
 * shared (its exports stay as they always were).
 */
export function teamOptions(reviewId: string, perReviewer: boolean): TeamOptions {
  const team = teamStatus().reviewId === reviewId ? teamVerdicts() : null;
  return team ? { team, perReviewer } : {};
}
