import type { ClaimStatus } from '../../core/claims/index.ts';
import { shortQuote, STATUSES } from './claim-text.ts';
import type { TextSelection } from './selection.ts';
import { quoted } from '../../core/text/quoted.ts';

interface Props {
  selection: TextSelection | null;
  onMark: (selection: TextSelection, status: ClaimStatus) => void;
}

/** The selected text and "Mark selection as…" buttons that turn it into a claim. */
export function SelectionBar({ selection, onMark }: Props) {
  return (
    <div className="claims-selection-bar">
      <span role="status" className="claims-selected">
        {selection
          ? `Selected: ${quoted(shortQuote(selection.quote, 80))}`
          : 'Select text in the article to mark it as a claim.'}
      </span>
      <span role="group" aria-label="Mark selection as" className="claims-status-buttons">
        <span aria-hidden="true">Mark selection as… </span>
        {STATUSES.map((s) => (
          <button
            key={s.status}
            type="button"
            disabled={!selection}
            // Keep the text selected while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => selection && onMark(selection, s.status)}
          >
            {s.label}
          </button>
        ))}
      </span>
    </div>
  );
}
