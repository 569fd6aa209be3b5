/** A class's result files summed up: the same trainee twice found, a table per question, the class CSV. */
import { toCsv } from './claims-csv.ts';
import type {
  AnswerKey,
  Exercise,
  ExerciseFinding,
  FindingChoice,
  TraineeResult,
} from './exercise-schema.ts';
import { choiceLabel, wordingOf } from './finding-questions.ts';
import { STATUS_LABELS } from './markdown-report.ts';
import { scoreResult } from './scoring.ts';
import { squash, summarize } from './text-utils.ts';
import type { ClaimStatus } from './types.ts';

/** A result file as opened: its name and what it holds. */
export interface OpenedResult {
  file: string;
  result: TraineeResult;
}

/** A result file that is not counted because an earlier one is the same trainee's. */
export interface DuplicateResult {
  file: string;
  /** The file that is counted in its place. */
  countedFile: string;
  trainee: string;
  /** True when the two files hold exactly the same answers. */
  sameAnswers: boolean;
}

/** The same trainee whatever the spacing and case of the name, on one exercise. */
const traineeOf = (r: TraineeResult) =>
  JSON.stringify([r.exerciseId, squash(r.trainee).normalize('NFC').toLocaleLowerCase('en')]);

/** The answers in a fixed order, so two files with the same answers compare equal. */
const answersOf = (r: TraineeResult) =>
  JSON.stringify([
    Object.keys(r.answers)
      .sort()
      .map((id) => [id, r.answers[id]?.status, squash(r.answers[id]?.why ?? '')]),
    Object.keys(r.findings)
      .sort()
      .map((id) => [id, r.findings[id]?.choice, squash(r.findings[id]?.why ?? '')]),
  ]);

/**
 * Splits opened results into those counted and the duplicates: a second result of the same trainee
 * (same name, ignoring case and spacing, and same exercise) is flagged and not counted, whatever its
 * answers; the first one opened counts.
 */
export function splitDuplicates(opened: readonly OpenedResult[]): {
  counted: OpenedResult[];
  duplicates: DuplicateResult[];
} {
  const first = new Map<string, OpenedResult>();
  const duplicates: DuplicateResult[] = [];
  for (const o of opened) {
    const who = traineeOf(o.result);
    const earlier = first.get(who);
    if (!earlier) first.set(who, o);
    else
      duplicates.push({
        file: o.file,
        countedFile: earlier.file,
        trainee: earlier.result.trainee,
        sameAnswers: answersOf(o.result) === answersOf(earlier.result),
      });
  }
  return { counted: [...first.values()], duplicates };
}

/** One trainee's answer to one claim. */
export interface ClassAnswer {
  trainee: string;
  given: ClaimStatus | null;
  why: string;
  correct: boolean;
}

/** One claim of the key with every trainee's answer and the share of the class that got it right. */
export interface ClassClaim {
  claimId: string;
  /** "Claim N" in the exercise's order, as the trainees saw it. */
  label: string;
  /** The claim's quote, when the exercise is at hand. */
  quote: string | null;
  expected: ClaimStatus;
  explanation: string;
  answers: ClassAnswer[];
  right: number;
  share: number;
}

/** Per claim of the key (in its order), who answered what and why, and how many were right. */
export function classClaims(
  results: readonly TraineeResult[],
  key: AnswerKey,
  exercise: Exercise | null,
): ClassClaim[] {
  const quotes = new Map(exercise?.claims.map((c) => [c.id, c.anchor.quote]));
  const scores = results.map((r) => scoreResult(r, key));
  return Object.entries(key.answers).map(([claimId, expected], k) => {
    const answers = results.map((r, t): ClassAnswer => {
      const given = Object.hasOwn(r.answers, claimId) ? r.answers[claimId] : undefined;
      return {
        trainee: r.trainee,
        given: given?.status ?? null,
        why: given?.why ?? '',
        correct: scores[t]?.perClaim[k]?.correct ?? false,
      };
    });
    const right = answers.filter((a) => a.correct).length;
    return {
      claimId,
      label: `Claim ${k + 1}`,
      quote: quotes.get(claimId) ?? null,
      expected: expected.status,
      explanation: expected.explanation,
      answers,
      right,
      share: answers.length === 0 ? 0 : right / answers.length,
    };
  });
}

/** One trainee's answer to one finding question. */
export interface ClassFindingAnswer {
  trainee: string;
  given: FindingChoice | null;
  /** The answer in words: the version and its wording, or neither; empty when not answered. */
  givenLabel: string;
  why: string;
  correct: boolean;
}

/** One finding question of the key with every trainee's answer and the share right. */
export interface ClassFinding {
  findingId: string;
  /** "Finding N" in the exercise's order, as the trainees saw it. */
  label: string;
  /** The question and its versions, when the exercise is at hand. */
  finding: ExerciseFinding | null;
  expected: FindingChoice;
  expectedLabel: string;
  explanation: string;
  answers: ClassFindingAnswer[];
  right: number;
  share: number;
}

