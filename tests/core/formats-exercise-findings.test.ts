import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  makeExercise,
  parseExercise,
  parseKey,
  parseResult,
  scoreResult,
  validateFindingAnswers,
  type TraineeResult,
} from '../../src/core/formats/index.ts';
import { ferryExercise, versionWith } from '../fixtures/teach/findings.ts';

const { review, count, date, claimId, exercise, key } = ferryExercise();
const [countQ, dateQ] = exercise.findings;
// Frozen files as version 1 wrote them, read from disk by path (Vite rewrites `new URL(...)`).
const FROZEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'teach');
const fixture = (name: string) => readFileSync(join(FROZEN, name), 'utf8');

const result = (findings: TraineeResult['findings']): TraineeResult => ({
  format: 'crosscheck-result',
  version: 2,
  exerciseId: exercise.id,
  trainee: 'Ana',
  answers: { [claimId]: { status: 'verified', why: 'Port statement.' } },
  findings,
});

describe('finding questions in makeExercise', () => {
  it('asks about each chosen finding with its type, versions, places and sentences, and no answer', () => {
    expect(exercise.findings.map((f) => [f.type, f.question])).toEqual([
      ['number', 'Which version of this figure is right, and why?'],
      ['date', 'On which day did the ferry capsize?'],
    ]);
    expect(countQ!.versions.map((v) => v.text)).toEqual(count.versions.map((v) => v.text));
    const twentyThree = countQ!.versions[versionWith(count, '23')]!;
    expect(twentyThree.places.map((p) => [p.articleId, p.paragraph, p.place])).toEqual([
      ['ra', 2, { kind: 'paragraph', n: 1 }],
      ['rc', 1, { kind: 'paragraph', n: 1 }],
    ]);
    expect(twentyThree.places[0]!.sentence).toMatch(/^A passenger ferry capsized .* 23 people/);
    const text = JSON.stringify(exercise);
    for (const secret of ['hospital trust', 'No source gives', 'neither', 'choice'])
      expect(text).not.toContain(secret);
  });

  it('keeps the expected version (or neither) and the explanation in the key', () => {
    expect(key.findings).toEqual({
      [countQ!.id]: {
        choice: versionWith(count, '23'),
        explanation: 'The hospital trust said 23 patients were admitted.',
      },
      [dateQ!.id]: { choice: 'neither', explanation: 'No source gives the day.' },
    });
  });

  it('gives a finding the same id however the comparison is run, and the exercise a new id with it', () => {
    expect(ferryExercise().exercise.findings.map((f) => f.id)).toEqual(
      exercise.findings.map((f) => f.id),
    );
    const claimsOnly = makeExercise(review, [claimId], key.answers).exercise;
    expect(claimsOnly.id).not.toBe(exercise.id);
    expect(claimsOnly.findings).toEqual([]);
  });

  it('makes an exercise of findings alone', () => {
    const made = makeExercise(
      review,
      [],
      {},
      {
        findings: [{ finding: date, question: ' ', expected: { choice: 0, explanation: '' } }],
      },
    );
    expect(made.exercise.claims).toEqual([]);
    expect(made.exercise.findings[0]!.question).toBe(
      'Which version of this date is right, and why?',
    );
    expect(parseExercise(JSON.stringify(made.exercise)).ok).toBe(true);
  });

  it('refuses a finding without an expected answer, one out of range, and one chosen twice', () => {
    const ask =
      (choice: number | 'neither' | null, again = false) =>
      () =>
        makeExercise(
          review,
          [],
          {},
          {
            findings: [
              { finding: count, question: '', expected: { choice, explanation: '' } },
              ...(again
                ? [{ finding: count, question: 'x', expected: { choice: 0, explanation: '' } }]
                : []),
            ],
          },
        );
    expect(ask(null)).toThrow('Give the expected answer for the finding 1 (“23” or “32”).');
    expect(ask(2)).toThrow(/expected answer for the finding 1/);
    expect(ask(0, true)).toThrow(/only once/);
    expect(ask('neither')).not.toThrow();
  });
});

