/** Which other articles carry a claim, from the alignment's sentence pairs. */
import { counterparts } from '../../core/claims/index.ts';
import { linksOf, type Comparison } from '../../core/compare/index.ts';
import type { ClaimData } from '../../core/formats/index.ts';

/**
 * Least sentence-pair score for a counterpart to count as carrying the claim: on the samples,
 * copies and light rewordings score 0.75 to 1, while sentences that only share the topic
 * ("Violence has risen ..." against "Violence is on the rise ...") score about 0.5.
 */
export const CARRIER_SCORE = 0.75;

/** For each claim, the other articles whose aligned sentence states it; none while there is no alignment. */
export function carriersFrom(comparison: Comparison | null): (claim: ClaimData) => string[] {
  if (!comparison) return () => [];
  return (claim) => {
    const article = comparison.articles.find((a) => a.id === claim.articleId);
    const at = claim.anchor.start;
    const p = article?.paragraphs.findIndex((x) => at >= x.start && at < x.end) ?? -1;
    const s =
      p < 0 ? -1 : article!.paragraphs[p]!.sentences.findIndex((x) => at >= x.start && at < x.end);
    if (s < 0 || claim.anchorState === 'orphaned') return [];
    const found = counterparts(
      linksOf(comparison.table, claim.articleId, p),
      comparison.articles,
      claim.articleId,
      p,
      s,
    );
    return [...new Set(found.filter((c) => c.score >= CARRIER_SCORE).map((c) => c.articleId))];
  };
}
