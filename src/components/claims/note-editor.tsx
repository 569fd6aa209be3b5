import { useId, useState } from 'react';
import type { ClaimData as Claim } from '../../core/formats/types.ts';
import type { FieldDrafts } from './claim-text.ts';

interface Props {
  claim: Claim | undefined;
  open: boolean;
  onOpen: () => void;
  /** Closes the editor; called after saving or cancelling. */
  onClose: () => void;
  onSave: (id: string, note: string) => void;
  /** Where typed text is kept until it is saved. */
  drafts: FieldDrafts;
  /** What to say when there is no claim yet to annotate. */
  empty?: string;
}

/**
 * The focused claim's note: shown as text, edited in a labelled textarea (Escape or Save keeps it).
 * What is typed is kept as a draft until it is saved or cancelled, so the editor comes back open
 * with it after a click elsewhere or a reload.
 */
export function NoteEditor({ claim, open, onOpen, onClose, onSave, drafts, empty }: Props) {
  if (!claim) {
    return (
      <p className="claims-muted" role={open ? 'status' : undefined}>
        {empty ?? 'Mark this sentence to add a note or evidence.'}
      </p>
    );
  }
  const draft = drafts.read(claim.id, 'note');
  if (open || draft !== null)
    return (
      <NoteForm
        drafts={drafts}
        claim={claim}
        initial={draft ?? claim.note}
        autoFocus={open}
        onClose={onClose}
        onSave={onSave}
      />
    );
  return (
    <div className="claims-note">
      {claim.note ? <p className="claims-note-text">{claim.note}</p> : null}
      <button type="button" onClick={onOpen}>
        {claim.note ? 'Edit note' : 'Add note'}
      </button>
    </div>
  );
}

type FormProps = Pick<Props, 'onClose' | 'onSave' | 'drafts'> & {
  claim: Claim;
  /** The kept draft, else the note as it is when the editor opens. */
  initial: string;
  autoFocus: boolean;
};

/** The open editor; every change is kept as a draft of this claim's note. */
function NoteForm({ drafts, claim, initial, autoFocus, onClose, onSave }: FormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const unsaved = draft !== claim.note;
  const change = (text: string) => {
    setDraft(text);
    drafts.write(claim.id, 'note', text === claim.note ? null : text);
  };
  const close = (save: boolean) => {
    if (save && unsaved) onSave(claim.id, draft);
    drafts.write(claim.id, 'note', null);
    onClose();
  };
  return (
    <div className="claims-note">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={4}
        autoFocus={autoFocus}
        value={draft}
        aria-describedby={unsaved ? `${id}-draft` : undefined}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close(true);
          }
        }}
      />
      {unsaved && (
        <p className="claims-muted" id={`${id}-draft`}>
          Draft, not saved yet.
        </p>
      )}
      <div className="claims-row">
        <button type="button" onClick={() => close(true)}>
          Save note
        </button>
        <button type="button" onClick={() => close(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
