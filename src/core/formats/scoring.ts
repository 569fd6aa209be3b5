/** Trainer mode: read a trainee's result, check it, score it against the key, and sum up a class. */
import {
  RESULT_FORMAT,
  resultSchema,
  TRAINER_VERSION,
  type AnswerKey,
  type FindingChoice,
  type TraineeResult,
} from './exercise-schema.ts';
import { checkEnvelope, checkSchema, readJson } from './read.ts';
import { CLAIM_STATUSES, type ClaimStatus, type Parsed } from './types.ts';

/** An answer being filled in: no status yet means the claim is not answered. */
export interface DraftAnswer {
  status: ClaimStatus | null;
  why: string;
}

/** An answer to a finding question being filled in: no choice yet means it is not answered. */
export interface DraftFindingAnswer {
  choice: FindingChoice | null;
  why: string;
}

/** A problem with one answer, to show next to it. */
export interface AnswerProblem {
  claimId: string;
  message: string;
}

/** A problem with one answer to a finding question. */
export interface FindingProblem {
  findingId: string;
  message: string;
}

/** The message for an answered claim without an explanation. */
export const EXPLAIN_MESSAGE = 'Explain your decision.';

/** Problems with a trainee's answers: every answered claim needs a non-blank "why". Empty when all is well. */
export function validateTraineeAnswers(answers: Record<string, DraftAnswer>): AnswerProblem[] {
  return Object.entries(answers)
    .filter(([, a]) => a.status !== null && a.why.trim() === '')
    .map(([claimId]) => ({ claimId, message: EXPLAIN_MESSAGE }));
}

/** Problems with a trainee's answers to finding questions: every chosen version needs a reason. */
export function validateFindingAnswers(
  answers: Record<string, DraftFindingAnswer>,
): FindingProblem[] {
  return Object.entries(answers)
    .filter(([, a]) => a.choice !== null && a.why.trim() === '')
    .map(([findingId]) => ({ findingId, message: EXPLAIN_MESSAGE }));
}

/** Reads a trainee's result file, refusing one with an unexplained answer. Never throws. */
export function parseResult(text: string): Parsed<'result', TraineeResult> {
  const noun = 'result file';
  const json = readJson(text, noun);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, RESULT_FORMAT, TRAINER_VERSION, noun);
  if (!envelope.ok) return envelope;
  const checked = checkSchema(resultSchema, envelope.value, noun);
  if (!checked.ok) return checked;
  const problems = [
    ...validateTraineeAnswers(checked.value.answers).map((p) => `claim "${p.claimId}"`),
    ...validateFindingAnswers(checked.value.findings).map((p) => `finding "${p.findingId}"`),
  ];
  if (problems.length > 0) {
    const count = problems.length === 1 ? 'one answer has' : `${problems.length} answers have`;
    return {
      ok: false,
      error: `The ${noun} is incomplete: ${count} no explanation (${problems[0]}). ${EXPLAIN_MESSAGE}`,
    };
  }
  return { ok: true, result: checked.value };
}

/** How one claim was judged against the key. */
export interface ClaimScore {
  claimId: string;
  expected: ClaimStatus;
  given: ClaimStatus | null;
  correct: boolean;
  explanation: string;
}

/** How one finding question was answered against the key. */
export interface FindingScore {
  findingId: string;
  expected: FindingChoice;
  given: FindingChoice | null;
  correct: boolean;
  explanation: string;
}

/**
 * A trainee's score: per claim and per finding, the share of all questions right (0..1), and
 * agreement on claims by expected status.
 */
export interface Score {
  perClaim: ClaimScore[];
  perFinding: FindingScore[];
  share: number;
  byStatus: Record<ClaimStatus, { expected: number; agreed: number }>;
}

/** Scores a result against its key, in key order, claims then findings; an unanswered question counts as wrong. Throws when the result is for another exercise. */
export function scoreResult(result: TraineeResult, key: AnswerKey): Score {
  if (result.exerciseId !== key.exerciseId)
    throw new Error(
      `The result of ${result.trainee} is for another exercise than this answer key.`,
    );
  const byStatus = Object.fromEntries(
    CLAIM_STATUSES.map((s) => [s, { expected: 0, agreed: 0 }]),
  ) as Score['byStatus'];
  const perClaim = Object.entries(key.answers).map(([claimId, answer]): ClaimScore => {
    const given = Object.hasOwn(result.answers, claimId)
      ? (result.answers[claimId]?.status ?? null)
      : null;
    const correct = given === answer.status;
    byStatus[answer.status].expected += 1;
    if (correct) byStatus[answer.status].agreed += 1;
    return { claimId, expected: answer.status, given, correct, explanation: answer.explanation };
  });
  const perFinding = Object.entries(key.findings).map(([findingId, answer]): FindingScore => {
    const given = Object.hasOwn(result.findings, findingId)
      ? (result.findings[findingId]?.choice ?? null)
      : null;
    const correct = given === answer.choice;
    return { findingId, expected: answer.choice, given, correct, explanation: answer.explanation };
  });
  const asked = perClaim.length + perFinding.length;
  const right = [...perClaim, ...perFinding].filter((c) => c.correct).length;
  return { perClaim, perFinding, share: asked === 0 ? 0 : right / asked, byStatus };
}
