/** Which findings the discrepancy list shows, and so which ones the comparison exports carry. */
import type { TriageStatus } from '../formats/types.ts';

/** Statuses shown (true) and the type shown ('all', or one discrepancy type). */
export interface FindingFilter {
  open: boolean;
  confirmed: boolean;
  dismissed: boolean;
  type: string;
}

/** Open and confirmed findings of every type: dismissed ones are left out until asked for. */
export const DEFAULT_FILTER: FindingFilter = {
  open: true,
  confirmed: true,
  dismissed: false,
  type: 'all',
};

/** The statuses in the order they are listed. */
export const TRIAGE_STATUSES: readonly TriageStatus[] = ['open', 'confirmed', 'dismissed'];

/** True when a finding of this type and status passes the filter. */
export function passes(filter: FindingFilter, type: string, status: TriageStatus): boolean {
  return filter[status] && (filter.type === 'all' || filter.type === type);
}

/** The filter in words: "open, confirmed · all types". */
export function describeFilter(filter: FindingFilter): string {
  const shown = TRIAGE_STATUSES.filter((s) => filter[s]).join(', ') || 'none';
  return `${shown} · ${filter.type === 'all' ? 'all types' : filter.type}`;
}

/** How each status reads in the list and the reports. */
export const TRIAGE_LABELS: Record<TriageStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
};
