import type { ClaimData } from '../../src/core/formats/types.ts';
import type { Reviewer } from '../../src/sync/team-verdicts.ts';

/** Two reviewers and an editor of the shared-review tests. */
export const ana: Reviewer = { id: 'r-ana', name: 'Ana', colour: '#1f77b4', role: 'reviewer' };
export const ben: Reviewer = { id: 'r-ben', name: 'Ben', colour: '#d62728', role: 'reviewer' };
export const eve: Reviewer = { id: 'r-eve', name: 'Eve', colour: '#2ca02c', role: 'editor' };

/** A claim on `quote` of article "a" whose text is `text`, unmarked unless patched. */
export function claimOn(
  text: string,
  id: string,
  quote: string,
  patch: Partial<ClaimData> = {},
): ClaimData {
  const start = text.indexOf(quote);
  return {
    id,
    articleId: 'a',
    anchor: { quote, prefix: '', suffix: '', start, end: start + quote.length },
    anchorState: 'exact',
    status: null,
    note: '',
    evidence: [],
    origin: 'sentence',
    createdAt: 1000,
    updatedAt: 1000,
    ...patch,
  } as ClaimData;
}

/** A third reviewer, who joins after two colleagues disagreed. */
export const cai: Reviewer = { id: 'r-cai', name: 'Cai', colour: '#9467bd', role: 'reviewer' };
