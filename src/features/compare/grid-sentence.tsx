import type { ReactNode } from 'react';
import { statusLabel } from '../../components/claims/claim-text.ts';
import type { ClaimStatus } from '../../store/index.ts';
import { setOpenSentence } from './open-sentence.ts';

/** A counterpart's mark shown beside a sentence: which column, which verdict. */
export interface PartnerMark {
  label: string;
  status: ClaimStatus;
}

interface Props {
  articleId: string;
  start: number;
  end: number;
  /** Names it, e.g. "Sentence 2 of ¶3 in B". */
  name: string;
  status: ClaimStatus | null;
  /** What its claim holds beside the verdict: "note", "2 evidence". */
  notes: readonly string[];
  partners: readonly PartnerMark[];
  open: boolean;
  children: ReactNode;
}

/**
 * One sentence of a grid cell: its text, its mark as colour and a word, and its counterparts'
 * marks in the row's other articles. Focus (a click, or the arrow keys from the row) opens its
 * marks, note and evidence under the paragraph; the keys that mark it are handled by the row.
 */
export function GridSentence({
  articleId,
  start,
  end,
  name,
  status,
  notes,
  partners,
  open,
  children,
}: Props) {
  const said = [
    status ? statusLabel(status).toLowerCase() : 'unmarked',
    ...notes,
    ...partners.map((p) => `${p.label} ${statusLabel(p.status).toLowerCase()}`),
  ].join(', ');
  return (
    <span
      role="group"
      aria-label={`${name}, ${said}`}
      className={`g-sent g-sent-${status ?? 'none'}${open ? ' g-sent-open' : ''}`}
      data-sentence=""
      data-marked={status ? '' : undefined}
      data-from={start}
      data-to={end}
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) setOpenSentence({ articleId, start, end, note: false });
      }}
    >
      {children}
      {status && (
        <span className={`g-mark g-mark-${status}`} aria-hidden="true">
          {statusLabel(status)}
        </span>
      )}
      {notes.length > 0 && (
        <span className="g-mark g-notes" aria-hidden="true">
          {notes.join(', ')}
        </span>
      )}
      {partners.map((p) => (
        <span
          key={`${p.label} ${p.status}`}
          className={`g-mark g-partner g-mark-${p.status}`}
          aria-hidden="true"
          title={`The same claim in ${p.label}: ${statusLabel(p.status)}`}
        >
          {p.label}: {statusLabel(p.status)}
        </span>
      ))}
    </span>
  );
}