describe('reading files with finding questions', () => {
  it('reads back the exercise and key makeExercise wrote', () => {
    expect(parseExercise(JSON.stringify(exercise))).toEqual({ ok: true, exercise });
    expect(parseKey(JSON.stringify(key))).toEqual({ ok: true, key });
  });

  it('names a finding on an article the file does not include', () => {
    const bad = structuredClone(exercise);
    bad.findings[1]!.versions[0]!.places[0]!.articleId = 'gone';
    expect(parseExercise(JSON.stringify(bad))).toEqual({
      ok: false,
      error: `The exercise file is damaged: finding 2 ("${dateQ!.id}") is on an article the file does not include.`,
    });
  });

  it('rejects a finding with one version, an oversized question and a choice that is no version', () => {
    const one = structuredClone(exercise);
    one.findings[0]!.versions.pop();
    expect(parseExercise(JSON.stringify(one))).toEqual({
      ok: false,
      error: 'The exercise file is damaged: at findings[0].versions: empty.',
    });
    const long = structuredClone(exercise);
    long.findings[0]!.question = 'Why? '.repeat(1_000);
    expect(parseExercise(JSON.stringify(long))).toMatchObject({
      ok: false,
      error: expect.stringContaining('findings[0].question: too long (at most 2000 characters)'),
    });
    const both = structuredClone(key) as unknown as {
      findings: Record<string, { choice: unknown }>;
    };
    both.findings[countQ!.id]!.choice = 'both';
    expect(parseKey(JSON.stringify(both))).toMatchObject({
      ok: false,
      error: expect.stringContaining(`findings["${countQ!.id}"].choice`),
    });
    const many = structuredClone(exercise);
    many.findings = Array.from({ length: 1_001 }, () => countQ!);
    expect(parseExercise(JSON.stringify(many))).toMatchObject({
      ok: false,
      error: expect.stringContaining('at findings'),
    });
  });

  it('refuses an exercise with no question at all', () => {
    const empty = { ...exercise, claims: [], findings: [] };
    expect(parseExercise(JSON.stringify(empty))).toEqual({
      ok: false,
      error: 'The exercise file has no questions: no claim and no finding.',
    });
  });

  it('says a file of a newer version needs a newer Crosscheck', () => {
    expect(parseResult(JSON.stringify({ ...result({}), version: 3 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /version 3, made by a newer Crosscheck; this one reads up to version 2/,
      ),
    });
  });

  it('still reads version 1 files, made before finding questions, as having none', () => {
    const ex = parseExercise(fixture('v1-exercise.json'));
    const k = parseKey(fixture('v1-key.json'));
    const r = parseResult(fixture('v1-result.json'));
    if (!ex.ok || !k.ok || !r.ok) throw new Error('a version 1 file was refused');
    expect([ex.exercise.version, ex.exercise.claims.length, ex.exercise.findings]).toEqual([
      2,
      1,
      [],
    ]);
    expect(k.key.findings).toEqual({});
    expect(r.result.findings).toEqual({});
    expect(scoreResult(r.result, k.key)).toMatchObject({ share: 1, perFinding: [] });
  });
});

describe('answers to finding questions', () => {
  it('asks for a reason for every chosen version, not for unanswered questions', () => {
    expect(
      validateFindingAnswers({
        [countQ!.id]: { choice: 0, why: '  ' },
        [dateQ!.id]: { choice: null, why: '' },
      }),
    ).toEqual([{ findingId: countQ!.id, message: 'Explain your decision.' }]);
    const unexplained = result({ [dateQ!.id]: { choice: 'neither', why: '' } });
    expect(parseResult(JSON.stringify(unexplained))).toMatchObject({
      ok: false,
      error: expect.stringContaining(`one answer has no explanation (finding "${dateQ!.id}")`),
    });
  });

  it('scores each finding right, wrong or unanswered, and counts them in the share', () => {
    const right = versionWith(count, '23');
    const ana = result({ [countQ!.id]: { choice: right, why: 'Two outlets and the trust.' } });
    const score = scoreResult(ana, key);
    expect(score.perFinding).toEqual([
      {
        findingId: countQ!.id,
        expected: right,
        given: right,
        correct: true,
        explanation: 'The hospital trust said 23 patients were admitted.',
      },
      {
        findingId: dateQ!.id,
        expected: 'neither',
        given: null,
        correct: false,
        explanation: 'No source gives the day.',
      },
    ]);
    expect(score.share).toBeCloseTo(2 / 3);
    const wrong = scoreResult(
      result({
        [countQ!.id]: { choice: 1 - right, why: 'B is newer.' },
        [dateQ!.id]: { choice: 'neither', why: 'Unclear.' },
      }),
      key,
    );
    expect(wrong.perFinding.map((f) => f.correct)).toEqual([false, true]);
    expect(wrong.share).toBeCloseTo(2 / 3);
  });
});
