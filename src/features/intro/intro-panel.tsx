import { useEffect, useRef, useState } from 'react';
import { focusMarks, focusTarget, type SkipTarget } from './focus-target.ts';

interface Props {
  onDismiss: () => void;
  /** Focus moves into the panel when it is opened on request (not on a first load). */
  focusOnOpen: boolean;
}

const STEPS: { target: SkipTarget | 'marks'; title: string; text: string }[] = [
  {
    target: 'grid',
    title: 'Aligned rows',
    text: 'Each column is one article; each row holds the paragraphs that report the same thing. Words that differ from the base article are highlighted.',
  },
  {
    target: 'findings',
    title: 'Findings',
    text: 'The discrepancy list names facts that differ: figures, dates, names, quotes. Pick one to jump to its row (] and [ step through them); confirm it, dismiss it, or “Mark disputed…” to make it a disputed claim.',
  },
  {
    target: 'marks',
    title: 'Mark buttons',
    text: 'Click a sentence in the grid (or press → on a row) to open its buttons under the paragraph: Verified, Disputed or Unsourced, and a note. Keys: v, d, u; x clears; n writes the note.',
  },
];

/**
 * Runs `show` now, or on a coming frame while it finds nothing (a review still being aligned has
 * no grid yet); after about two seconds, `onMissing`.
 */
function whenShown(show: () => boolean, onMissing: () => void, tries = 120): void {
  if (show()) return;
  if (tries > 0) requestAnimationFrame(() => whenShown(show, onMissing, tries - 1));
  else onMissing();
}

/**
 * A short, non-modal introduction for a first-time reader: what the screen shows and what to do,
 * with buttons that move focus to the part each step describes.
 */
export function IntroPanel({ onDismiss, focusOnOpen }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  return (
    <section className="intro" aria-labelledby="intro-title">
      <div className="intro-head">
        <h2 id="intro-title" ref={heading} tabIndex={-1}>
          How Crosscheck works
        </h2>
        <button type="button" onClick={onDismiss}>
          Got it, hide this
        </button>
      </div>
      <ol className="intro-steps">
        {STEPS.map((s, k) => (
          <li key={s.title}>
            <strong>
              {k + 1}. {s.title}
            </strong>{' '}
            {s.text}{' '}
            <button
              type="button"
              className="intro-show"
              onClick={() => {
                const show = () => (s.target === 'marks' ? focusMarks() : focusTarget(s.target));
                whenShown(show, () =>
                  setNote(
                    `No ${s.title.toLowerCase()} on the screen yet: add articles${s.target === 'findings' ? ', or turn the Overview on' : ''}.`,
                  ),
                );
              }}
              aria-label={`Show me the ${s.title.toLowerCase()}`}
            >
              Show me
            </button>
          </li>
        ))}
      </ol>
      <p role="status" className="intro-note">
        {note}
      </p>
    </section>
  );
}
