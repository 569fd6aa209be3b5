import { useId, useState } from 'react';
import {
  defaultQuestion,
  NEITHER_LABEL,
  wordingOf,
  type FindingChoice,
  type FindingQuestionInput,
  type ReportFinding,
  type ReviewData,
} from '../../core/formats/index.ts';
import { useExerciseFindings } from './use-exercise-findings.ts';

/** The trainer's findings chosen so far, by finding key. */
export type ChosenFindings = Record<string, FindingQuestionInput>;

interface Props {
  review: ReviewData;
  chosen: ChosenFindings;
  onChange: (update: (chosen: ChosenFindings) => ChosenFindings) => void;
}

const TYPE_WORDS: Record<string, string> = { attribution: 'Attribution', omission: 'Omission' };
const typeWord = (type: string) => TYPE_WORDS[type] ?? type.charAt(0).toUpperCase() + type.slice(1);

/** A version with the articles carrying it: "“23” in A, C". */
const versionText = (v: ReportFinding['versions'][number]) =>
  `${wordingOf(v.text, 60)} in ${[...new Set(v.places.map((p) => p.letter))].join(', ')}`;

/** The select's value for a choice: '' for none yet. */
const toValue = (c: FindingChoice | null) => (c === null ? '' : String(c));
const fromValue = (s: string): FindingChoice | null =>
  s === '' ? null : s === 'neither' ? 'neither' : Number(s);

/** The findings list: each finding can be chosen, its question edited and its right answer set. */
function FindingList({
  review,
  chosen,
  onChange,
  withDismissed,
}: Props & { withDismissed: boolean }) {
  const id = useId();
  const { findings, error } = useExerciseFindings(review, withDismissed);
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
              finding: f,
              question: defaultQuestion(f.type),
              expected: { choice: null, explanation: '' },
            },
          }
        : rest,
    );
  return (
    <ul className="teach-claims">
      {findings.map((f, i) => {
        const picked = chosen[f.key];
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
 * the trainer opens it. Open and confirmed findings are listed; dismissed ones when asked for.
 */
export function FindingPicker(props: Props) {
  const [open, setOpen] = useState(false);
  const [withDismissed, setWithDismissed] = useState(false);
  const count = Object.keys(props.chosen).length;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
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
