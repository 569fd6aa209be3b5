import { useState } from 'react';
import { selectActiveReview, useAppStore } from '../../store/index.ts';
import { ClassPanel } from './class-panel.tsx';
import { TraineePanel } from './trainee-panel.tsx';
import { TrainerPanel } from './trainer-panel.tsx';

const MODES = [
  { mode: 'trainer', label: 'Trainer' },
  { mode: 'trainee', label: 'Trainee' },
  { mode: 'class', label: 'Class' },
] as const;

type Mode = (typeof MODES)[number]['mode'];

/** Where the role last chosen is kept, so a trainee who reloads comes back to their answers. */
const ROLE_KEY = 'crosscheck:teach-role';

/** The role chosen last in this browser, or Trainer. */
function lastMode(): Mode {
  try {
    const saved = window.localStorage.getItem(ROLE_KEY);
    return MODES.find((m) => m.mode === saved)?.mode ?? 'trainer';
  } catch {
    return 'trainer';
  }
}

function keepMode(mode: Mode): void {
  try {
    window.localStorage.setItem(ROLE_KEY, mode);
  } catch {
    // Storage refused: the role is still switched, only not remembered.
  }
}

/** Teach: trainers make exercises from the open review, trainees answer them, trainers sum up a class. */
export function TeachView() {
  const review = useAppStore(selectActiveReview);
  const [mode, setModeState] = useState<Mode>(lastMode);
  const setMode = (next: Mode) => {
    setModeState(next);
    keepMode(next);
  };
  return (
    <div className="teach-view">
      <div role="group" aria-label="Teaching role" className="teach-modes">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            className="teach-toggle"
            aria-pressed={mode === m.mode}
            onClick={() => setMode(m.mode)}
          >
            {m.label}
          </button>
        ))}
      </div>
      {/* Hidden, not unmounted: switching roles keeps answers and opened files. */}
      <div hidden={mode !== 'trainer'}>
        {/* Keyed by review: each review has its own exercise draft. */}
        {review && <TrainerPanel key={review.id} review={review} />}
      </div>
      <div hidden={mode !== 'trainee'}>
        <TraineePanel />
      </div>
      <div hidden={mode !== 'class'}>
        <ClassPanel />
      </div>
    </div>
  );
}

export default TeachView;
