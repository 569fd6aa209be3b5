import type { Claim, ClaimStatus } from '../../store/index.ts';
import { formatTime, shortQuote } from './model.ts';
import { StatusButtons } from './status-buttons.tsx';

interface Props {
  paragraph: number;
  claims: readonly Claim[];
  onStatus: (id: string, status: ClaimStatus | null) => void;
}

/** Claims on spans the reviewer selected (or marks that no longer fit a sentence), under their paragraph. */
export function SelectionClaims({ paragraph, claims, onStatus }: Props) {
  return (
    <ul className="claims-selections" aria-label={`Selected claims in paragraph ${paragraph + 1}`}>
      {claims.map((c) => (
        <li key={c.id} className="claims-selection">
          <q className="claims-quote">{shortQuote(c.anchor.quote, 200)}</q>{' '}
          <span className="claims-time">
            updated{' '}
            <time dateTime={new Date(c.updatedAt).toISOString()}>{formatTime(c.updatedAt)}</time>
          </span>{' '}
          <StatusButtons
            status={c.status}
            label={`Mark selection “${shortQuote(c.anchor.quote, 40)}”`}
            onChange={(s) => onStatus(c.id, s)}
          />
        </li>
      ))}
    </ul>
  );
}
