import type { AnchorState, ClaimStatus } from './types.ts';

/** Counts of an article's claims: one per status, all marked ones, and those that lost their text. */
export interface ClaimCounts {
  verified: number;
  disputed: number;
  unsourced: number;
  /** Claims with a status (a cleared claim is kept with status null and not counted). */
  marked: number;
  /** Marked claims whose quote could not be found in the article's current text. */
  orphaned: number;
}

/** Counts with every field zero. */
export function emptyCounts(): ClaimCounts {
  return { verified: 0, disputed: 0, unsourced: 0, marked: 0, orphaned: 0 };
}

/** Per article id, how many claims carry each status. Articles without claims are absent. */
export function claimProgress(
  claims: Iterable<{ articleId: string; status: ClaimStatus | null; anchorState: AnchorState }>,
): Record<string, ClaimCounts> {
  const out: Record<string, ClaimCounts> = {};
  for (const c of claims) {
    if (c.status === null) continue;
    const counts = (out[c.articleId] ??= emptyCounts());
    counts[c.status] += 1;
    counts.marked += 1;
    if (c.anchorState === 'orphaned') counts.orphaned += 1;
  }
  return out;
}
