import { useId, type ReactNode } from 'react';

interface Props {
  /** "Claim 2", "Finding 1": the item's heading and the name of its group. */
  title: string;
  /** The heading's level where the item stands. */
  level: 4 | 5;
  className?: string;
  why: string;
  /** What is wrong with the answer, said beneath the "Why". */
  problem: string | undefined;
  locked: boolean;
  onWhy: (why: string) => void;
  /** The question and the ways to answer it. */
  children: ReactNode;
}

/** One question of an exercise: a group named by its heading, the question, and the required "Why". */
export function QuestionItem({
  title,
  level,
  className = 'teach-claim',
  why,
  problem,
  locked,
  onWhy,
  children,
}: Props) {
  const id = useId();
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    <li className={className}>
      <div role="group" aria-labelledby={`${id}-h`}>
        <Heading id={`${id}-h`}>{title}</Heading>
        {children}
        <label htmlFor={`${id}-why`}>Why</label>
        <textarea
          id={`${id}-why`}
          required
          readOnly={locked}
          value={why}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => onWhy(e.target.value)}
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
