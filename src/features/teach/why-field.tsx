import { useId } from 'react';

interface Props {
  why: string;
  problem: string | undefined;
  locked: boolean;
  onChange: (why: string) => void;
}

/** The required "Why" of an answer, marked invalid with the problem said beneath it. */
export function WhyField({ why, problem, locked, onChange }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-why`}>Why</label>
      <textarea
        id={`${id}-why`}
        required
        readOnly={locked}
        value={why}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="teach-error">
          {problem}
        </p>
      )}
    </>
  );
}
