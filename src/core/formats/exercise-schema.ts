/** Valibot schemas and types of the trainer files: exercise, answer key and trainee result. */
import * as v from 'valibot';
import { anchorSchema, articleSchema, id, statusSchema, str } from './review-schema.ts';

/** The format name of an exercise handout. */
export const EXERCISE_FORMAT = 'crosscheck-exercise';
/** The format name of an answer key. */
export const KEY_FORMAT = 'crosscheck-key';
/** The format name of a trainee's result. */
export const RESULT_FORMAT = 'crosscheck-result';
/** The newest version of the three trainer files that this code writes and reads. */
export const TRAINER_VERSION = 1;

/** An exercise: the articles and the claims to judge, with no answers in it. */
export const exerciseSchema = v.object({
  format: v.literal(EXERCISE_FORMAT),
  version: v.literal(TRAINER_VERSION),
  id: id(200),
  title: str(500),
  articles: v.array(articleSchema),
  claims: v.pipe(
    v.array(v.object({ id: id(), articleId: id(), anchor: anchorSchema })),
    v.minLength(1),
    v.maxLength(1_000),
  ),
});

/** The trainer's answer for one claim: the expected status and why. */
export const expectedAnswerSchema = v.object({ status: statusSchema, explanation: str() });

/** The hidden key: the expected answer for every claim of one exercise. */
export const keySchema = v.object({
  format: v.literal(KEY_FORMAT),
  version: v.literal(TRAINER_VERSION),
  exerciseId: id(200),
  answers: v.record(v.string(), expectedAnswerSchema),
});

/** A trainee's answer for one claim: a status and the required explanation. */
export const traineeAnswerSchema = v.object({ status: statusSchema, why: str() });

/** What a trainee hands in: their name and answers by claim id (unanswered claims are absent). */
export const resultSchema = v.object({
  format: v.literal(RESULT_FORMAT),
  version: v.literal(TRAINER_VERSION),
  exerciseId: id(200),
  trainee: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  answers: v.record(v.string(), traineeAnswerSchema),
});

/** An exercise as handed to trainees. */
export type Exercise = v.InferOutput<typeof exerciseSchema>;
/** One claim of an exercise. */
export type ExerciseClaim = Exercise['claims'][number];
/** The expected answer for one claim. */
export type ExpectedAnswer = v.InferOutput<typeof expectedAnswerSchema>;
/** The answer key of an exercise. */
export type AnswerKey = v.InferOutput<typeof keySchema>;
/** One answer of a trainee. */
export type TraineeAnswer = v.InferOutput<typeof traineeAnswerSchema>;
/** A trainee's handed-in result. */
export type TraineeResult = v.InferOutput<typeof resultSchema>;
