/** Shared steps for reading an exported file: size, JSON, envelope, schema, in that order. */
import * as v from 'valibot';

/** Largest file accepted, in characters (a UTF-8 file of 20 MB has at most this many). */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

type Step<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_LISTED_ISSUES = 3;

/** Parses JSON text after a size check; never throws. */
export function readJson(text: unknown, noun: string): Step<unknown> {
  if (typeof text !== 'string') return { ok: false, error: `The ${noun} is not text.` };
  if (text.length > MAX_FILE_CHARS)
    return { ok: false, error: `The ${noun} is too large (over 20 MB).` };
  if (text.trim() === '') return { ok: false, error: `The ${noun} is empty.` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: `The ${noun} is not valid JSON, so it cannot be read.` };
  }
}

/** Checks the {format, version} envelope; the message says what the file is when it is another kind. */
export function checkEnvelope(
  data: unknown,
  format: string,
  version: number,
  noun: string,
): Step<Record<string, unknown>> {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, error: `The ${noun} does not hold a Crosscheck object.` };
  const o = data as Record<string, unknown>;
  if (o.format !== format) {
    const found = typeof o.format === 'string' ? ` (it says "${clip(o.format, 60)}")` : '';
    return {
      ok: false,
      error: `This is not a Crosscheck ${noun}: its format should be "${format}"${found}.`,
    };
  }
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1)
    return { ok: false, error: `The ${noun} has no valid version number.` };
  if (o.version > version)
    return {
      ok: false,
      error: `The ${noun} is version ${o.version}, made by a newer Crosscheck; this one reads up to version ${version}. Update Crosscheck to open it.`,
    };
  return { ok: true, value: o };
}

/** Validates data against a schema, naming the path of the first few problems. */
export function checkSchema<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  noun: string,
): Step<v.InferOutput<S>> {
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.output };
  const lines = result.issues.slice(0, MAX_LISTED_ISSUES).map(describeIssue);
  const more = result.issues.length - lines.length;
  const tail = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
  return { ok: false, error: `The ${noun} is damaged: ${lines.join('; ')}${tail}.` };
}

/** One issue as "at review.articles[0].title: expected text, found a number". */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue);
  const where = path === '' ? 'at the top level' : `at ${path}`;
  if (issue.kind === 'schema' && issue.received === 'undefined') return `${where}: missing`;
  if (issue.type === 'max_length')
    return `${where}: too long (at most ${String(issue.requirement)} characters)`;
  if (issue.type === 'min_length') return `${where}: empty`;
  const expected = issue.expected ? `expected ${wordsFor(issue.expected)}` : 'not valid';
  return `${where}: ${expected}, found ${clip(issue.received, 40)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
  '(string | null)': 'text or null',
};

/** Valibot's expectation ("Array", '("a" | "b")') in words a person reads. */
function wordsFor(expected: string): string {
  const known = TYPE_WORDS[expected];
  if (known) return known;
  const options = /^\((.*)\)$/.exec(expected)?.[1];
  return options ? `one of ${options.split(' | ').join(', ')}` : expected;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(clip(String(key), 60))}]`;
  }
  return out;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
