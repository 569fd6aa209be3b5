/**
 * Input typed but not yet committed: note and evidence drafts per claim, and the trainee's open
 * exercise with its answers. Kept in keys of their own beside the saved work, written as it is
 * typed, so a click elsewhere or a reload loses nothing; held in memory when storage refuses.
 */
import * as v from 'valibot';
import type { DraftAnswer, DraftFindingAnswer } from '../core/formats/scoring.ts';
// Not the formats barrel: the store is in the start-up bundle, the export formats are not.
import { CLAIM_STATUSES } from '../core/formats/types.ts';
import type { SavedState } from './types.ts';

/** Key of the claims' note and evidence drafts. */
export const DRAFTS_KEY = 'crosscheck:drafts';
/** Key of the exercise file a trainee opened, as it was read. */
export const EXERCISE_KEY = 'crosscheck:exercise';
/** Key of the trainee's answers and name, kept per exercise id. */
export const ANSWERS_KEY = 'crosscheck:answers';

/** A claim field with a draft. */
export type DraftField = 'note' | 'evidence';

/** The trainee's work on one exercise. */
export interface TraineeDraft {
  exerciseId: string;
  answers: Record<string, DraftAnswer>;
  /** Answers to the exercise's finding questions, by finding id. */
  findings: Record<string, DraftFindingAnswer>;
  name: string;
  /** True once the result was downloaded and nothing changed since. */
  handedIn: boolean;
}

const fieldSchema = v.object({
  reviewId: v.string(),
  claimId: v.string(),
  field: v.picklist(['note', 'evidence']),
  text: v.string(),
});
type FieldDraft = v.InferOutput<typeof fieldSchema>;
const draftsSchema = v.record(v.string(), fieldSchema);
const traineeSchema = v.object({
  exerciseId: v.string(),
  answers: v.record(
    v.string(),
    v.object({ status: v.nullable(v.picklist(CLAIM_STATUSES)), why: v.string() }),
  ),
  // Kept since finding questions came; answers kept before then have none.
  findings: v.optional(
    v.record(
      v.string(),
      v.object({
        choice: v.nullable(
          v.union([v.pipe(v.number(), v.integer(), v.minValue(0)), v.literal('neither')]),
        ),
        why: v.string(),
      }),
    ),
    {},
  ),
  name: v.string(),
  handedIn: v.boolean(),
});
/** Answers kept per exercise, and which exercise is open. */
const traineeStoreSchema = v.object({
  open: v.string(),
  byExercise: v.record(v.string(), traineeSchema),
});
type TraineeStore = v.InferOutput<typeof traineeStoreSchema>;
/** How many exercises' answers are kept; the least recently written go first. */
const MAX_EXERCISES = 20;

// Values whose write the browser refused (full or blocked storage): they live here until one succeeds.
const memory = new Map<string, string | null>();

function readRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a value under its key (null removes it), in memory when storage refuses. */
export function writeRaw(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
}

/** The JSON kept under a key when it passes the schema, or null. */
export function readJson<T>(key: string, schema: v.GenericSchema<unknown, T>): T | null {
  const raw = readRaw(key);
  if (raw === null) return null;
  try {
    const parsed = v.safeParse(schema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

const fieldKey = (reviewId: string, claimId: string, field: DraftField) =>
  JSON.stringify([reviewId, claimId, field]);

const allFields = (): Record<string, FieldDraft> => readJson(DRAFTS_KEY, draftsSchema) ?? {};

/** The draft of a claim's note or evidence, or null when there is none. */
export function readFieldDraft(
  reviewId: string,
  claimId: string,
  field: DraftField,
): string | null {
  return allFields()[fieldKey(reviewId, claimId, field)]?.text ?? null;
}

/** Keeps (text) or drops (null) the draft of a claim's note or evidence. */
export function writeFieldDraft(
  reviewId: string,
  claimId: string,
  field: DraftField,
  text: string | null,
): void {
  const all = allFields();
  const key = fieldKey(reviewId, claimId, field);
  if (text === null) {
    if (!(key in all)) return;
    delete all[key];
  } else {
    all[key] = { reviewId, claimId, field, text };
  }
  writeRaw(DRAFTS_KEY, Object.keys(all).length > 0 ? JSON.stringify(all) : null);
}

/** The committed value a field draft is compared with: the note, or the evidence one per line. */
export function committedText(claim: { note: string; evidence: string[] }, field: DraftField) {
  return field === 'note' ? claim.note : claim.evidence.join('\n');
}

/** The exercise file text the trainee last opened, or null. */
export function readExerciseText(): string | null {
  return readRaw(EXERCISE_KEY);
}

/** Keeps the text of an opened exercise file (null forgets it and its answers). */
export function writeExerciseText(text: string | null): void {
  writeRaw(EXERCISE_KEY, text);
  if (text === null) writeRaw(ANSWERS_KEY, null);
}

/** The kept answers of every exercise; a single draft of an older build counts as the open one. */
function traineeStore(): TraineeStore {
  const kept = readJson(ANSWERS_KEY, v.union([traineeStoreSchema, traineeSchema]));
  if (kept === null) return { open: '', byExercise: {} };
  if ('byExercise' in kept) return kept;
  return { open: kept.exerciseId, byExercise: { [kept.exerciseId]: kept } };
}

/** The trainee's answers to an exercise, or null when none are kept for it. */
export function readTraineeDraft(exerciseId: string): TraineeDraft | null {
  const { byExercise } = traineeStore();
  return Object.hasOwn(byExercise, exerciseId) ? (byExercise[exerciseId] ?? null) : null;
}

/**
 * Keeps the trainee's answers and name as they are typed, under their exercise, which becomes the
 * open one; the answers to other exercises stay, so reopening one of them brings its answers back.
 */
export function writeTraineeDraft(draft: TraineeDraft): void {
  const { byExercise } = traineeStore();
  delete byExercise[draft.exerciseId];
  const kept = Object.entries(byExercise).slice(-(MAX_EXERCISES - 1));
  const store: TraineeStore = {
    open: draft.exerciseId,
    byExercise: Object.fromEntries([...kept, [draft.exerciseId, draft]]),
  };
  writeRaw(ANSWERS_KEY, JSON.stringify(store));
}

/**
 * Whether anything typed is not yet where it belongs: a note or evidence draft that differs from
 * its claim, or answers to an exercise whose result was not downloaded since they last changed.
 */
export function hasUnsavedInput(saved: Pick<SavedState, 'reviews'>): boolean {
  const drafts = Object.values(allFields()).some((d) => {
    const claim = saved.reviews[d.reviewId]?.claims[d.claimId];
    return claim !== undefined && committedText(claim, d.field) !== d.text;
  });
  if (drafts) return true;
  const { open, byExercise } = traineeStore();
  const trainee = Object.hasOwn(byExercise, open) ? (byExercise[open] ?? null) : null;
  return (
    trainee !== null &&
    !trainee.handedIn &&
    (trainee.name.trim() !== '' ||
      Object.values(trainee.answers).some((a) => a.status !== null || a.why.trim() !== '') ||
      Object.values(trainee.findings).some((a) => a.choice !== null || a.why.trim() !== ''))
  );
}

/**
 * Has the browser ask before the page is closed or reloaded while hasUnsavedInput holds for the
 * state `read` returns; returns the function that stops asking.
 */
export function warnBeforeUnload(read: () => Pick<SavedState, 'reviews'>): () => void {
  const warn = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedInput(read())) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', warn);
  return () => window.removeEventListener('beforeunload', warn);
}
