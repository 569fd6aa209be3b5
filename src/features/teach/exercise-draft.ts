/** The trainee's open exercise and answers as kept across reloads (see store/drafts.ts). */
import {
  parseExercise,
  type DraftAnswer,
  type DraftFindingAnswer,
  type Exercise,
} from '../../core/formats/index.ts';
import { readExerciseText, readTraineeDraft } from '../../store/drafts.ts';

/** What a trainee had open when the page was last left. */
export interface RestoredExercise {
  exercise: Exercise | null;
  answers: Record<string, DraftAnswer>;
  findings: Record<string, DraftFindingAnswer>;
  name: string;
  handedIn: boolean;
}

/** The kept exercise, validated again as a file would be, with the answers kept for it. */
export function restoreExercise(): RestoredExercise {
  const text = readExerciseText();
  const parsed = text === null ? null : parseExercise(text);
  if (!parsed?.ok) return { exercise: null, answers: {}, findings: {}, name: '', handedIn: false };
  const kept = readTraineeDraft(parsed.exercise.id);
  return {
    exercise: parsed.exercise,
    answers: kept?.answers ?? {},
    findings: kept?.findings ?? {},
    name: kept?.name ?? '',
    handedIn: kept?.handedIn ?? false,
  };
}
