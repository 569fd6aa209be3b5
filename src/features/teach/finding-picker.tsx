import { useEffect, useId, useState } from 'react';
import {
  defaultQuestion,
  NEITHER_LABEL,
  type FindingChoice,
  type FindingQuestionInput,
  type ReportFinding,
  type ReviewData,
} from '../../core/formats/index.ts';
import { findingSource, typeWord, versionText } from './finding-words.ts';
import { useExerciseFindings } from './use-exercise-findings.ts';

/** The trainer's findings chosen so far, by finding key. */
export type ChosenFindings = Record<string, FindingQuestionInput>;

interface Props {
  review: ReviewData;
  chosen: ChosenFindings;
  onChange: (update: (chosen: ChosenFindings) => ChosenFindings) => void;
  /** Told the keys of the comparison's findings, dismissed ones included, once it is made. */
  onFound: (keys: ReadonlySet<string>) => void;
}

/** The chosen findings with each one the comparison still has taken as it now reads. */
function refreshed(chosen: ChosenFindings, findings: readonly ReportFinding[]): ChosenFindings {
  const byKey = new Map(findings.map((f) => [f.key, f]));
  return Object.fromEntries(
    Object.entries(chosen).map(([key, c]) => {
      const now = byKey.get(key);
      return [key, now ? { ...c, finding: findingSource(now) } : c];
    }),
  );
}

/** The select's value for a choice: '' for none yet. */
const toValue = (c: FindingChoice | null) => (c === null ? '' : String(c));
const fromValue = (s: string): FindingChoice | null =>
  s === '' ? null : s === 'neither' ? 'neither' : Number(s);

/** The findings list: each finding can be chosen, its question edited and its right answer set. */
function FindingList({
  review,
  chosen,
  onChange,
  onFound,
  withDismissed,
}: Props & { withDismissed: boolean }) {
  const id = useId();
  // Dismissed ones too, so that a chosen finding dismissed since is still shown, not taken for gone.
  const { findings: all, error } = useExerciseFindings(review, true);
  useEffect(() => {
    if (!all) return;
    onFound(new Set(all.map((f) => f.key)));
    onChange((c) => refreshed(c, all));
  }, [all, onFound, onChange]);
  const findings = all?.filter(
    (f) => withDismissed || f.status !== 'dismissed' || Object.hasOwn(chosen, f.key),
  );
  if (error) return <p className="teach-error">The articles could not be compared: {error}</p>;
  if (!findings) return <p role="status">Comparing the articles…</p>;
  if (findings.length === 0) return <p>The comparison has no findings to ask about.</p>;
  const edit = (key: string, patch: Partial<FindingQuestionInput>) =>
    onChange((c) => (c[key] ? { ...c, [key]: { ...c[key], ...patch } } : c));
  const toggle = (f: ReportFinding, on: boolean) =>
    onChange(({ [f.key]: _dropped, ...rest }) =>
      on
        ? {
            ...rest,
            [f.key]: {
              finding: findingSource(f),
              question: defaultQuestion(f.type),
              expected: { choice: null, explanation: '' },
            },
          }
        : rest,
    );
  return (
    <ul className="teach-claims">
      {findings.map((f, i) => {
        const picked = Object.hasOwn(chosen, f.key) ? chosen[f.key] : undefined;
        const labelId = `${id}-f${i}`;
        return (
          <li key={f.key} className="teach-claim">
            <div role="group" aria-labelledby={labelId}>
              <label>
                <input
                  type="checkbox"
                  checked={picked !== undefined}
                  onChange={(e) => toggle(f, e.target.checked)}
                />{' '}
                <span id={labelId}>
                  {typeWord(f.type)}: {f.versions.map(versionText).join(' or ')}
                </span>
              </label>
              <span className="teach-hint">
                {f.severity} severity · {f.status}
              </span>
              {picked && (
                <>
                  <label>
                    Question
                    <textarea
                      value={picked.question}
                      onChange={(e) => edit(f.key, { question: e.target.value })}
                    />
                  </label>
                  <label>
                    Right answer{' '}
                    <select
                      value={toValue(picked.expected.choice)}
                      onChange={(e) =>
                        edit(f.key, {
                          expected: { ...picked.expected, choice: fromValue(e.target.value) },
                        })
                      }
                    >
                      <option value="">Choose…</option>
                      {f.versions.map((v, k) => (
                        <option key={k} value={k}>
                          Version {k + 1}: {versionText(v)}
                        </option>
                      ))}
                      <option value="neither">{NEITHER_LABEL}</option>
                    </select>
                  </label>
                  <label>
                    Explanation
                    <textarea
                      value={picked.expected.explanation}
                      onChange={(e) =>
                        edit(f.key, {
                          expected: { ...picked.expected, explanation: e.target.value },
                        })
                      }
                    />
                  </label>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The comparison's findings to ask about, behind a disclosure: the articles are compared only once
 * the trainer opens it (or it opens by itself on findings kept from before). Open and confirmed
 * findings are listed, and chosen ones; other dismissed ones when asked for.
 */
export function FindingPicker(props: Props) {
  const count = Object.keys(props.chosen).length;
  // Open from the start when findings are kept from before, so they show as they were left.
  const [open, setOpen] = useState(count > 0);
  const [withDismissed, setWithDismissed] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Ask about findings of the comparison ({count} chosen)</summary>
      {open && (
        <>
          <p className="teach-hint">
            A trainee sees each chosen finding’s versions side by side and says which one is right,
            and why. Set the right answer for each.
          </p>
          <label>
            <input
              type="checkbox"
              checked={withDismissed}
              onChange={(e) => setWithDismissed(e.target.checked)}
            />{' '}
            Include dismissed findings
          </label>
          <FindingList {...props} withDismissed={withDismissed} />
        </>
      )}
    </details>
  );
}