/** Per finding question of the key (in its order), who chose which version and why, and how many were right. */
export function classFindings(
  results: readonly TraineeResult[],
  key: AnswerKey,
  exercise: Exercise | null,
): ClassFinding[] {
  const findings = new Map(exercise?.findings.map((f) => [f.id, f]));
  const scores = results.map((r) => scoreResult(r, key));
  return Object.entries(key.findings).map(([findingId, expected], k) => {
    const finding = findings.get(findingId) ?? null;
    const answers = results.map((r, t): ClassFindingAnswer => {
      const given = Object.hasOwn(r.findings, findingId) ? r.findings[findingId] : undefined;
      return {
        trainee: r.trainee,
        given: given?.choice ?? null,
        givenLabel: given ? choiceLabel(given.choice, finding) : '',
        why: given?.why ?? '',
        correct: scores[t]?.perFinding[k]?.correct ?? false,
      };
    });
    const right = answers.filter((a) => a.correct).length;
    const number = exercise ? exercise.findings.findIndex((f) => f.id === findingId) + 1 : 0;
    return {
      findingId,
      label: `Finding ${number > 0 ? number : k + 1}`,
      finding,
      expected: expected.choice,
      expectedLabel: choiceLabel(expected.choice, finding),
      explanation: expected.explanation,
      answers,
      right,
      share: answers.length === 0 ? 0 : right / answers.length,
    };
  });
}

/** How long a claim's quote may be in a column heading, ellipsis included. */
const HEADING_QUOTE = 60;
/** How long a version's wording may be in a column heading. */
const HEADING_WORDING = 30;

/** A column heading for a finding: its number, question and the versions' wordings. */
export function findingHeading(f: Pick<ClassFinding, 'label' | 'finding'>): string {
  if (f.finding === null) return f.label;
  const versions = f.finding.versions.map((v) => wordingOf(v.text, HEADING_WORDING)).join(' or ');
  return `${f.label}: ${summarize(f.finding.question, HEADING_QUOTE).text} (${versions})`;
}

/** A column heading for a claim: its number and its quote, shortened at a word boundary. */
export function claimHeading(claim: Pick<ClassClaim, 'label' | 'quote'>): string {
  if (claim.quote === null) return claim.label;
  return `${claim.label}: “${summarize(claim.quote, HEADING_QUOTE).text}”`;
}

/** The first cell of the class CSV's answer-key row, which no trainee's name can be mistaken for. */
export const KEY_ROW_LABEL = 'ANSWER KEY (the right answers, not a trainee)';
/** The answer key row's result cells. */
const KEY_RESULT = 'right answer';

/**
 * The class as CSV (UTF-8 with a byte-order mark, formula-safe cells): one row per trainee with the
 * name, score and right count, then per claim three columns headed by the claim's number and quote,
 * then per finding three headed by its number, question and versions' wordings: the answer given,
 * right / wrong / unanswered, and the trainee's reason. Above the trainees, a row labelled as the
 * answer key gives the expected answer and the trainer's explanation in the same columns.
 */
export function classCsv(
  results: readonly TraineeResult[],
  key: AnswerKey,
  exercise: Exercise | null,
): string {
  const claims = classClaims(results, key, exercise);
  const findings = classFindings(results, key, exercise);
  const header = ['Trainee', 'Score', 'Right'];
  for (const h of [...claims.map(claimHeading), ...findings.map(findingHeading)])
    header.push(`${h} — answer`, `${h} — result`, `${h} — reason`);
  const asked = claims.length + findings.length;
  // The answer in words ('' when not answered), right / wrong / unanswered, and the reason.
  const cells = (a: { correct: boolean; why: string } | undefined, given: string) => [
    given,
    a?.correct ? 'right' : given ? 'wrong' : 'unanswered',
    a?.why ?? '',
  ];
  const rows = results.map((r, t) => {
    const answers = claims.map((c) => c.answers[t]);
    const chosen = findings.map((f) => f.answers[t]);
    const right = [...answers, ...chosen].filter((a) => a?.correct).length;
    const share = asked === 0 ? 0 : right / asked;
    return [
      r.trainee,
      share.toFixed(2),
      `${right} of ${asked}`,
      ...answers.flatMap((a) => cells(a, a?.given ? STATUS_LABELS[a.given] : '')),
      ...chosen.flatMap((a) => cells(a, a?.givenLabel ?? '')),
    ];
  });
  // The key first, so a spreadsheet shows the right answer above the trainees' answers.
  const keyRow = [
    KEY_ROW_LABEL,
    '',
    '',
    ...claims.flatMap((c) => [STATUS_LABELS[c.expected], KEY_RESULT, c.explanation]),
    ...findings.flatMap((f) => [f.expectedLabel, KEY_RESULT, f.explanation]),
  ];
  return toCsv(header, [keyRow, ...rows]);
}
