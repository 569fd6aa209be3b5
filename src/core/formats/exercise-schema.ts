/** Valibot schemas and types of the trainer files: exercise, answer key and trainee result. */
import * as v from 'valibot';
import { anchorSchema, articleSchema, id, statusSchema, str } from './review-schema.ts';

/** The format name of an exercise handout. */
export const EXERCISE_FORMAT = 'crosscheck-exercise';
/** The format name of an answer key. */
export const KEY_FORMAT = 'crosscheck-key';
/** The format name of a trainee's result. */
export const RESULT_FORMAT = 'crosscheck-result';
/**
 * The newest version of the three trainer files that this code writes and reads. Version 2 added
 * questions about findings; version 1 files (claims only) are still read, as version 2 with none.
 */
export const TRAINER_VERSION = 2 as const;

/** Versions read; any is read into the newest shape. */
const versionSchema = v.pipe(
  v.picklist([1, TRAINER_VERSION]),
  v.transform((): typeof TRAINER_VERSION => TRAINER_VERSION),
);

/** Most questions of each kind in one file. */
const MAX_QUESTIONS = 1_000;
/** Most versions of one finding, and paragraphs carrying one version. */
const MAX_VERSIONS = 26;
const MAX_PLACES = 200;

/** A place in an article as its reader counts it (see paragraphs.ts). */
const readerPlaceSchema = v.variant('kind', [
  v.object({ kind: v.literal('headline') }),
  v.object({ kind: v.literal('paragraph'), n: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.object({ kind: v.literal('furniture'), n: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
]);

/** A paragraph carrying one version of a finding, with the sentence around the wording. */
const findingPlaceSchema = v.object({
  articleId: id(),
  /** The paragraph's index in the parsed article, as the compare view counts (¶ is this + 1). */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The paragraph as the reader of the article counts it, when it could be placed. */
  place: v.nullable(readerPlaceSchema),
  sentence: str(20_000),
});

/** A question about a finding: which of its versions (wordings, with where each is) is right. */
const exerciseFindingSchema = v.object({
  id: id(),
  /** The discrepancy type: number, date, name, place, quote, attribution, omission, meaning. */
  type: id(40),
  question: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2_000)),
  versions: v.pipe(
    v.array(
      v.object({
        text: str(20_000),
        places: v.pipe(v.array(findingPlaceSchema), v.minLength(1), v.maxLength(MAX_PLACES)),
      }),
    ),
    v.minLength(2),
    v.maxLength(MAX_VERSIONS),
  ),
});

/** An exercise: the articles, the claims to judge and the findings to settle, with no answers in it. */
export const exerciseSchema = v.object({
  format: v.literal(EXERCISE_FORMAT),
  version: versionSchema,
  id: id(200),
  title: str(500),
  articles: v.array(articleSchema),
  // Version 1 needed a claim; now a finding will do (parseExercise checks there is some question).
  claims: v.pipe(
    v.array(v.object({ id: id(), articleId: id(), anchor: anchorSchema })),
    v.maxLength(MAX_QUESTIONS),
  ),
  findings: v.optional(v.pipe(v.array(exerciseFindingSchema), v.maxLength(MAX_QUESTIONS)), []),
});

/** The answer to a finding question: a version by its index, or "neither / cannot tell". */
export const findingChoiceSchema = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_VERSIONS - 1)),
  v.literal('neither'),
]);

/** Answers by question id, at most one per question a file can hold. */
const answersOf = <S extends v.GenericSchema>(answer: S) =>
  v.pipe(v.record(v.string(), answer), v.maxEntries(MAX_QUESTIONS));

/** The trainer's answer for one claim: the expected status and why. */
export const expectedAnswerSchema = v.object({ status: statusSchema, explanation: str() });

/** The trainer's answer for one finding: the right version (or neither) and why. */
export const expectedFindingSchema = v.object({
  choice: findingChoiceSchema,
  explanation: str(),
});

/** The hidden key: the expected answer for every question of one exercise. */
export const keySchema = v.object({
  format: v.literal(KEY_FORMAT),
  version: versionSchema,
  exerciseId: id(200),
  answers: answersOf(expectedAnswerSchema),
  findings: v.optional(answersOf(expectedFindingSchema), {}),
});

/** A trainee's answer for one claim: a status and the required explanation. */
export const traineeAnswerSchema = v.object({ status: statusSchema, why: str() });

/** A trainee's answer for one finding: the version chosen (or neither) and the required reason. */
export const traineeFindingSchema = v.object({ choice: findingChoiceSchema, why: str() });

/** What a trainee hands in: their name and answers by question id (unanswered ones are absent). */
export const resultSchema = v.object({
  format: v.literal(RESULT_FORMAT),
  version: versionSchema,
  exerciseId: id(200),
  trainee: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  answers: answersOf(traineeAnswerSchema),
  findings: v.optional(answersOf(traineeFindingSchema), {}),
});

/** An exercise as handed to trainees. */
export type Exercise = v.InferOutput<typeof exerciseSchema>;
/** One claim of an exercise. */
export type ExerciseClaim = Exercise['claims'][number];
/** One finding question of an exercise. */
export type ExerciseFinding = Exercise['findings'][number];
/** One version of a finding question. */
export type ExerciseFindingVersion = ExerciseFinding['versions'][number];
/** A version's index, or 'neither' (none of them is right, or the sources cannot tell). */
export type FindingChoice = v.InferOutput<typeof findingChoiceSchema>;
/** The expected answer for one claim. */
export type ExpectedAnswer = v.InferOutput<typeof expectedAnswerSchema>;
/** The expected answer for one finding. */
export type ExpectedFinding = v.InferOutput<typeof expectedFindingSchema>;
/** The answer key of an exercise. */
export type AnswerKey = v.InferOutput<typeof keySchema>;
/** One answer of a trainee. */
export type TraineeAnswer = v.InferOutput<typeof traineeAnswerSchema>;
/** One answer of a trainee to a finding question. */
export type TraineeFinding = v.InferOutput<typeof traineeFindingSchema>;
/** A trainee's handed-in result. */
export type TraineeResult = v.InferOutput<typeof resultSchema>;
