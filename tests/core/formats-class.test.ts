import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  classClaims,
  classCsv,
  makeExercise,
  splitDuplicates,
  type ExpectedAnswer,
  type TraineeResult,
} from '../../src/core/formats/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';

const review = sampleReview();
const [fire, officials, critics] = Object.values(review.claims);
const ids = [fire!.id, officials!.id, critics!.id];
const answers: Record<string, ExpectedAnswer> = {
  [fire!.id]: { status: 'verified', explanation: 'The fire service confirmed the number.' },
  [officials!.id]: { status: 'unsourced', explanation: 'No official is named.' },
  [critics!.id]: { status: 'disputed', explanation: 'The council denies the figure.' },
};
const { exercise, key } = makeExercise(review, ids, answers, { title: 'Week 4: a class' });

const result = (
  trainee: string,
  given: Record<string, TraineeResult['answers'][string]>,
  exerciseId = exercise.id,
): TraineeResult => ({
  format: 'crosscheck-result',
  version: 1,
  exerciseId,
  trainee,
  answers: given,
});

const ana = result('Ana Ruiz', {
  [fire!.id]: { status: 'verified', why: 'The service’s own statement — quoted in full.' },
  [critics!.id]: { status: 'disputed', why: 'The council denies it.' },
});
const bo = result('=Bo, "the tester"', {
  [fire!.id]: { status: 'disputed', why: '+1 figure differs' },
});

describe('splitDuplicates', () => {
  it('counts the same trainee once, whatever the case and spacing of the name', () => {
    const again = { ...ana, trainee: '  ana   RUIZ ' };
    const split = splitDuplicates([
      { file: 'ana.json', result: ana },
      { file: 'bo.json', result: bo },
      { file: 'ana-late.json', result: { ...again, answers: {} } },
      { file: 'ana (1).json', result: ana },
    ]);
    expect(split.counted.map((o) => o.file)).toEqual(['ana.json', 'bo.json']);
    expect(split.duplicates).toEqual([
      { file: 'ana-late.json', countedFile: 'ana.json', trainee: 'Ana Ruiz', sameAnswers: false },
      { file: 'ana (1).json', countedFile: 'ana.json', trainee: 'Ana Ruiz', sameAnswers: true },
    ]);
  });

  it('keeps one trainee’s results of two different exercises apart', () => {
    const split = splitDuplicates([
      { file: 'a.json', result: ana },
      { file: 'b.json', result: { ...ana, exerciseId: 'exercise-other' } },
    ]);
    expect(split.counted).toHaveLength(2);
    expect(split.duplicates).toEqual([]);
  });
});

describe('classClaims', () => {
  it('shows per claim who answered what, with their reasons, and the share right', () => {
    const claims = classClaims([ana, bo], key, exercise);
    expect(claims.map((c) => [c.label, c.quote, c.expected, c.right, c.share])).toEqual([
      ['Claim 1', fire!.anchor.quote, 'verified', 1, 0.5],
      ['Claim 2', officials!.anchor.quote, 'unsourced', 0, 0],
      ['Claim 3', critics!.anchor.quote, 'disputed', 1, 0.5],
    ]);
    expect(claims[0]!.answers).toEqual([
      { trainee: 'Ana Ruiz', given: 'verified', why: ana.answers[fire!.id]!.why, correct: true },
      { trainee: bo.trainee, given: 'disputed', why: '+1 figure differs', correct: false },
    ]);
    expect(claims[1]!.answers.map((a) => a.given)).toEqual([null, null]);
  });

  it('labels claims by number alone when the exercise is not at hand', () => {
    expect(classClaims([ana], key, null).map((c) => [c.label, c.quote])).toEqual([
      ['Claim 1', null],
      ['Claim 2', null],
      ['Claim 3', null],
    ]);
  });
});

describe('classCsv', () => {
  const csv = classCsv([ana, bo], key, exercise);
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('is UTF-8 with a byte-order mark and CRLF rows', () => {
    expect(csv.startsWith('\uFEFF"Trainee"')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('heads claim columns with the claim’s number and text, never its id', () => {
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['Trainee', 'Score', 'Right']);
    expect(header).toHaveLength(3 + 3 * 3);
    for (const id of ids) expect(header.join(' ')).not.toContain(id);
    expect(header[3]).toMatch(/^Claim 1: “The fire service said 40 people .*” — answer$/);
    expect(header[4]).toMatch(/^Claim 1: .* — result$/);
    expect(header[5]).toMatch(/^Claim 1: .* — reason$/);
    // A long quote is cut where a word ends.
    const kept = /“(.*)…”/u.exec(header[3]!)?.[1] ?? '';
    expect(fire!.anchor.quote.length).toBeGreaterThan(60);
    expect(fire!.anchor.quote.startsWith(kept)).toBe(true);
    expect(fire!.anchor.quote.charAt(kept.length)).toBe(' ');
  });

  it('gives each trainee’s answer, result and reason, with formula-like cells defused', () => {
    expect(rows[1]).toEqual([
      'Ana Ruiz',
      '0.67',
      '2 of 3',
      'Verified',
      'right',
      'The service’s own statement — quoted in full.',
      '',
      'unanswered',
      '',
      'Disputed',
      'right',
      'The council denies it.',
    ]);
    expect(rows[2]!.slice(0, 6)).toEqual([
      `'=Bo, "the tester"`,
      '0.00',
      '0 of 3',
      'Disputed',
      'wrong',
      `'+1 figure differs`,
    ]);
  });
});
