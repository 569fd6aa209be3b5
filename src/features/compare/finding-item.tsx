import { useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, Place } from '../../core/compare/findings.ts';
import type { TriageStatus } from '../../core/compare/triage.ts';
import type { ClaimStatus } from '../../store/index.ts';
import { placeLabel, versionsLine, wording } from './finding-labels.ts';

interface Props {
  finding: Finding;
  /** Its position in the list, for ids. */
  index: number;
  status: TriageStatus;
  selected: boolean;
  /** Whether its main button is the list's tab stop. */
  tabbable: boolean;
  letters: ReadonlyMap<string, string>;
  onJump: () => void;
  onFocus: () => void;
  /** Arrow keys on the main button: step to the next (1) or previous (-1) listed finding. */
  onArrow: (step: 1 | -1) => void;
  onTriage: (status: TriageStatus) => void;
  /** Marks the place's sentence disputed; returns the verdict it holds when the reviewer must choose. */
  onDispute: (place: Place, choice: 'dispute' | 'note' | null) => ClaimStatus | null;
}

const STATE_LABEL: Record<TriageStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
};

/**
 * One finding: a button that jumps to its row, its triage state, and (for the selected finding, or
 * by mouse for any) Confirm, Dismiss and "Mark disputed", which asks which article's sentence.
 */
export function FindingItem(props: Props) {
  const { finding: f, index, status, selected, letters } = props;
  const [choosing, setChoosing] = useState(false);
  const [asking, setAsking] = useState<{ place: Place; status: ClaimStatus } | null>(null);
  const disputeButton = useRef<HTMLButtonElement>(null);
  // The actions are tab stops only on the selected finding: the list stays one stop plus three.
  const tab = selected ? 0 : -1;
  const stateId = `finding-state-${index}`;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    props.onArrow(step);
  };
  const dispute = (place: Place, choice: 'dispute' | 'note' | null) => {
    const ask = props.onDispute(place, choice);
    setAsking(ask ? { place, status: ask } : null);
    if (ask) return;
    // The choices close: focus goes back to the button that opened them.
    setChoosing(false);
    disputeButton.current?.focus();
  };
  return (
    <li
      className={`disc disc-${f.severity} disc-${status}${selected ? ' disc-selected' : ''}`}
      // Focus anywhere in the finding (its button, an action clicked) selects it.
      onFocus={props.onFocus}
    >
      <button
        type="button"
        className="disc-jump"
        data-finding={index}
        tabIndex={props.tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={stateId}
        onClick={props.onJump}
        onKeyDown={onKeyDown}
      >
        <strong>
          {f.severity} · {f.type}
        </strong>{' '}
        {f.explanation}
        <span className="disc-spans">{versionsLine(f, letters)}</span>
      </button>
      <div className="disc-actions" role="group" aria-label={`Finding ${index + 1}`}>
        <span id={stateId} className="disc-state">
          {STATE_LABEL[status]}
        </span>
        <button
          type="button"
          tabIndex={tab}
          aria-pressed={status === 'confirmed'}
          onClick={() => props.onTriage(status === 'confirmed' ? 'open' : 'confirmed')}
        >
          Confirm
        </button>
        <button
          type="button"
          tabIndex={tab}
          aria-pressed={status === 'dismissed'}
          onClick={() => props.onTriage(status === 'dismissed' ? 'open' : 'dismissed')}
        >
          Dismiss
        </button>
        <button
          type="button"
          ref={disputeButton}
          tabIndex={tab}
          aria-expanded={choosing}
          onClick={() => {
            setChoosing((c) => !c);
            setAsking(null);
          }}
        >
          Mark disputed…
        </button>
      </div>
      {choosing && (
        <div className="disc-choices" role="group" aria-label="Which sentence is disputed?">
          {f.versions.flatMap((v) =>
            v.places.map((p) => (
              <button
                key={`${p.article}#${p.paragraph}`}
                type="button"
                onClick={() => dispute(p, null)}
              >
                {wording(v.text)} in {placeLabel(letters, p)}
              </button>
            )),
          )}
        </div>
      )}
      {asking && (
        <div className="disc-ask" role="group" aria-label="The sentence already has a verdict">
          <p>
            {placeLabel(letters, asking.place)} is already marked {asking.status}.
          </p>
          <button type="button" onClick={() => dispute(asking.place, 'dispute')}>
            Change to disputed
          </button>
          <button type="button" onClick={() => dispute(asking.place, 'note')}>
            Keep {asking.status}, add the note
          </button>
          <button
            type="button"
            onClick={() => {
              setAsking(null);
              setChoosing(false);
              disputeButton.current?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
