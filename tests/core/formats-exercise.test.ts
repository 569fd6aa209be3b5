import { describe, expect, it } from 'vitest';
import {
  makeExercise,
  parseExercise,
  parseKey,
  parseResult,
  scoreResult,
  validateTraineeAnswers,
  type ExpectedAnswer,
  type TraineeResult,
} from '../../src/core/formats/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';

const review = sampleReview();
const [fire, officials, critics] = Object.values(review.claims).map((c) => c.id);
const ids = [fire!, officials!, critics!];
const answers: Record<string, ExpectedAnswer> = {
  [fire!]: { status: 'verified', explanation: 'The fire service confirmed the number.' },
  [officials!]: { status: 'unsourced', explanation: 'No official is named.' },
  [critics!]: { status: 'disputed', explanation: 'The council denies the figure.' },
};
const { exercise, key } = makeExercise(review, ids, answers, { title: 'Week 3: sourcing' });

const result = (
  trainee: string,
  given: Record<string, TraineeResult['answers'][string]>,
): TraineeResult => ({
  format: 'crosscheck-result',
  version: 2,
  exerciseId: exercise.id,
  trainee,
  answers: given,
  findings: {},
});
const why = 'Compared with the other article.';

describe('makeExercise', () => {
  it('hands out the articles and the chosen claims without any answer', () => {
    expect(exercise).toMatchObject({
      format: 'crosscheck-exercise',
      version: 2,
      title: 'Week 3: sourcing',
    });
    expect(exercise.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(exercise.claims.map((c) => c.id)).toEqual(ids);
    expect(Object.keys(exercise.claims[0]!)).toEqual(['id', 'articleId', 'anchor']);
    const text = JSON.stringify(exercise);
    for (const word of [
      'verified',
      'disputed',
      'unsourced',
      'Fire service statement',
      'Which officials',
    ])
      expect(text).not.toContain(word);
  });

  it('keeps the answers in a separate key tied to the exercise', () => {
    expect(key).toEqual({
      format: 'crosscheck-key',
      version: 2,
      exerciseId: exercise.id,
      answers,
      findings: {},
    });
  });

  it('gives the same exercise the same id every time, and a new id to another choice of claims', () => {
    expect(makeExercise(review, ids, answers).exercise.id).toBe(exercise.id);
    expect(makeExercise(review, [fire!], answers).exercise.id).not.toBe(exercise.id);
    expect(makeExercise(review, ids, answers).exercise.title).toBe(review.name);
  });

  it('refuses unknown or repeated claims and claims without an expected status', () => {
    expect(() => makeExercise(review, [], answers)).toThrow(/at least one claim or finding/);
    expect(() => makeExercise(review, ['nope'], answers)).toThrow(/no claim "nope"/);
    expect(() => makeExercise(review, ['__proto__'], answers)).toThrow(/no claim "__proto__"/);
    expect(() => makeExercise(review, [fire!, fire!], answers)).toThrow(/only once/);
    expect(() => makeExercise(review, ids, { [fire!]: answers[fire!]! })).toThrow(
      /expected status for the claim "Officials said/,
    );
  });
});

describe('parseExercise and parseKey', () => {
  it('read back what makeExercise wrote', () => {
    expect(parseExercise(JSON.stringify(exercise))).toEqual({ ok: true, exercise });
    expect(parseKey(JSON.stringify(key))).toEqual({ ok: true, key });
  });

  it('tell an exercise from a key', () => {
    expect(parseExercise(JSON.stringify(key))).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /not a Crosscheck exercise file: .*"crosscheck-exercise" \(it says "crosscheck-key"\)/,
      ),
    });
    expect(parseKey(JSON.stringify(exercise))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Crosscheck answer key/),
    });
  });

  it('name the claim that points at a missing article or outside its text', () => {
    const orphan = structuredClone(exercise);
    orphan.claims[1]!.articleId = 'elsewhere';
    expect(parseExercise(JSON.stringify(orphan))).toEqual({
      ok: false,
      error: `The exercise file is damaged: claim 2 ("${officials}") is on an article the file does not include.`,
    });
    const outside = structuredClone(exercise);
    outside.claims[0]!.anchor.end = 1e6;
    expect(parseExercise(JSON.stringify(outside))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/claim 1 .* outside/),
    });
  });

  it('reject a key whose answer has an unknown status, naming the path', () => {
    const bad = structuredClone(key) as unknown as { answers: Record<string, { status: string }> };
    bad.answers[fire!]!.status = 'true';
    const parsed = parseKey(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toContain(`answers["${fire}"].status: expected one of "verified"`);
  });
});

describe('validateTraineeAnswers and parseResult', () => {
  it('asks to explain every answered claim, and not the unanswered ones', () => {
    expect(
      validateTraineeAnswers({
        [fire!]: { status: 'verified', why: '  \n ' },
        [officials!]: { status: null, why: '' },
        [critics!]: { status: 'disputed', why },
      }),
    ).toEqual([{ claimId: fire, message: 'Explain your decision.' }]);
  });

  it('reads a complete result and rejects one with an empty explanation', () => {
    const good = result('Ana', { [fire!]: { status: 'verified', why } });
    expect(parseResult(JSON.stringify(good))).toEqual({ ok: true, result: good });
    const bad = result('Ana', { [fire!]: { status: 'verified', why: ' ' } });
    expect(parseResult(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/one answer has no explanation.*Explain your decision/),
    });
  });

  it('requires a trainee name', () => {
    const parsed = parseResult(JSON.stringify(result('   ', {})));
    expect(parsed).toMatchObject({
      ok: false,
      error: expect.stringContaining('at trainee: empty'),
    });
  });
});

describe('scoreResult', () => {
  const score = scoreResult(
    result('Ana', {
      [fire!]: { status: 'verified', why },
      [critics!]: { status: 'verified', why },
      stray: { status: 'disputed', why },
    }),
    key,
  );

  it('marks each claim of the key right, wrong or unanswered, with the trainer explanation', () => {
    expect(score.perClaim).toEqual([
      {
        claimId: fire,
        expected: 'verified',
        given: 'verified',
        correct: true,
        explanation: answers[fire!]!.explanation,
      },
      {
        claimId: officials,
        expected: 'unsourced',
        given: null,
        correct: false,
        explanation: answers[officials!]!.explanation,
      },
      {
        claimId: critics,
        expected: 'disputed',
        given: 'verified',
        correct: false,
        explanation: answers[critics!]!.explanation,
      },
    ]);
    expect(score.share).toBeCloseTo(1 / 3);
  });

  it('counts agreement by expected status', () => {
    expect(score.byStatus).toEqual({
      verified: { expected: 1, agreed: 1 },
      disputed: { expected: 1, agreed: 0 },
      unsourced: { expected: 1, agreed: 0 },
    });
  });

  it('refuses a result from another exercise', () => {
    expect(() => scoreResult({ ...result('Bo', {}), exerciseId: 'other' }, key)).toThrow(
      /another exercise/,
    );
  });
});
