/** The open review's findings as the compare view lists them, for the trainer to ask about. */
import { useMemo } from 'react';
import type { FindingFilter } from '../../core/compare/finding-filter.ts';
import {
  comparisonBase,
  comparisonModel,
  type ReportFinding,
  type ReviewData,
} from '../../core/formats/index.ts';
import { useComparison } from '../../worker/use-comparison.ts';

/** The findings (null while the worker aligns), or why there are none. */
export interface ExerciseFindings {
  findings: ReportFinding[] | null;
  error: string | null;
}

/**
 * The findings of the review's comparison, on the compare view's base and among its shown
 * articles, open and confirmed ones of every type, and dismissed ones too when asked.
 */
export function useExerciseFindings(review: ReviewData, withDismissed: boolean): ExerciseFindings {
  const { comparison, working, error } = useComparison(review.articles, comparisonBase(review));
  const ready = comparison !== null && !working && error === null;
  const { articles, view, triage } = review;
  const findings = useMemo(() => {
    if (!ready) return null;
    const filter: FindingFilter = {
      open: true,
      confirmed: true,
      dismissed: withDismissed,
      type: 'all',
    };
    return comparisonModel({ articles, view, triage: triage ?? {} }, comparison, filter).findings;
  }, [ready, articles, view, triage, comparison, withDismissed]);
  return { findings, error };
}
