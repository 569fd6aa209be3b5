import { useEffect, useRef, useState } from 'react';
import { focusTarget, type SkipTarget } from './focus-target.ts';

interface Props {
  onDismiss: () => void;
  /** Leads to the mark buttons (in the Claims view, where each sentence has them). */
  onShowMarks: () => void;
  /** Focus moves into the panel when it is opened on request (not on a first load). */
  focusOnOpen: boolean;
}

const STEPS: { target: SkipTarget | 'marks'; title: string; text: string }[] = [
  {
    target: 'grid',
    title: 'Aligned rows',
    text: 'Each column is one article; each row holds the paragraphs that report the same thing. Changed words are highlighted against the base article.',
  },
  {
    target: 'findings',
    title: 'Findings',
    text: 'The discrepancy list names facts that differ: figures, dates, names, quotes. Pick one to jump to its row.',
  },
  {
    target: 'marks',
    title: 'Mark buttons',
    text: 'In Claims, mark each sentence Verified, Disputed or Unsourced with the buttons beside it (keys v, d, u) and add a note.',
  },
];

/**
 * A short, non-modal introduction for a first-time reader: what the screen shows and what to do,
 * with buttons that move focus to the part each step describes.
 */
export function IntroPanel({ onDismiss, onShowMarks, focusOnOpen }: Props) {
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
                if (s.target === 'marks') onShowMarks();
                else if (!focusTarget(s.target))
                  setNote(
                    `No ${s.title.toLowerCase()} on the screen yet: add articles, or turn the Overview on.`,
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
