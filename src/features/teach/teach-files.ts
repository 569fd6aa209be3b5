/** What the Teach buttons download, and how opened files are read: pure functions over core/formats. */
import { slug } from '../../components/download.ts';
import {
  classCsv,
  makeExercise,
  RESULT_FORMAT,
  TRAINER_VERSION,
  type AnswerKey,
  type DraftAnswer,
  type DraftFindingAnswer,
  type Exercise,
  type ExpectedAnswer,
  type FindingQuestionInput,
  type ReviewData,
  type TraineeResult,
} from '../../core/formats/index.ts';

/** A file to offer for download. */
export interface Download {
  filename: string;
  text: string;
  type: string;
}

const json = (filename: string, value: unknown): Download => ({
  filename,
  text: JSON.stringify(value, null, 2),
  type: 'application/json',
});

/** The exercise (no answers) and its answer key as two files, or the trainer's choice to fix. */
export function exerciseFiles(
  review: ReviewData,
  claimIds: readonly string[],
  answers: Record<string, ExpectedAnswer>,
  title: string,
  findings: readonly FindingQuestionInput[] = [],
): { ok: true; exercise: Download; key: Download } | { ok: false; error: string } {
  try {
    const made = makeExercise(review, claimIds, answers, {
      title: title.trim() || review.name,
      findings,
    });
    const base = slug(made.exercise.title, 'exercise');
    return {
      ok: true,
      exercise: json(`${base}.exercise.json`, made.exercise),
      key: json(`${base}.answer-key.json`, made.key),
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A trainee's result from their draft answers: answered questions only, in exercise order. */
export function buildResult(
  exercise: Exercise,
  trainee: string,
  drafts: Record<string, DraftAnswer>,
  findingDrafts: Record<string, DraftFindingAnswer> = {},
): TraineeResult {
  const answers: TraineeResult['answers'] = {};
  for (const c of exercise.claims) {
    const draft = Object.hasOwn(drafts, c.id) ? drafts[c.id] : undefined;
    if (draft?.status) answers[c.id] = { status: draft.status, why: draft.why.trim() };
  }
  const findings: TraineeResult['findings'] = {};
  for (const f of exercise.findings) {
    const draft = Object.hasOwn(findingDrafts, f.id) ? findingDrafts[f.id] : undefined;
    if (draft && draft.choice !== null)
      findings[f.id] = { choice: draft.choice, why: draft.why.trim() };
  }
  return {
    format: RESULT_FORMAT,
    version: TRAINER_VERSION,
    exerciseId: exercise.id,
    trainee: trainee.trim(),
    answers,
    findings,
  };
}

/** The result file a trainee hands in. */
export function resultFile(result: TraineeResult, exerciseTitle: string): Download {
  const who = slug(result.trainee, 'trainee');
  return json(`${slug(exerciseTitle, 'exercise')}.result-${who}.json`, result);
}

/** The class summary as CSV, one row per trainee, named after the exercise when it is at hand. */
export function classSummaryFile(
  results: readonly TraineeResult[],
  key: AnswerKey,
  exercise: Exercise | null,
): Download {
  return {
    filename: `${slug(exercise?.title ?? key.exerciseId, 'exercise')}.class-summary.csv`,
    text: classCsv(results, key, exercise),
    type: 'text/csv',
  };
}

/** The text of an opened file (Blob.text where the browser has it). */
export function readText(file: Blob): Promise<string> {
  return typeof file.text === 'function' ? file.text() : new Response(file).text();
}
