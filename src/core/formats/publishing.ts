/** A newsroom's publishing settings for ClaimReview: defaults, checks and per-claim anchors. */
import { isHttpUrl, squash } from './text-utils.ts';
import { CLAIM_STATUSES, type ClaimData, type PublishSettings } from './types.ts';

/** Google suggests a claimReviewed under this many characters, so it does not wrap on a phone. */
export const CLAIM_REVIEWED_MAX = 75;

/**
 * The scale until the newsroom sets its own. Its labels are the statuses' names as every other
 * export and the app show them (verified, disputed, unsourced say what the reviewer established,
 * not a truth scale), so a fact check reads the same as the CSV and the report until renamed.
 */
export const DEFAULT_SCALE: Pick<PublishSettings, 'worst' | 'best' | 'ratings'> = {
  worst: 1,
  best: 3,
  ratings: {
    disputed: { label: 'Disputed', value: 1 },
    unsourced: { label: 'Unsourced', value: 2 },
    verified: { label: 'Verified', value: 3 },
  },
};

/** Empty publisher and page, the default scale. */
export function defaultPublishing(): PublishSettings {
  return { publisher: '', pageUrl: '', ...structuredClone(DEFAULT_SCALE) };
}

/**
 * What stops these settings from making valid fact checks, one sentence each (none when they are
 * fine): an http(s) page URL, a publisher, integer ratings from worst to best, and a distinct label
 * and value per status, so each number reads as one word.
 */
export function checkPublishing(s: PublishSettings): string[] {
  const out: string[] = [];
  if (!isHttpUrl(s.pageUrl.trim()))
    out.push(
      `The page URL must be an absolute http:// or https:// address, got "${s.pageUrl.slice(0, 100)}".`,
    );
  if (squash(s.publisher) === '') out.push('The publishing organization needs a name.');
  if (!Number.isInteger(s.worst) || !Number.isInteger(s.best) || s.worst >= s.best)
    out.push('The worst rating must be a whole number below the best.');
  const labels = new Set<string>();
  const values = new Set<number>();
  for (const status of CLAIM_STATUSES) {
    const r = s.ratings[status];
    if (squash(r.label) === '') out.push(`The rating for ${status} needs a label.`);
    if (!Number.isInteger(r.value) || r.value < s.worst || r.value > s.best)
      out.push(`The rating for ${status} must be a whole number from ${s.worst} to ${s.best}.`);
    labels.add(squash(r.label).toLowerCase());
    values.add(r.value);
  }
  if (labels.size < CLAIM_STATUSES.length || values.size < CLAIM_STATUSES.length)
    out.push('Each status needs its own label and its own value.');
  return out;
}

/**
 * The fragment id of a claim's review on the published page ("claim-" and a hash of the claim id),
 * stable as claims are added or removed: the page gives the review's element this id.
 */
export function reviewAnchor(claim: Pick<ClaimData, 'id'>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < claim.id.length; i += 1) {
    h ^= claim.id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `claim-${(h >>> 0).toString(36)}`;
}
