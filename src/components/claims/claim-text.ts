import type { ClaimStatus } from '../../core/claims/index.ts';

/** The three verdicts, in button order, with their labels and shortcut keys. */
export const STATUSES: readonly { status: ClaimStatus; label: string; key: string }[] = [
  { status: 'verified', label: 'Verified', key: 'v' },
  { status: 'disputed', label: 'Disputed', key: 'd' },
  { status: 'unsourced', label: 'Unsourced', key: 'u' },
];

/** The key that clears a mark, and the one that opens the note, beside the verdict keys. */
export const CLEAR_KEY = 'x';
export const NOTE_KEY = 'n';

/** A short human label for a claim's status. */
export function statusLabel(status: ClaimStatus | null): string {
  return STATUSES.find((s) => s.status === status)?.label ?? 'Unmarked';
}

/** Splits evidence input (one URL per line or comma separated) into entries. */
export function splitUrls(input: string): string[] {
  return input
    .split(/[\n,]+/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** The text of a claim as a short quote for lists. */
export function shortQuote(quote: string, max = 120): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A claim field whose typed text is kept as a draft until it is saved. */
export type DraftField = 'note' | 'evidence';

/** Where the editors keep what is typed but not yet saved (the store gives one per review). */
export interface FieldDrafts {
  read: (claimId: string, field: DraftField) => string | null;
  write: (claimId: string, field: DraftField, text: string | null) => void;
}
