/**
 * Verdicts in a shared review are kept per reviewer and never resolved by clock: reviewers who
 * disagree stay in disagreement until an editor sets the final verdict. Pure: no Yjs, no store.
 */
import type { ClaimStatus } from '../core/formats/types.ts';

/** Who is working on the shared review, set once per browser. */
export interface Reviewer {
  id: string;
  name: string;
  colour: string;
  /** An editor's verdict on a disputed claim is final. */
  role: 'reviewer' | 'editor';
}

/** One reviewer's verdict on a claim. */
export interface ReviewerVerdict {
  status: ClaimStatus | null;
  at: number;
  name: string;
}

/** The editor's final verdict on a claim the reviewers disagreed on. */
export interface FinalVerdict extends ReviewerVerdict {
  by: string;
}

/** A note as one reviewer wrote it. */
export interface ReviewerNote {
  text: string;
  at: number;
  name: string;
}

/** What the team's verdicts come to on one claim. */
export interface TeamOutcome {
  /** The status the claim shows: the final verdict, the agreed one, or (in a disagreement) the reader's own. */
  status: ClaimStatus | null;
  /** Set when reviewers disagree and no later final verdict settles it: each verdict that counts, oldest first. */
  disagreement: (ReviewerVerdict & { by: string })[] | null;
}

/**
 * The outcome of a claim's verdicts for reviewer `me`. Cleared verdicts (null) do not count. A final
 * verdict settles every verdict given before it; a differing verdict given after it reopens the question.
 */
export function teamOutcome(
  verdicts: Record<string, ReviewerVerdict>,
  final: FinalVerdict | null,
  me: string,
): TeamOutcome {
  const given = Object.entries(verdicts)
    .filter(([, v]) => v.status !== null)
    .map(([by, v]) => ({ ...v, by }));
  const counting = final ? [final, ...given.filter((v) => v.at > final.at)] : given;
  counting.sort((a, b) => a.at - b.at || a.by.localeCompare(b.by));
  const statuses = new Set(counting.map((v) => v.status));
  if (statuses.size > 1) {
    const own = verdicts[me]?.status ?? null;
    const latest = counting[counting.length - 1]?.status ?? null;
    return { status: own ?? latest, disagreement: counting };
  }
  return { status: counting[0]?.status ?? null, disagreement: null };
}
