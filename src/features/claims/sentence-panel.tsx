import type { Comparison } from '../../core/compare/index.ts';
import { useAppStore, type ArticleRecord, type Claim } from '../../store/index.ts';
import { textChanged } from '../../core/formats/types.ts';
import { ChangedWording } from './changed-wording.tsx';
import { EvidenceEditor } from '../../components/claims/evidence-editor.tsx';
import { formatTime, inConflict, type SentenceRef } from './model.ts';
import { NoteEditor } from '../../components/claims/note-editor.tsx';
import { Counterparts } from './counterparts.tsx';
import { StatusBadge } from '../../components/claims/status-buttons.tsx';
import { useFieldDrafts } from '../../store/use-field-drafts.ts';
import { TeamNotes } from './team-notes.tsx';
import { VerdictConflict } from './verdict-conflict.tsx';

interface Props {
  articleId: string;
  at: SentenceRef;
  text: string;
  claim: Claim | undefined;
  claims: Record<string, Claim>;
  records: readonly ArticleRecord[];
  comparison: Comparison | null;
  noteOpen: boolean;
  onNoteOpen: (open: boolean) => void;
  /** Counts the presses of n on this sentence while it has no claim (0: none): each is told anew. */
  markFirst: number;
}

/** Details of the focused sentence: its note, evidence and counterparts in the other articles. */
export function SentencePanel(props: Props) {
  const { claim, at } = props;
  const setNote = useAppStore((s) => s.setNote);
  const setEvidence = useAppStore((s) => s.setEvidence);
  const markSentence = useAppStore((s) => s.markSentence);
  const applyToCounterparts = useAppStore((s) => s.applyToCounterparts);
  const confirmVerdict = useAppStore((s) => s.confirmVerdict);
  const drafts = useFieldDrafts();
  return (
    <section className="claims-panel" aria-labelledby="claims-focused-heading">
      <h2 id="claims-focused-heading">Focused sentence</h2>
      <p className="claims-focused-text">
        <span className="claims-muted">
          Paragraph {at.paragraph + 1}, sentence {at.sentence + 1}:
        </span>{' '}
        {props.text}
      </p>
      <p>
        <StatusBadge status={claim?.status ?? null} />
        {claim && (
          <span className="claims-time">
            {' '}
            created{' '}
            <time dateTime={new Date(claim.createdAt).toISOString()}>
              {formatTime(claim.createdAt)}
            </time>
            , updated{' '}
            <time dateTime={new Date(claim.updatedAt).toISOString()}>
              {formatTime(claim.updatedAt)}
            </time>
          </span>
        )}
      </p>
      {claim && inConflict(claim) && <VerdictConflict claim={claim} />}
      {claim && textChanged(claim) && <ChangedWording claim={claim} onConfirm={confirmVerdict} />}
      {claim ? (
        <NoteEditor
          claim={claim}
          open={props.noteOpen}
          onOpen={() => props.onNoteOpen(true)}
          onClose={() => props.onNoteOpen(false)}
          onSave={setNote}
          drafts={drafts}
        />
      ) : (
        !props.markFirst && (
          <p className="claims-muted">Mark this sentence to add a note or evidence.</p>
        )
      )}
      {/* Present before anything is said, so it is read out; a fresh node for each press of n. */}
      <div role="status" className="claims-hint">
        {!claim && props.markFirst > 0 && (
          <span key={props.markFirst}>
            Mark this sentence first to add a note: v verified, d disputed, u unsourced.
          </span>
        )}
      </div>
      {claim && <TeamNotes claimId={claim.id} />}
      {claim && <EvidenceEditor claim={claim} onSave={setEvidence} drafts={drafts} />}
      <h3>The same claim elsewhere</h3>
      <Counterparts
        comparison={props.comparison}
        records={props.records}
        claims={props.claims}
        articleId={props.articleId}
        at={at}
        source={claim}
        onStatus={(t, s) => markSentence(t.articleId, t.start, t.end, s)}
        onApply={applyToCounterparts}
      />
    </section>
  );
}
