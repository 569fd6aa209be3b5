import { getAppStore, selectActiveReview } from '../../store/index.ts';
import { SAMPLE_REVIEW_NAME } from '../../store/seed-review.ts';

/** The open review's name now. */
export const activeReviewName = (): string =>
  selectActiveReview(getAppStore().getState())?.name ?? '';

/**
 * A sentence telling that adding or removing articles renamed the review, or '' when the name stayed:
 * the sample review takes its first own article's title once no sample is left, a new review its
 * first article's title (see nameAfterArticles).
 */
export function renamedSentence(before: string, after: string): string {
  if (before === after) return '';
  if (before === SAMPLE_REVIEW_NAME)
    return `The review, no longer on the sample articles, is now named “${after}”; Rename changes it.`;
  return `The review is now named “${after}”, after its first article; Rename changes it.`;
}
