/** The discrepancy list's filter, kept in the reviewer's place so that the exports can follow it. */
import { useMemo } from 'react';
import { DEFAULT_FILTER, type FindingFilter } from '../core/compare/finding-filter.ts';
import { setPlace, usePlace, type Place } from './place.ts';

// A string, so that the reading component renders again only when the filter itself changes
// (the place changes as the grid scrolls).
const filterText = (place: Place) =>
  place.findingFilter ? JSON.stringify(place.findingFilter) : '';

/** A review's finding filter (the default when none is kept) and a setter that keeps a new one. */
export function useFindingFilter(reviewId: string): [FindingFilter, (next: FindingFilter) => void] {
  const text = usePlace(reviewId, filterText);
  const filter = useMemo(
    () => (text ? (JSON.parse(text) as FindingFilter) : DEFAULT_FILTER),
    [text],
  );
  return [filter, (next) => setPlace(reviewId, { findingFilter: next })];
}
