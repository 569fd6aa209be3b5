import { shortQuote } from '../../components/claims/claim-text.ts';
import { ClaimNotes } from '../../components/claims/claim-notes.tsx';
import { StatusButtons } from '../../components/claims/status-buttons.tsx';
import { ownStatus } from '../../core/formats/types.ts';
import { useAppStore, type Claim } from '../../store/index.ts';
import { useFieldDrafts } from '../../store/use-field-drafts.ts';
import { Quote } from '../../components/quote.tsx';
import { quoted } from '../../core/text/quoted.ts';

interface Props {
  paragraph: number;
  /** The cell's column letter. */
  label: string;
  claims: readonly Claim[];
}

/** Claims made from text selected in a paragraph of a grid cell: quote, mark, note and evidence. */
export function SelectionMarks({ paragraph, label, claims }: Props) {
  const setClaimStatus = useAppStore((s) => s.setClaimStatus);
  const setNote = useAppStore((s) => s.setNote);
  const setEvidence = useAppStore((s) => s.setEvidence);
  const drafts = useFieldDrafts();
  return (
    <ul className="g-selections" aria-label={`Selected claims in ¶${paragraph + 1} of ${label}`}>
      {claims.map((c) => {
        const quote = shortQuote(c.anchor.quote, 40);
        return (
          <li key={c.id}>
            <Quote className="claims-quote" text={shortQuote(c.anchor.quote, 160)} />{' '}
            <StatusButtons
              status={ownStatus(c)}
              label={`Mark selection ${quoted(quote)}`}
              onChange={(s) => setClaimStatus(c.id, s)}
            />
            <ClaimNotes
              claim={c}
              name={`the selection ${quoted(quote)}`}
              drafts={drafts}
              onNote={setNote}
              onEvidence={setEvidence}
            />
          </li>
        );
      })}
    </ul>
  );
}
