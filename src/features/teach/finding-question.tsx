import { useId } from 'react';
import {
  NEITHER_LABEL,
  wordingOf,
  type DraftFindingAnswer,
  type Exercise,
  type ExerciseFinding,
  type FindingChoice,
} from '../../core/formats/index.ts';
import { articleNames, placeText, splitAtWording } from './finding-places.ts';
import { QuestionItem } from './question-item.tsx';
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

/** A version's sentence with its wording marked: where the versions differ. */
function Sentence({ sentence, wording }: { sentence: string; wording: string }) {
  const parts = splitAtWording(sentence, wording);
  if (!parts) return <>{sentence}</>;
  return (
    <>
      {parts.before}
      <mark className="teach-wording">{parts.words}</mark>
      {parts.after}
    </>
  );
}

/**
 * One finding to settle: the question, the versions side by side (wording, then each article and
 * paragraph carrying it, with its sentence and the wording marked in it), a choice of version or neither, and the required "Why".
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
    <QuestionItem
      title={`Finding ${number}`}
      level={5}
      className="teach-claim teach-finding"
      why={answer.why}
      problem={problem}
      locked={locked}
      onWhy={(why) => onChange({ ...answer, why })}
    >
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
                    <blockquote className="teach-quote">
                      <Sentence sentence={p.sentence} wording={v.text} />
                    </blockquote>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        {/* A choice like the versions, so it looks the same when chosen. */}
        <div className="teach-version teach-finding-pick">
          <label>
            <input
              type="radio"
              name={`${id}-choice`}
              checked={answer.choice === 'neither'}
              onChange={() => choose('neither')}
            />{' '}
            {NEITHER_LABEL}
          </label>
        </div>
      </fieldset>
    </QuestionItem>
  );
}
