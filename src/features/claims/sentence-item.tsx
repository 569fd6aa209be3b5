import { memo, useId } from 'react';
import { ownStatus, TEXT_CHANGED, textChanged } from '../../core/formats/types.ts';
import type { Claim, ClaimStatus } from '../../store/index.ts';
import { formatTime, inConflict, spanKey, type SentenceRef } from './model.ts';
import { StatusBadge, StatusButtons } from '../../components/claims/status-buttons.tsx';

interface Props {
  at: SentenceRef;
  text: string;
  claim: Claim | undefined;
  /** sourcingHints says the sentence states a checkable fact without a source. */
  unsourcedHint: boolean;
  /** How many articles carry this sentence's content (itself included); null until aligned. */
  carriedBy: number | null;
  articleCount: number;
  /** The one item of the list in the tab order (roving tabindex). */
  active: boolean;
  onFocus: (at: SentenceRef) => void;
  onStatus: (at: SentenceRef, status: ClaimStatus | null) => void;
}

/** One sentence as a focusable list item: its text, mark, hint and the three verdict toggles. */
export const SentenceItem = memo(function SentenceItem(props: Props) {
  const { at, claim, active } = props;
  const id = useId();
  const status = claim?.status ?? null;
  return (
    <li
      className={`claims-sentence claims-sentence-${status ?? 'none'}`}
      data-sentence=""
      data-key={spanKey(at.start, at.end)}
      tabIndex={active ? 0 : -1}
      aria-labelledby={`${id}-text ${id}-state`}
      onFocus={() => props.onFocus(at)}
    >
      <span id={`${id}-text`} className="claims-sentence-text">
        <span data-start={at.start}>{props.text}</span>
      </span>
      {/* The toggles first, on the line under the text, then the state (the reviewer's own flags
          before the hints): the toggles never move, whatever the row's state or a colleague's verdict. */}
      <span className="claims-sentence-meta">
        <StatusButtons
          status={claim ? ownStatus(claim) : null}
          label={`Mark sentence ${at.sentence + 1} of paragraph ${at.paragraph + 1}`}
          tabIndex={active ? 0 : -1}
          onChange={(next) => props.onStatus(at, next)}
        />
        <span id={`${id}-state`} className="claims-sentence-state">
          <StatusBadge status={status} />
          {claim && textChanged(claim) && (
            <span className="claims-changed-flag"> {TEXT_CHANGED}</span>
          )}
          {claim && inConflict(claim) && (
            <span className="claims-changed-flag"> conflicting verdicts</span>
          )}
          {claim && claim.note !== '' && <span className="claims-flag"> note</span>}
          {claim && claim.evidence.length > 0 && (
            <span className="claims-flag"> {claim.evidence.length} evidence</span>
          )}
          {props.unsourcedHint && <span className="claims-hint"> unsourced?</span>}
          {props.carriedBy !== null && props.articleCount > 1 && (
            <span className={props.carriedBy === 1 ? 'claims-hint' : 'claims-flag'}>
              {props.carriedBy === 1
                ? ' only in this article'
                : ` in ${props.carriedBy} of ${props.articleCount} articles`}
            </span>
          )}
        </span>
        {claim && (status !== null || claim.note !== '') && (
          <span className="claims-time">
            updated{' '}
            <time dateTime={new Date(claim.updatedAt).toISOString()}>
              {formatTime(claim.updatedAt)}
            </time>
          </span>
        )}
      </span>
    </li>
  );
});
