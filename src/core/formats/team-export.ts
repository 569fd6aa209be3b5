/**
 * What exports need of a shared review's team verdicts, as plain data: each claim's final verdict
 * (or that reviewers still disagree) and, where asked, each reviewer's verdict and note. The sync
 * code fills it in; the formats only read it, so they stay free of Yjs.
 */
import type { ClaimData, ClaimStatus } from './types.ts';

/** One reviewer's verdict and note on a claim. */
export interface ReviewerEntry {
  /** The reviewer's id, as in TeamExport.reviewers. */
  reviewer: string;
  name: string;
  /** Null: no verdict given, or cleared (a note alone). */
  status: ClaimStatus | null;
  /** When the verdict was given; null without one. */
  at: number | null;
  note: string;
  noteAt: number | null;
}

/** The team's verdicts on one claim. */
export interface TeamClaim {
  /**
   * final: set by an editor; agreed: every reviewer's verdict the same; disagreement: reviewers
   * differ and no editor has settled it; open: no verdict.
   */
  outcome: 'final' | 'agreed' | 'disagreement' | 'open';
  /** The final or agreed verdict; null in a disagreement or without a verdict. */
  status: ClaimStatus | null;
  /** Each reviewer who gave a verdict or wrote a note, in the order of TeamExport.reviewers. */
  reviewers: ReviewerEntry[];
}

/** The team's verdicts on a shared review. */
export interface TeamExport {
  /** Everyone who gave a verdict or wrote a note, by name. */
  reviewers: { id: string; name: string }[];
  claims: Record<string, TeamClaim>;
}

/** How an export treats a shared review; empty for one that is not shared. */
export interface TeamOptions {
  team?: TeamExport;
  /** Adds each reviewer's verdict (and, in reports, note) to the claims CSV and reports. */
  perReviewer?: boolean;
}

/** What an export says of a claim still in disagreement, in place of a verdict. */
export const IN_DISAGREEMENT = 'in disagreement';

/** The verdict an export gives a claim: the team's final one, or 'disagreement'; the claim's own when not shared. */
export function exportedStatus(
  c: ClaimData,
  team: TeamExport | undefined,
): ClaimStatus | null | 'disagreement' {
  const t = team?.claims[c.id];
  if (!t) return c.status;
  return t.outcome === 'disagreement' ? 'disagreement' : t.status;
}

/** One heading per reviewer, their name, made unique with a number when two share a name. */
export function reviewerLabels(team: TeamExport): string[] {
  const seen = new Map<string, number>();
  return team.reviewers.map(({ name }) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
