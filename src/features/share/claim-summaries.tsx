import {
  CLAIM_REVIEWED_MAX,
  type ClaimData,
  type PublishedReview,
} from '../../core/formats/index.ts';
import { charCount } from '../../core/formats/text-utils.ts';
import type { ClaimPublishing } from '../../store/index.ts';
import { DraftInput } from './draft-input.tsx';

interface Props {
  id: string;
  reviews: readonly PublishedReview[];
  onChange: (claimId: string, patch: ClaimPublishing) => void;
}

/** Each fact check's short summary (claimReviewed) and claimant, editable, with its anchor on the page. */
export function ClaimSummaries({ id, reviews, onChange }: Props) {
  if (reviews.length === 0) return <p className="share-hint">No claim has a verdict yet.</p>;
  return (
    <ol className="share-summaries" aria-label="Fact checks to publish">
      {reviews.map((r, i) => {
        const lead: ClaimData = r.claims[0]!;
        const key = `${id}-${i}`;
        const count = charCount(r.claimReviewed);
        const anchor = r.url.slice(r.url.indexOf('#'));
        return (
          <li key={lead.id} className="share-summary">
            <p className="share-summary-quote">
              <strong>{r.rating.label}</strong> · {lead.anchor.quote}
            </p>
            <label htmlFor={`${key}-summary`}>Summary of the claim</label>
            <DraftInput
              id={`${key}-summary`}
              maxLength={1_000}
              value={lead.summary ?? r.claimReviewed}
              aria-describedby={`${key}-count`}
              onCommit={(summary) => onChange(lead.id, { summary })}
            />
            <p
              id={`${key}-count`}
              className={r.shortened || count >= CLAIM_REVIEWED_MAX ? 'share-flag' : 'share-hint'}
            >
              {r.shortened
                ? `Shortened from the sentence: edit it so it says the claim in under ${CLAIM_REVIEWED_MAX} characters.`
                : count >= CLAIM_REVIEWED_MAX
                  ? `${count} characters: Google suggests under ${CLAIM_REVIEWED_MAX}.`
                  : `${count} characters.`}
            </p>
            <label htmlFor={`${key}-claimant`}>Who made the claim</label>
            <DraftInput
              id={`${key}-claimant`}
              maxLength={500}
              value={r.claimant}
              aria-describedby={`${key}-claimant-hint`}
              onCommit={(claimant) => onChange(lead.id, { claimant })}
            />
            <p id={`${key}-claimant-hint`} className="share-hint">
              {lead.claimant === undefined && r.claimant !== ''
                ? 'Suggested from the sentence’s attribution.'
                : 'The person or organization the claim comes from.'}{' '}
              Anchor on the page: {anchor}
            </p>
            <label htmlFor={`${key}-type`}>The claimant is</label>
            <select
              id={`${key}-type`}
              value={r.claimantType}
              onChange={(e) =>
                onChange(lead.id, {
                  claimantType: e.target.value as PublishedReview['claimantType'],
                })
              }
            >
              <option value="Person">a person</option>
              <option value="Organization">an organization</option>
            </select>
          </li>
        );
      })}
    </ol>
  );
}
