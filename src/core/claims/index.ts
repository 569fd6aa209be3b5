export type { AnchorState, ClaimStatus, Reanchored, TextAnchor } from './types.ts';
export { CONTEXT_CHARS, makeAnchor, MIN_QUOTE_SIMILARITY, reanchor } from './anchor.ts';
export { newer, stableStringify } from './canonical.ts';
export { counterparts, type Counterpart } from './counterparts.ts';
export { selectionClaimId, sentenceClaimId } from './ids.ts';
export { mergeSaved, sameSharedWork, type MergeableReview, type MergeableSaved } from './merge.ts';
export { claimProgress, emptyCounts, type ClaimCounts } from './progress.ts';
export {
  compareClocks,
  mergeClaim,
  stampVerdict,
  type Verdict,
  type VerdictClock,
} from './verdicts.ts';
