import type { Finding } from '../../core/compare/findings.ts';
import { findingKey, statusOf, triageOf } from '../../core/compare/triage.ts';
import { useAppStore, type FindingTriage } from '../../store/index.ts';

const NO_TRIAGE: Record<string, FindingTriage> = {};
/** The last count per row's findings, with the decisions it was counted under. */
const counted = new WeakMap<readonly Finding[], { triage: object; count: number }>();

/** How many of the findings are not dismissed under the saved decisions. */
function openCount(findings: readonly Finding[], triage: Record<string, FindingTriage>): number {
  if (findings.length === 0 || triage === NO_TRIAGE) return findings.length;
  const last = counted.get(findings);
  if (last?.triage === triage) return last.count;
  const keyed = findings.map((finding) => ({ key: findingKey(finding), finding }));
  const decided = triageOf(keyed, triage);
  const count = keyed.filter((x) => statusOf(decided, x.key) !== 'dismissed').length;
  counted.set(findings, { triage, count });
  return count;
}

/**
 * How many of these findings the reviewer has not dismissed; a row re-renders only when it
 * changes. A row's findings are gathered from its own pairs only, so their keys can differ from
 * the list's: triageOf matches them to the list's decisions by their paragraphs and wordings.
 */
export function useOpenFindingCount(findings: readonly Finding[]): number {
  return useAppStore((s) => openCount(findings, s.reviews[s.activeReviewId]?.triage ?? NO_TRIAGE));
}
