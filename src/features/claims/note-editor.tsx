import { useId, useState } from 'react';
import { readFieldDraft, writeFieldDraft } from '../../store/drafts.ts';
import { useAppStore, type Claim } from '../../store/index.ts';

interface Props {
  claim: Claim | undefined;
  open: boolean;
  onOpen: () => void;
  /** Closes the editor; called after saving or cancelling. */
  onClose: () => void;
  onSave: (id: string, note: string) => void;
}

/**
 * The focused claim's note: shown as text, edited in a labelled textarea (Escape or Save keeps it).
 * What is typed is kept as a draft until it is saved or cancelled, so the editor comes back open
 * with it after a click elsewhere or a reload.
 */
export function NoteEditor({ claim, open, onOpen, onClose, onSave }: Props) {
  const reviewId = useAppStore((s) => s.activeReviewId);
  if (!claim) {
    return (
      <p className="claims-muted" role={open ? 'status' : undefined}>
        Mark this sentence to add a note or evidence.
      </p>
    );
  }
  const draft = readFieldDraft(reviewId, claim.id, 'note');
  if (open || draft !== null)
    return (
      <NoteForm
        reviewId={reviewId}
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

type FormProps = Pick<Props, 'onClose' | 'onSave'> & {
  reviewId: string;
  claim: Claim;
  /** The kept draft, else the note as it is when the editor opens. */
  initial: string;
  autoFocus: boolean;
};

/** The open editor; every change is kept as a draft of this claim's note. */
function NoteForm({ reviewId, claim, initial, autoFocus, onClose, onSave }: FormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const unsaved = draft !== claim.note;
  const change = (text: string) => {
    setDraft(text);
    writeFieldDraft(reviewId, claim.id, 'note', text === claim.note ? null : text);
  };
  const close = (save: boolean) => {
    if (save && unsaved) onSave(claim.id, draft);
    writeFieldDraft(reviewId, claim.id, 'note', null);
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
