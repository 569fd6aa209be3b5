import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  CLAIM_STATUSES,
  STATUS_LABELS,
  type ClaimStatus,
  type ExpectedAnswer,
  type ReviewData,
} from '../../core/formats/index.ts';
import { orderedClaims } from '../../core/formats/paragraphs.ts';
import { downloadText } from '../../components/download.ts';
import {
  EMPTY_DRAFT,
  readTrainerDraft,
  writeTrainerDraft,
  type ChosenClaim,
  type TrainerDraft,
} from '../../store/trainer-draft.ts';
import { GoneChoices, StartOver } from './draft-parts.tsx';
import { FindingPicker, type ChosenFindings } from './finding-picker.tsx';
import { goneChoices, type GoneChoice } from './gone-choices.ts';
import { exerciseFiles } from './teach-files.ts';
import { quoted } from '../../core/text/quoted.ts';

/**
 * Trainer: choose marked claims and findings of the comparison, set the expected answer and why,
 * download the exercise and the key. What is chosen and typed is kept per review as it changes, so
 * it comes back after another view or a reload.
 */
export function TrainerPanel({ review }: { review: ReviewData }) {
  const id = useId();
  // Marked claims whose text is still in an article: a trainee can only judge what they can read.
  const claims = useMemo(
    () => orderedClaims(review).filter((c) => c.status !== null && c.anchorState !== 'orphaned'),
    [review],
  );
  const [draft, setDraft] = useState<TrainerDraft>(() => readTrainerDraft(review.id));
  useEffect(() => writeTrainerDraft(review.id, draft), [review.id, draft]);
  // The findings' keys once the articles are compared, to tell which kept findings are gone.
  const [found, setFound] = useState<ReadonlySet<string> | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { claims: chosen, findings, title } = draft;
  const gone = goneChoices(review, new Set(claims.map((c) => c.id)), draft, found);
  const titleOf = (articleId: string) =>
    review.articles.find((a) => a.id === articleId)?.title.trim() || 'Untitled article';

  const setChosen = (update: (c: Record<string, ChosenClaim>) => Record<string, ChosenClaim>) =>
    setDraft((d) => ({ ...d, claims: update(d.claims) }));
  const setFindings = useCallback(
    (update: (c: ChosenFindings) => ChosenFindings) =>
      setDraft((d) => ({ ...d, findings: update(d.findings) })),
    [],
  );
  const toggle = (claimId: string, on: boolean) => {
    const claim = claims.find((c) => c.id === claimId);
    setMessage(null);
    setChosen(({ [claimId]: _dropped, ...rest }) =>
      on && claim?.status
        ? {
            ...rest,
            [claimId]: { quote: claim.anchor.quote, status: claim.status, explanation: claim.note },
          }
        : rest,
    );
  };
  const edit = (claimId: string, patch: Partial<ExpectedAnswer>) =>
    setChosen((c) => (c[claimId] ? { ...c, [claimId]: { ...c[claimId], ...patch } } : c));
  const remove = (g: GoneChoice) => {
    setMessage(null);
    setDraft((d) => {
      const { [g.id]: _dropped, ...rest } = d[g.kind];
      return { ...d, [g.kind]: rest };
    });
  };

  const download = (which: 'exercise' | 'key') => {
    if (gone.length > 0)
      return setMessage({
        ok: false,
        text: `${gone.length === 1 ? 'One choice is' : `${gone.length} choices are`} no longer in this review: remove ${gone.length === 1 ? 'it' : 'them'} (listed under “No longer in this review”) first.`,
      });
    const ids = claims.filter((c) => Object.hasOwn(chosen, c.id)).map((c) => c.id);
    const asked = Object.values(findings);
    const made = exerciseFiles(review, ids, chosen, title || review.name, asked);
    if (!made.ok) return setMessage({ ok: false, text: made.error });
    const file = made[which];
    downloadText(file.filename, file.text, file.type);
    const what = questionCount(ids.length, asked.length);
    setMessage({
      ok: true,
      text:
        which === 'exercise'
          ? `Downloaded the exercise with ${what} (no answers in it): hand this one out.`
          : `Downloaded the answer key for ${what}: keep it until the trainees are done.`,
    });
  };

  const count = claims.filter((c) => Object.hasOwn(chosen, c.id)).length;
  const empty = title === '' && Object.keys(chosen).length + Object.keys(findings).length === 0;
  return (
    <section className="teach-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Make an exercise</h2>
      <label htmlFor={`${id}-title`}>Exercise title</label>{' '}
      <input
        id={`${id}-title`}
        value={title}
        placeholder={review.name}
        onChange={(e) => {
          const next = e.target.value;
          setDraft((d) => ({ ...d, title: next }));
        }}
      />{' '}
      <StartOver
        disabled={empty}
        onClear={() => {
          setMessage(null);
          setDraft(EMPTY_DRAFT);
        }}
      />
      <GoneChoices gone={gone} onRemove={remove} />
      {claims.length === 0 ? (
        <p>
          No marked claims yet: mark claims in the Claims view to ask about them, or ask about
          findings of the comparison below.
        </p>
      ) : (
        <p className="teach-hint">
          Choose the claims to ask about ({count} of {claims.length} chosen). The expected mark and
          explanation start from your own mark and note.
        </p>
      )}
      <ul className="teach-claims">
        {claims.map((c, i) => {
          const answer = Object.hasOwn(chosen, c.id) ? chosen[c.id] : undefined;
          const quoteId = `${id}-q${i}`;
          return (
            <li key={c.id} className="teach-claim">
              <div role="group" aria-labelledby={quoteId}>
                <label>
                  <input
                    type="checkbox"
                    checked={answer !== undefined}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />{' '}
                  <span id={quoteId}>{quoted(c.anchor.quote)}</span>
                </label>
                <span className="teach-hint">
                  {titleOf(c.articleId)} · marked {c.status ? STATUS_LABELS[c.status] : ''}
                </span>
                {answer && (
                  <>
                    <label>
                      Expected mark{' '}
                      <select
                        value={answer.status}
                        onChange={(e) => edit(c.id, { status: e.target.value as ClaimStatus })}
                      >
                        {CLAIM_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      Explanation
                      <textarea
                        value={answer.explanation}
                        onChange={(e) => edit(c.id, { explanation: e.target.value })}
                      />
                    </label>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <FindingPicker review={review} chosen={findings} onChange={setFindings} onFound={setFound} />
      <p>
        <button type="button" onClick={() => download('exercise')}>
          Download exercise
        </button>{' '}
        <button type="button" onClick={() => download('key')}>
          Download answer key
        </button>
      </p>
      {message?.ok === false && (
        <p role="alert" className="teach-error">
          {message.text}
        </p>
      )}
      <p role="status" className="teach-ok">
        {message?.ok ? message.text : ''}
      </p>
    </section>
  );
}

/** "2 claims", "1 finding", "2 claims and 1 finding". */
function questionCount(claims: number, findings: number): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  if (findings === 0) return n(claims, 'claim');
  if (claims === 0) return n(findings, 'finding');
  return `${n(claims, 'claim')} and ${n(findings, 'finding')}`;
}
