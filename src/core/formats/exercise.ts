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
import { shorten } from './text-utils.ts';
import { CLAIM_STATUSES, type Parsed, type ReviewData } from './types.ts';

/** Optional id and title of a new exercise; by default a stable id and the review's name. */
export interface ExerciseOptions {
  id?: string;
  title?: string;
}

/**
 * An exercise on the chosen claims (in the order given) and its answer key. Throws when a claim id is
 * unknown or repeated, or a chosen claim has no valid answer: these are the trainer's choices to fix.
 */
export function makeExercise(
  review: ReviewData,
  claimIds: readonly string[],
  answers: Record<string, ExpectedAnswer>,
  options: ExerciseOptions = {},
): { exercise: Exercise; key: AnswerKey } {
  if (claimIds.length === 0) throw new Error('Choose at least one claim for the exercise.');
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
  const exerciseId = options.id ?? `exercise-${stableHash([review.id, ...claimIds].join('\n'))}`;
  const exercise: Exercise = {
    format: EXERCISE_FORMAT,
    version: TRAINER_VERSION,
    id: exerciseId,
    title: options.title ?? review.name,
    // Every article, not only those with chosen claims: judging a claim often means comparing versions.
    articles: review.articles.map((a) => ({ ...a })),
    claims,
  };
  const key: AnswerKey = {
    format: KEY_FORMAT,
    version: TRAINER_VERSION,
    exerciseId,
    answers: keyAnswers,
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
  if (Object.keys(checked.value.answers).length === 0)
    return { ok: false, error: `The ${noun} has no answers.` };
  return { ok: true, key: checked.value };
}

/** A short hex digest (two FNV-1a passes), stable across runs and machines. */
function stableHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
