/** The trainer's kept choices that the review can no longer ask about, and why. */
import type { ReviewData } from '../../core/formats/index.ts';
import type { TrainerDraft } from '../../store/trainer-draft.ts';
import { findingLine } from './finding-words.ts';
import { quoted } from '../../core/text/quoted.ts';

/** A kept choice whose claim or finding is gone from the review. */
export interface GoneChoice {
  kind: 'claims' | 'findings';
  /** The claim id or finding key it is kept under. */
  id: string;
  /** The choice as the trainer knew it: the claim's quote, or the finding's wordings. */
  what: string;
  why: string;
}

/** Why a kept claim can no longer be asked about: deleted, lost its text, or unmarked. */
function claimGone(review: ReviewData, claimId: string): string {
  const claim = Object.hasOwn(review.claims, claimId) ? review.claims[claimId] : undefined;
  if (!claim) return 'the claim is no longer in the review';
  if (claim.anchorState === 'orphaned' || !review.articles.some((a) => a.id === claim.articleId))
    return 'its words are no longer in the article';
  return 'the claim is no longer marked';
}

/**
 * The kept claims not among those that can be asked about, and the kept findings the comparison
 * no longer finds (known once the articles are compared: `found` is null until then).
 */
export function goneChoices(
  review: ReviewData,
  askable: ReadonlySet<string>,
  draft: TrainerDraft,
  found: ReadonlySet<string> | null,
): GoneChoice[] {
  const claims = Object.entries(draft.claims)
    .filter(([claimId]) => !askable.has(claimId))
    .map(([claimId, c]): GoneChoice => ({
      kind: 'claims',
      id: claimId,
      what: `Claim ${quoted(c.quote)}`,
      why: claimGone(review, claimId),
    }));
  const findings = Object.entries(draft.findings)
    .filter(([key]) => found !== null && !found.has(key))
    .map(([key, f]): GoneChoice => ({
      kind: 'findings',
      id: key,
      what: findingLine(f.finding),
      why: 'the articles changed and the comparison no longer finds it',
    }));
  return [...claims, ...findings];
}
