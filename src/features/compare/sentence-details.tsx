import { useEffect, useRef } from 'react';
import { CounterpartList } from '../../components/claims/counterpart-list.tsx';
import { EvidenceEditor } from '../../components/claims/evidence-editor.tsx';
import { NoteEditor } from '../../components/claims/note-editor.tsx';
import { StatusButtons } from '../../components/claims/status-buttons.tsx';
import type { Counterpart } from '../../core/claims/index.ts';
import { ownStatus } from '../../core/formats/types.ts';
import { useAppStore, type Claim } from '../../store/index.ts';
import { useFieldDrafts } from '../../store/use-field-drafts.ts';
import { openings, setOpenSentence, type OpenSentence } from './open-sentence.ts';

/** The opening (see openings) whose mark buttons were last brought into view. */
let scrolledFor = -1;

interface Props {
  open: OpenSentence;
  /** Names the sentence, e.g. "Sentence 2 of ¶3 in B". */
  name: string;
  claim: Claim | undefined;
  partners: readonly Counterpart[];
  claimOf: (c: Counterpart) => Claim | undefined;
  nameOf: (articleId: string) => string;
}

/** Moves focus back to the sentence these details belong to (once React has drawn the change). */
function focusSentence(open: OpenSentence) {
  const find = () =>
    document.querySelector<HTMLElement>(
      `[data-article=${JSON.stringify(open.articleId)}] [data-from="${open.start}"][data-to="${open.end}"]`,
    );
  const el = find();
  if (el) el.focus();
  else requestAnimationFrame(() => find()?.focus());
}

/** The open grid sentence's mark buttons, note, evidence and counterparts, under its paragraph. */
export function SentenceDetails({ open, name, claim, partners, claimOf, nameOf }: Props) {
  const markSentence = useAppStore((s) => s.markSentence);
  const setNote = useAppStore((s) => s.setNote);
  const setEvidence = useAppStore((s) => s.setEvidence);
  const applyToCounterparts = useAppStore((s) => s.applyToCounterparts);
  const drafts = useFieldDrafts();
  const key = `${open.articleId}:${open.start}-${open.end}`;
  // Opened at the foot of the screen, the mark buttons would be drawn out of sight: they are brought
  // into view, scrolling no more than that, so the sentence above them stays in sight too (not the
  // whole panel, which can be taller than the screen). Once per opening: not when the grid draws
  // the row again as the reader scrolls back past it. jsdom has no scrollIntoView.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const n = openings();
    if (n === scrolledFor) return;
    scrolledFor = n;
    panel.current?.querySelector('button')?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);
  return (
    <section
      ref={panel}
      className="g-details"
      aria-label={`Claim: ${name}`}
      data-skip="claim"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        focusSentence(open);
        setOpenSentence(null);
      }}
    >
      <StatusButtons
        status={claim ? ownStatus(claim) : null}
        label={`Mark ${name}`}
        onChange={(s) => markSentence(open.articleId, open.start, open.end, s)}
      />
      {/* Present before anything is said, so it is read out; a fresh node for each press of n. */}
      <div role="status" className="claims-hint">
        {!claim && (open.markFirst ?? 0) > 0 && (
          <span key={open.markFirst}>
            Mark this sentence first to add a note: v verified, d disputed, u unsourced.
          </span>
        )}
      </div>
      <NoteEditor
        key={`note:${key}`}
        claim={claim}
        open={open.note && claim !== undefined}
        onOpen={() => setOpenSentence({ ...open, note: true })}
        onClose={() => {
          setOpenSentence({ ...open, note: false });
          focusSentence(open);
        }}
        onSave={setNote}
        drafts={drafts}
      />
      {claim && (
        <EvidenceEditor
          key={`evidence:${key}`}
          claim={claim}
          onSave={setEvidence}
          drafts={drafts}
        />
      )}
      <CounterpartList
        found={partners}
        nameOf={nameOf}
        statusOf={(c) => claimOf(c)?.status ?? null}
        ownOf={(c) => {
          const other = claimOf(c);
          return other ? ownStatus(other) : null;
        }}
        sourceStatus={claim ? ownStatus(claim) : null}
        onStatus={(t, s) => markSentence(t.articleId, t.start, t.end, s)}
        onApply={(targets) => claim && applyToCounterparts(claim.id, targets)}
      />
      <p className="claims-muted">
        Keys on the sentence: v verified, d disputed, u unsourced, x clear, n note; → and ← the next
        and previous sentence; Escape closes this.
      </p>
      <button
        type="button"
        onClick={() => {
          focusSentence(open);
          setOpenSentence(null);
        }}
      >
        Close
      </button>
    </section>
  );
}
