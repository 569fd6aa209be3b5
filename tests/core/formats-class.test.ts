import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  classClaims,
  classCsv,
  classFindings,
  makeExercise,
  splitDuplicates,
  type ExpectedAnswer,
  type TraineeResult,
} from '../../src/core/formats/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';
import { ferryExercise, versionWith } from '../fixtures/teach/findings.ts';

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
  version: 2,
  exerciseId,
  trainee,
  answers: given,
  findings: {},
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
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('gives the answer key first, labelled, with the expected answer and the trainer’s explanation under each question', () => {
    expect(rows[1]).toEqual([
      'ANSWER KEY (the right answers, not a trainee)',
      '',
      '',
      'Verified',
      'right answer',
      'The fire service confirmed the number.',
      'Unsourced',
      'right answer',
      'No official is named.',
      'Disputed',
      'right answer',
      'The council denies the figure.',
    ]);
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
    expect(rows[2]).toEqual([
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
    expect(rows[3]!.slice(0, 6)).toEqual([
      `'=Bo, "the tester"`,
      '0.00',
      '0 of 3',
      'Disputed',
      'wrong',
      `'+1 figure differs`,
    ]);
  });
});

describe('a class answering finding questions', () => {
  const ferry = ferryExercise();
  const [countQ, dateQ] = ferry.exercise.findings;
  const right = versionWith(ferry.count, '23');
  const hand = (trainee: string, findings: TraineeResult['findings']): TraineeResult => ({
    ...result(trainee, {}, ferry.exercise.id),
    findings,
  });
  const cy = hand('Cy', {
    [countQ!.id]: { choice: right, why: 'Two outlets and the trust agree.' },
    [dateQ!.id]: { choice: 0, why: '=Sunday in two of three' },
  });
  const di = hand('Di', { [countQ!.id]: { choice: 1 - right, why: 'B came out last.' } });

  it('shows per finding who chose which version and why, and the share right', () => {
    const findings = classFindings([cy, di], ferry.key, ferry.exercise);
    expect(
      findings.map((f) => [f.label, f.finding?.question, f.expectedLabel, f.right, f.share]),
    ).toEqual([
      ['Finding 1', 'Which version of this figure is right, and why?', 'Version 1: “23”', 1, 0.5],
      [
        'Finding 2',
        'On which day did the ferry capsize?',
        'Neither / cannot tell from the sources',
        0,
        0,
      ],
    ]);
    expect(findings[0]!.answers).toEqual([
      {
        trainee: 'Cy',
        given: right,
        givenLabel: 'Version 1: “23”',
        why: 'Two outlets and the trust agree.',
        correct: true,
      },
      {
        trainee: 'Di',
        given: 1 - right,
        givenLabel: 'Version 2: “32”',
        why: 'B came out last.',
        correct: false,
      },
    ]);
    expect(findings[1]!.answers.map((a) => [a.givenLabel, a.correct])).toEqual([
      ['Version 1: “on Sunday morning”', false],
      ['', false],
    ]);
    // Without the exercise, versions go by number.
    expect(classFindings([cy], ferry.key, null)[0]!.expectedLabel).toBe('Version 1');
  });

  it('heads finding columns with the question and the versions’ wording, never an id, and counts them in the score', () => {
    const csv = classCsv([cy, di], ferry.key, ferry.exercise);
    const [header, keyRow, cyRow, diRow] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(header).toHaveLength(3 + 3 * 3);
    expect(keyRow!.slice(6)).toEqual([
      'Version 1: “23”',
      'right answer',
      'The hospital trust said 23 patients were admitted.',
      'Neither / cannot tell from the sources',
      'right answer',
      'No source gives the day.',
    ]);
    expect(header!.slice(6, 9)).toEqual([
      'Finding 1: Which version of this figure is right, and why? (“23” or “32”) — answer',
      'Finding 1: Which version of this figure is right, and why? (“23” or “32”) — result',
      'Finding 1: Which version of this figure is right, and why? (“23” or “32”) — reason',
    ]);
    expect(header![9]).toBe(
      'Finding 2: On which day did the ferry capsize? (“on Sunday morning” or “on Saturday morning”) — answer',
    );
    for (const f of ferry.exercise.findings) expect(header!.join(' ')).not.toContain(f.id);
    expect(cyRow).toEqual([
      'Cy',
      '0.33',
      '1 of 3',
      '',
      'unanswered',
      '',
      'Version 1: “23”',
      'right',
      'Two outlets and the trust agree.',
      'Version 1: “on Sunday morning”',
      'wrong',
      "'=Sunday in two of three",
    ]);
    expect(diRow!.slice(6)).toEqual([
      'Version 2: “32”',
      'wrong',
      'B came out last.',
      '',
      'unanswered',
      '',
    ]);
  });

  it('flags the same trainee twice once, telling the same finding answers from changed ones', () => {
    const changed = {
      ...cy,
      findings: { ...cy.findings, [dateQ!.id]: { choice: 'neither' as const, why: 'x' } },
    };
    const split = splitDuplicates([
      { file: 'cy.json', result: cy },
      { file: 'cy-copy.json', result: structuredClone(cy) },
      { file: 'cy-2.json', result: changed },
    ]);
    expect(split.counted.map((o) => o.file)).toEqual(['cy.json']);
    expect(split.duplicates.map((d) => [d.file, d.sameAnswers])).toEqual([
      ['cy-copy.json', true],
      ['cy-2.json', false],
    ]);
  });
});
