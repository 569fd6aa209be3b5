import { useMemo } from 'react';
import {
  comparisonBase,
  comparisonModel,
  type ComparisonModel,
  type ReviewData,
} from '../../core/formats/index.ts';
import { useFindingFilter } from '../../store/finding-filter.ts';
import { useComparison } from '../../worker/use-comparison.ts';

/** The comparison for the exports: ready (null while the worker works), or why there is none. */
export interface ComparisonForExport {
  model: ComparisonModel | null;
  working: boolean;
  error: string | null;
}

/**
 * The open review's comparison as the reports show it, under the discrepancy list's filter. The
 * articles are aligned in the Web Worker, on the base the compare view uses; only the findings are
 * gathered here.
 */
export function useComparisonModel(review: ReviewData): ComparisonForExport {
  const base = comparisonBase(review);
  const { comparison, working, error } = useComparison(review.articles, base);
  const [filter] = useFindingFilter(review.id);
  const ready = comparison !== null && !working && error === null;
  // Made again only when what it reads changes: not on every edit of a claim or a summary.
  const { articles, view, triage } = review;
  const model = useMemo(
    () =>
      ready ? comparisonModel({ articles, view, triage: triage ?? {} }, comparison, filter) : null,
    [ready, articles, view, triage, comparison, filter],
  );
  return { model, working: working && error === null, error };
}
