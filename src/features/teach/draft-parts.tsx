import { useEffect, useId, useRef, useState } from 'react';
import type { GoneChoice } from './gone-choices.ts';

/** The kept choices that are gone from the review, said plainly, each with a way to remove it. */
export function GoneChoices({
  gone,
  onRemove,
}: {
  gone: readonly GoneChoice[];
  onRemove: (choice: GoneChoice) => void;
}) {
  const id = useId();
  if (gone.length === 0) return null;
  return (
    <section className="teach-gone" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>No longer in this review</h3>
      <p>
        The review changed since you chose these. They are kept here until you remove them; the
        exercise cannot be downloaded while they are listed.
      </p>
      <ul>
        {gone.map((g) => (
          <li key={`${g.kind}:${g.id}`}>
            {g.what}: {g.why}.{' '}
            <button type="button" aria-label={`Remove ${g.what}`} onClick={() => onRemove(g)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Start over": asks first, then clears the exercise being made. */
export function StartOver({ disabled, onClear }: { disabled: boolean; onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Focus follows the question: to its safe answer when asked, back to the button after.
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" ref={start} disabled={disabled} onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  return (
    <span role="group" aria-label="Start over?">
      Clear the title and every chosen claim and finding, with the questions, answers and
      explanations written for them?{' '}
      <button
        type="button"
        onClick={() => {
          onClear();
          setAsking(false);
        }}
      >
        Clear the exercise
      </button>{' '}
      <button type="button" ref={keep} onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
