import {
  CLAIM_STATUSES,
  STATUS_LABELS,
  type DraftAnswer,
  type ExerciseClaim,
} from '../../core/formats/index.ts';
import { QuestionItem } from './question-item.tsx';

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
  return (
    <QuestionItem
      title={`Claim ${number}`}
      level={4}
      why={answer.why}
      problem={problem}
      locked={locked}
      onWhy={(why) => onChange({ ...answer, why })}
    >
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
    </QuestionItem>
  );
}
