import { useId } from 'react';
import {
  NEITHER_LABEL,
  wordingOf,
  type DraftFindingAnswer,
  type Exercise,
  type ExerciseFinding,
  type FindingChoice,
} from '../../core/formats/index.ts';
import { articleNames, placeText } from './finding-places.ts';
import './teach-findings.css';

interface Props {
  finding: ExerciseFinding;
  articles: Exercise['articles'];
  number: number;
  answer: DraftFindingAnswer;
  problem: string | undefined;
  locked: boolean;
  onChange: (answer: DraftFindingAnswer) => void;
}

/**
 * One finding to settle: the question, the versions side by side (wording, then each article and
 * paragraph carrying it, with its sentence), a choice of version or neither, and the required "Why".
 */
export function FindingQuestion({
  finding,
  articles,
  number,
  answer,
  problem,
  locked,
  onChange,
}: Props) {
  const id = useId();
  const names = articleNames(articles);
  const choose = (choice: FindingChoice) => onChange({ ...answer, choice });
  return (
    <li className="teach-claim teach-finding">
      <div role="group" aria-labelledby={`${id}-h`}>
        <h5 id={`${id}-h`}>Finding {number}</h5>
        <fieldset disabled={locked}>
          <legend>{finding.question}</legend>
          <div className="teach-versions">
            {finding.versions.map((v, k) => (
              <div key={k} className="teach-version">
                <label>
                  <input
                    type="radio"
                    name={`${id}-choice`}
                    checked={answer.choice === k}
                    onChange={() => choose(k)}
                  />{' '}
                  Version {k + 1}: {wordingOf(v.text)}
                </label>
                <ul aria-label={`Where version ${k + 1} appears`}>
                  {v.places.map((p, i) => (
                    <li key={i}>
                      <span className="teach-hint">{placeText(names, p)}</span>
                      <blockquote className="teach-quote">{p.sentence}</blockquote>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          <label className="teach-finding-pick">
            <input
              type="radio"
              name={`${id}-choice`}
              checked={answer.choice === 'neither'}
              onChange={() => choose('neither')}
            />{' '}
            {NEITHER_LABEL}
          </label>
        </fieldset>
        <label htmlFor={`${id}-why`}>Why</label>
        <textarea
          id={`${id}-why`}
          required
          readOnly={locked}
          value={answer.why}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => onChange({ ...answer, why: e.target.value })}
        />
        {problem && (
          <p id={`${id}-problem`} className="teach-error">
            {problem}
          </p>
        )}
      </div>
    </li>
  );
}
