import { getAppStore, selectActiveReview } from '../../store/index.ts';

/** The open review's name now. */
export const activeReviewName = (): string =>
  selectActiveReview(getAppStore().getState())?.name ?? '';

/**
 * A sentence telling that adding or removing articles renamed the review (the sample review takes
 * its first own article's title once no sample is left), or '' when the name stayed.
 */
export function renamedSentence(before: string, after: string): string {
  if (before === after) return '';
  return `The review, no longer on the sample articles, is now named “${after}”; Rename changes it.`;
}
