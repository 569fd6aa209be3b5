import { useId, useState } from 'react';
import type { Claim } from '../../store/index.ts';

interface Props {
  claim: Claim | undefined;
  open: boolean;
  onOpen: () => void;
  /** Closes the editor; called after saving or cancelling. */
  onClose: () => void;
  onSave: (id: string, note: string) => void;
}

/** The focused claim's note: shown as text, edited in a labelled textarea (Escape or Save keeps it). */
export function NoteEditor({ claim, open, onOpen, onClose, onSave }: Props) {
  if (!claim) {
    return (
      <p className="claims-muted" role={open ? 'status' : undefined}>
        Mark this sentence to add a note or evidence.
      </p>
    );
  }
  if (open) return <NoteForm claim={claim} onClose={onClose} onSave={onSave} />;
  return (
    <div className="claims-note">
      {claim.note ? <p className="claims-note-text">{claim.note}</p> : null}
      <button type="button" onClick={onOpen}>
        {claim.note ? 'Edit note' : 'Add note'}
      </button>
    </div>
  );
}

/** The open editor; its draft starts from the note as it is when the editor opens. */
function NoteForm({ claim, onClose, onSave }: Omit<Props, 'open' | 'onOpen'> & { claim: Claim }) {
  const id = useId();
  const [draft, setDraft] = useState(claim.note);
  const save = () => {
    if (draft !== claim.note) onSave(claim.id, draft);
    onClose();
  };
  return (
    <div className="claims-note">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        rows={4}
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            save();
          }
        }}
      />
      <div className="claims-row">
        <button type="button" onClick={save}>
          Save note
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
