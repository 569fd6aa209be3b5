/** Trainer mode: turn a review into an exercise plus a hidden answer key, and read both back. */
import { checkEnvelope, checkSchema, readJson } from './read.ts';
import {
  EXERCISE_FORMAT,
  exerciseSchema,
  KEY_FORMAT,
  keySchema,
  TRAINER_VERSION,
  type AnswerKey,
  type Exercise,
  type ExpectedAnswer,
} from './exercise-schema.ts';
import { columnOrder } from './comparison-model.ts';
import {
  findingProblem,
  findingQuestions,
  stableHash,
  type FindingQuestionInput,
} from './finding-questions.ts';
import { shorten } from './text-utils.ts';
import { CLAIM_STATUSES, type Parsed, type ReviewData } from './types.ts';

/** Optional id and title of a new exercise; by default a stable id and the review's name. */
export interface ExerciseOptions {
  id?: string;
  title?: string;
  /** Findings of the comparison to ask about, each with its question and expected answer. */
  findings?: readonly FindingQuestionInput[];
}

/**
 * An exercise on the chosen claims and findings (in the order given) and its answer key. Throws when
 * nothing is chosen, a claim id is unknown or repeated, or a chosen claim or finding has no valid
 * answer: these are the trainer's choices to fix.
 */
export function makeExercise(
  review: ReviewData,
  claimIds: readonly string[],
  answers: Record<string, ExpectedAnswer>,
  options: ExerciseOptions = {},
): { exercise: Exercise; key: AnswerKey } {
  const chosenFindings = options.findings ?? [];
  if (claimIds.length === 0 && chosenFindings.length === 0)
    throw new Error('Choose at least one claim or finding for the exercise.');
  if (new Set(claimIds).size !== claimIds.length)
    throw new Error('Each claim can appear only once in an exercise.');
  const keyAnswers: Record<string, ExpectedAnswer> = {};
  const claims = claimIds.map((claimId) => {
    const claim = Object.hasOwn(review.claims, claimId) ? review.claims[claimId] : undefined;
    if (!claim) throw new Error(`The review has no claim "${claimId}".`);
    const answer = Object.hasOwn(answers, claimId) ? answers[claimId] : undefined;
    if (!answer || !CLAIM_STATUSES.includes(answer.status))
      throw new Error(
        `Give the expected status for the claim "${shorten(claim.anchor.quote, 60)}".`,
      );
    keyAnswers[claimId] = { status: answer.status, explanation: answer.explanation };
    return { id: claim.id, articleId: claim.articleId, anchor: { ...claim.anchor } };
  });
  const asked = findingQuestions(chosenFindings);
  const findingIds = asked.findings.map((f) => f.id);
  const exerciseId =
    options.id ?? `exercise-${stableHash([review.id, ...claimIds, ...findingIds].join('\n'))}`;
  const exercise: Exercise = {
    format: EXERCISE_FORMAT,
    version: TRAINER_VERSION,
    id: exerciseId,
    title: options.title ?? review.name,
    // Every article, not only those with chosen claims: judging a claim often means comparing
    // versions. In the compare view's column order, so the articles' letters are the same.
    articles: columnOrder(review).map((a) => ({ ...a })),
    claims,
    findings: asked.findings,
  };
  const key: AnswerKey = {
    format: KEY_FORMAT,
    version: TRAINER_VERSION,
    exerciseId,
    answers: keyAnswers,
    findings: asked.answers,
  };
  return { exercise, key };
}

/** Reads an exercise file; the error says what is wrong and where. Never throws. */
export function parseExercise(text: string): Parsed<'exercise', Exercise> {
  const noun = 'exercise file';
  const json = readJson(text, noun);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, EXERCISE_FORMAT, TRAINER_VERSION, noun);
  if (!envelope.ok) return envelope;
  const checked = checkSchema(exerciseSchema, envelope.value, noun);
  if (!checked.ok) return checked;
  const exercise = checked.value;
  const texts = new Map(exercise.articles.map((a) => [a.id, a.text]));
  const seen = new Set<string>();
  for (const [i, c] of exercise.claims.entries()) {
    const where = `The ${noun} is damaged: claim ${i + 1} ("${c.id}")`;
    if (seen.has(c.id)) return { ok: false, error: `${where} appears twice.` };
    seen.add(c.id);
    const articleText = texts.get(c.articleId);
    if (articleText === undefined)
      return { ok: false, error: `${where} is on an article the file does not include.` };
    if (c.anchor.start > c.anchor.end || c.anchor.end > articleText.length)
      return { ok: false, error: `${where} points outside its article's text.` };
  }
  const problem = findingProblem(exercise, noun);
  if (problem) return { ok: false, error: problem };
  if (exercise.claims.length + exercise.findings.length === 0)
    return { ok: false, error: `The ${noun} has no questions: no claim and no finding.` };
  return { ok: true, exercise };
}

/** Reads an answer key file; the error says what is wrong and where. Never throws. */
export function parseKey(text: string): Parsed<'key', AnswerKey> {
  const noun = 'answer key';
  const json = readJson(text, noun);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, KEY_FORMAT, TRAINER_VERSION, noun);
  if (!envelope.ok) return envelope;
  const checked = checkSchema(keySchema, envelope.value, noun);
  if (!checked.ok) return checked;
  if (Object.keys(checked.value.answers).length + Object.keys(checked.value.findings).length === 0)
    return { ok: false, error: `The ${noun} has no answers.` };
  return { ok: true, key: checked.value };
}
