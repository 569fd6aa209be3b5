import { ownStatus, textChanged } from '../../core/formats/types.ts';
import { useAppStore, type Claim, type ClaimStatus } from '../../store/index.ts';
import { useFieldDrafts } from '../../store/use-field-drafts.ts';
import { ChangedWording } from './changed-wording.tsx';
import { formatTime, inConflict, shortQuote } from './model.ts';
import { ClaimNotes } from '../../components/claims/claim-notes.tsx';
import { StatusButtons } from '../../components/claims/status-buttons.tsx';
import { VerdictConflict } from './verdict-conflict.tsx';
import { Quote } from '../../components/quote.tsx';
import { quoted } from '../../core/text/quoted.ts';

interface Props {
  paragraph: number;
  claims: readonly Claim[];
  onStatus: (id: string, status: ClaimStatus | null) => void;
}

/**
 * Claims on spans the reviewer selected (or marks that no longer fit a sentence), under their
 * paragraph, each with its note and evidence like a sentence's.
 */
export function SelectionClaims({ paragraph, claims, onStatus }: Props) {
  const confirmVerdict = useAppStore((s) => s.confirmVerdict);
  const setNote = useAppStore((s) => s.setNote);
  const setEvidence = useAppStore((s) => s.setEvidence);
  const drafts = useFieldDrafts();
  return (
    <ul className="claims-selections" aria-label={`Selected claims in paragraph ${paragraph + 1}`}>
      {claims.map((c) => (
        <li key={c.id} className="claims-selection">
          <Quote className="claims-quote" text={shortQuote(c.anchor.quote, 200)} />{' '}
          <span className="claims-time">
            updated{' '}
            <time dateTime={new Date(c.updatedAt).toISOString()}>{formatTime(c.updatedAt)}</time>
          </span>{' '}
          <StatusButtons
            status={ownStatus(c)}
            label={`Mark selection ${quoted(shortQuote(c.anchor.quote, 40))}`}
            onChange={(s) => onStatus(c.id, s)}
          />
          <ClaimNotes
            claim={c}
            name={`the selection ${quoted(shortQuote(c.anchor.quote, 40))}`}
            drafts={drafts}
            onNote={setNote}
            onEvidence={setEvidence}
          />
          {inConflict(c) && <VerdictConflict claim={c} />}
          {textChanged(c) && <ChangedWording claim={c} onConfirm={confirmVerdict} />}
        </li>
      ))}
    </ul>
  );
}
