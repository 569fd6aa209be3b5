import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportReviewJson,
  makeExercise,
  parseExercise,
  parseKey,
  parseResult,
  parseReviewJson,
} from '../../src/core/formats/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';
import { ferryExercise } from '../fixtures/teach/findings.ts';

const review = sampleReview();
const ids = Object.values(review.claims)
  .filter((c) => c.status !== null)
  .map((c) => c.id);
const answers = Object.fromEntries(
  ids.map((id) => [id, { status: review.claims[id]!.status!, explanation: 'because' }]),
);
const { exercise, key } = makeExercise(review, ids, answers);
const result = {
  format: 'crosscheck-result',
  version: 1,
  exerciseId: exercise.id,
  trainee: 'Ana',
  answers: { [ids[0]!]: { status: 'verified', why: 'checked' } },
};
// The same files with finding questions in them.
const ferry = ferryExercise();
const ferryResult = {
  ...result,
  exerciseId: ferry.exercise.id,
  findings: { [ferry.exercise.findings[0]!.id]: { choice: 'neither', why: 'cannot tell' } },
};

// Each reader with a valid file it accepts, so mutations start from something real.
const readers = [
  {
    name: 'parseReviewJson',
    parse: parseReviewJson,
    valid: JSON.parse(exportReviewJson(review, 0)),
  },
  { name: 'parseExercise', parse: parseExercise, valid: exercise },
  { name: 'parseKey', parse: parseKey, valid: key },
  { name: 'parseResult', parse: parseResult, valid: result },
  { name: 'parseExercise (findings)', parse: parseExercise, valid: ferry.exercise },
  { name: 'parseKey (findings)', parse: parseKey, valid: ferry.key },
  { name: 'parseResult (findings)', parse: parseResult, valid: ferryResult },
] as const;

const HOSTILE_TEXTS = [
  '',
  '   ',
  'null',
  'true',
  '123',
  '"a string"',
  '[]',
  '{}',
  '{',
  'undefined',
  "{'format': 'crosscheck-review'}",
  '\uFEFF{}',
  '['.repeat(200_000) + ']'.repeat(200_000),
  '{"format":"crosscheck-review","version":1e400}',
  '{"format":"crosscheck-review","version":-1}',
  '{"format":{"toString":1},"version":1}',
  '{"__proto__":{"polluted":true},"format":"x"}',
];

const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
];

/** A valid file with a hostile key planted in every object and record. */
function planted(valid: unknown, hostile: string): string {
  const json = JSON.stringify(valid);
  return json.replace(/\{(?=")/g, `{${hostile.slice(1, -1)},`);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe.each(readers)('$name with hostile input', ({ parse, valid }) => {
  it('accepts its own valid file', () => {
    expect(parse(JSON.stringify(valid)).ok).toBe(true);
  });

  it('answers with an error, never a throw, for junk and for values of the wrong type', () => {
    for (const text of HOSTILE_TEXTS) {
      const out = parse(text);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.length).toBeLessThan(600);
    }
    for (const value of [undefined, null, 42, {}, [], Symbol('x')])
      expect(parse(value as unknown as string).ok).toBe(false);
  });

  it('refuses a 21 MB file at once', () => {
    const out = parse(`"${'x'.repeat(21 * 1024 * 1024)}"`);
    expect(out).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('drops __proto__, constructor and prototype keys without touching Object.prototype', () => {
    for (const hostile of POLLUTERS) {
      const out = parse(planted(valid, hostile));
      // The planted keys are dropped: the file still reads, and nothing of them survives.
      expect(out.ok).toBe(true);
      expect(JSON.stringify(out)).not.toContain('polluted');
    }
  });

  it('never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = parse(JSON.stringify(value) ?? 'null');
        expect(typeof out.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('never throws when a field of its valid file is replaced by anything', () => {
    const paths = fieldPaths(valid);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(valid) as Record<string, unknown>;
        setAt(copy, path, value);
        const out = parse(JSON.stringify(copy));
        if (!out.ok) expect(out.error).toMatch(/^The |^This /);
      }),
      { numRuns: 200 },
    );
  });
});

function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => fieldPaths(v, [...prefix, k]))];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  if (path.length === 0) return;
  let node: Record<string | number, unknown> = root;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}
