import { useId } from 'react';
import {
  CLAIM_STATUSES,
  STATUS_LABELS,
  type DraftAnswer,
  type ExerciseClaim,
} from '../../core/formats/index.ts';
import { WhyField } from './why-field.tsx';

interface Props {
  claim: ExerciseClaim;
  number: number;
  answer: DraftAnswer;
  problem: string | undefined;
  locked: boolean;
  onChange: (answer: DraftAnswer) => void;
}

/** One claim to judge: the quote, verdict toggle buttons and the required "Why". */
export function AnswerItem({ claim, number, answer, problem, locked, onChange }: Props) {
  const id = useId();
  return (
    <li className="teach-claim">
      <div role="group" aria-labelledby={`${id}-h`}>
        <h4 id={`${id}-h`}>Claim {number}</h4>
        <blockquote className="teach-quote">{claim.anchor.quote}</blockquote>
        <span role="group" aria-label={`Verdict on claim ${number}`}>
          {CLAIM_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className="teach-toggle"
              aria-pressed={answer.status === s}
              disabled={locked}
              onClick={() => onChange({ ...answer, status: answer.status === s ? null : s })}
            >
              {STATUS_LABELS[s]}
            </button>
          ))}
        </span>
        <WhyField
          why={answer.why}
          problem={problem}
          locked={locked}
          onChange={(why) => onChange({ ...answer, why })}
        />
      </div>
    </li>
  );
}
