import { useState } from 'react';
import type { ClaimData as Claim } from '../../core/formats/types.ts';
import type { FieldDrafts } from './claim-text.ts';
import { EvidenceEditor } from './evidence-editor.tsx';
import { NoteEditor } from './note-editor.tsx';

interface Props {
  claim: Claim;
  /** Names the claim in the toggle, e.g. "the selection “rose 12%”". */
  name: string;
  drafts: FieldDrafts;
  onNote: (id: string, note: string) => void;
  onEvidence: (id: string, urls: string[]) => string[];
}

/**
 * A claim's note and evidence behind a toggle that says what it holds, for lists of claims (a
 * selection's, say) where the editors would crowd the text. A kept draft opens it.
 */
export function ClaimNotes({ claim, name, drafts, onNote, onEvidence }: Props) {
  const hasDraft =
    drafts.read(claim.id, 'note') !== null || drafts.read(claim.id, 'evidence') !== null;
  const [shown, setShown] = useState(hasDraft);
  const [editing, setEditing] = useState(false);
  const held = [
    claim.note !== '' ? 'note' : null,
    claim.evidence.length > 0 ? `${claim.evidence.length} evidence` : null,
  ].filter(Boolean);
  return (
    <div className="claims-notes">
      <button
        type="button"
        aria-expanded={shown}
        aria-label={`Note and evidence of ${name}`}
        onClick={() => setShown((v) => !v)}
      >
        Note and evidence{held.length ? ` (${held.join(', ')})` : ''}
      </button>
      {shown && (
        <>
          <NoteEditor
            claim={claim}
            open={editing}
            onOpen={() => setEditing(true)}
            onClose={() => setEditing(false)}
            onSave={onNote}
            drafts={drafts}
          />
          <EvidenceEditor claim={claim} onSave={onEvidence} drafts={drafts} />
        </>
      )}
    </div>
  );
}
