/**
 * Injected-change sets for measuring the discrepancy finder: a copy of a real article in which some
 * paragraphs carry one known change of a kind a fact-checker cares about, and the others only edits
 * that change no fact (abbreviations, spelling variants, a pronoun for a named speaker).
 */
import { prng } from './synthetic-corpus.ts';

/** The kinds of injected change. */
export type ChangeKind =
  'year' | 'date' | 'figure' | 'verb' | 'hedge' | 'condition' | 'negation' | 'role' | 'spelling';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'year',
  'date',
  'figure',
  'verb',
  'hedge',
  'condition',
  'negation',
  'role',
  'spelling',
];

/** One injected change: [start, end) in the altered article (empty where words were dropped). */
export interface Change {
  kind: ChangeKind;
  start: number;
  end: number;
}

/** An article and its altered copy, paragraph for paragraph. */
export interface InjectedArticle {
  original: string;
  altered: string;
  changes: Change[];
  /** [start, end) of the altered paragraphs that carry no change of fact. */
  unchanged: Array<[number, number]>;
}

type Rand = () => number;
type Edit = { text: string; start: number; end: number } | null;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** Replaces the first match of re (searched from a random match) with what make returns. */
function replace(
  text: string,
  re: RegExp,
  rand: Rand,
  make: (m: RegExpExecArray) => string | null,
): Edit {
  const all = [
    ...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)),
  ];
  if (all.length === 0) return null;
  const m = pick(rand, all) as RegExpExecArray;
  const by = make(m);
  if (by === null || by === m[0]) return null;
  const start = m.index;
  return {
    text: text.slice(0, start) + by + text.slice(start + m[0].length),
    start,
    end: start + by.length,
  };
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// prettier-ignore
const ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['supports', 'opposes'], ['supported', 'opposed'], ['approved', 'rejected'], ['increased', 'decreased'],
  ['rose', 'fell'], ['won', 'lost'], ['allowed', 'banned'], ['before', 'after'], ['accepted', 'rejected'],
  ['confirmed', 'denied'], ['opened', 'closed'], ['arrested', 'released'],
];
const ROLE =
  /\b(official|officials|minister|spokesman|spokeswoman|correspondent|president|director|commander|leader|secretary|envoy|ambassador|editor|reporter|President|Minister|Secretary)\b/;

function figure(n: string): string {
  const v = Number(n.replace(/,/g, ''));
  const w = v < 10 ? v + 2 : Math.round(v * 1.3 + 1);
  return n.includes(',') ? w.toLocaleString('en-US') : String(w);
}

/** One change of a kind, or null when the paragraph has nothing to change that way. */
export function injectChange(text: string, kind: ChangeKind, rand: Rand): Edit {
  switch (kind) {
    case 'year':
      return replace(text, /\b(?:19[5-9]\d|20[0-3]\d)\b(?!s)/, rand, (m) =>
        String(Number(m[0]) + 1 + Math.floor(rand() * 3)),
      );
    case 'date':
      return (
        replace(text, new RegExp(`\\b(?:${MONTHS}) (\\d{1,2})\\b`), rand, (m) =>
          m[0].replace(/\d+$/, (d) => String(((Number(d) + 1) % 28) + 1)),
        ) ??
        replace(text, new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`), rand, (m) =>
          pick(
            rand,
            WEEKDAYS.filter((d) => d !== m[0]),
          ),
        )
      );
    case 'figure':
      return (
        replace(
          text,
          new RegExp(
            `(?<!(?:${MONTHS}) )\\b(?!(?:19|20)\\d\\d\\b)\\d{1,3}(?:,\\d{3})*\\b(?![.,]\\d)(?! (?:${MONTHS}))`,
          ),
          rand,
          (m) => figure(m[0]),
        ) ??
        replace(
          text,
          new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`),
          rand,
          (m) => NUMBER_WORDS[(NUMBER_WORDS.indexOf(m[0]) + 2) % NUMBER_WORDS.length] ?? null,
        )
      );
    case 'verb':
      return replace(text, /\b(?:said|says|told|added)\b/, rand, (m) =>
        m[0] === 'told'
          ? 'assured'
          : m[0] === 'says'
            ? pick(rand, ['claims', 'admits', 'insists'])
            : pick(rand, ['claimed', 'admitted', 'insisted', 'conceded']),
      );
    case 'hedge':
      return (
        replace(
          text,
          /\b(?:reportedly|allegedly|apparently) (?=\S)|\b(?:nearly|almost|about|roughly) (?=\d)/,
          rand,
          () => '',
        ) ??
        replace(
          text,
          /\b(?:is|was|were|are|has|have|had)\b/,
          rand,
          (m) => `${pick(rand, ['reportedly', 'allegedly'])} ${m[0]}`,
        )
      );
    case 'condition':
      return (
        replace(text, /\bif\b/, rand, () => 'as') ??
        replace(text, /\b(?:is|was|are|were)\b(?= \w+ed\b)/, rand, () =>
          pick(rand, ['could be', 'will be']),
        )
      );
    case 'negation': {
      const pair = ANTONYMS.filter(([x, y]) => new RegExp(`\\b(?:${x}|${y})\\b`).test(text));
      if (pair.length > 0) {
        const [x, y] = pick(rand, pair);
        return replace(text, new RegExp(`\\b(?:${x}|${y})\\b`), rand, (m) => (m[0] === x ? y : x));
      }
      return replace(
        text,
        /\b(?:is|was|are|were|has|have|had|will|can|could|would|did)\b(?! not)/,
        rand,
        (m) => `${m[0]} not`,
      );
    }
    case 'role':
      return (
        replace(text, /\b(?:senior|chief|deputy|former|acting|interim) (?=\w)/, rand, (m) =>
          pick(
            rand,
            ['', 'junior ', 'current ', 'permanent '].filter((r) => r !== m[0]),
          ),
        ) ??
        replace(text, ROLE, rand, (m) => `${pick(rand, ['senior', 'deputy', 'former'])} ${m[0]}`)
      );
    case 'spelling':
      return replace(text, /(?<=[a-z,] )[A-Z][a-z]{4,}\b/, rand, (m) => {
        const w = m[0];
        const k = 1 + Math.floor(rand() * (w.length - 3));
        const swapped = w.slice(0, k) + (w[k + 1] ?? '') + (w[k] ?? '') + w.slice(k + 2);
        return swapped === w ? null : swapped;
      });
  }
}

// Edits that change no fact: abbreviations, spelling variants, a pronoun for the speaker named before.
// prettier-ignore
const BENIGN: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/\bSenator\b/, () => 'Sen.'], [/\bSen\. /, () => 'Senator '], [/\bGovernor\b/, () => 'Gov.'],
  [/\bper cent\b/, () => 'percent'], [/\bpercent\b/, () => 'per cent'], [/\bworkforce\b/, () => 'work force'],
  [/\b([a-z]{3,})is(e|ed|es|ing)\b/, (m) => `${m[1]}iz${m[2]}`], [/\b([a-z]{3,})our(s?)\b/, (m) => `${m[1]}or${m[2]}`],
  [/\bsaid that\b/, () => 'said'], [/\bsaid\b/, () => 'says'], [/\bUS\b/, () => 'U.S.'],
];

/** Whether offset i of a text lies inside a quotation (an odd number of quote marks before it). */
const quotedAt = (t: string, i: number) => (t.slice(0, i).match(/["“”]/g)?.length ?? 0) % 2 === 1;

function benign(text: string, rand: Rand): string {
  let t = text;
  // A quotation is verbatim: even a spelling variant inside one changes what was quoted.
  for (const [re, by] of BENIGN)
    if (rand() < 0.5) {
      const e = replace(t, re, rand, by);
      if (e && !quotedAt(t, e.start)) t = e.text;
    }
  // "Doe said" -> "he said" when Doe is named earlier in the paragraph.
  const m = /(?<=\S.*)\b([A-Z][a-z]+) said\b/.exec(t);
  if (m && rand() < 0.7 && t.indexOf(m[1] as string) < m.index)
    t = `${t.slice(0, m.index)}he said${t.slice(m.index + m[0].length)}`;
  return t;
}

/** Paragraphs shorter than this are page furniture more often than reporting: left alone. */
const MIN_WORDS = 8;

/** An altered copy of an article: about half its paragraphs get one change, the rest benign edits. */
export function injectArticle(original: string, seed: number, share = 0.5): InjectedArticle {
  const rand = prng(seed);
  const parts = original.split(/(\n\s*\n)/);
  const changes: Change[] = [];
  const unchanged: Array<[number, number]> = [];
  let out = '';
  let next = Math.floor(rand() * CHANGE_KINDS.length);
  parts.forEach((p, k) => {
    // Separators, the date line and short lines (credits, captions, menus) stay as they are.
    if (k % 2 === 1 || p.trim().split(/\s+/).length < MIN_WORDS || /^\s*date \d/.test(p)) {
      out += p;
      return;
    }
    if (rand() < share) {
      // Try the kinds in turn from the next one, so every kind gets its share.
      for (let t = 0; t < CHANGE_KINDS.length; t++) {
        const kind = CHANGE_KINDS[(next + t) % CHANGE_KINDS.length] as ChangeKind;
        const e = injectChange(p, kind, rand);
        if (!e) continue;
        next = (next + t + 1) % CHANGE_KINDS.length;
        changes.push({ kind, start: out.length + e.start, end: out.length + e.end });
        out += e.text;
        return;
      }
    }
    const b = benign(p, rand);
    unchanged.push([out.length, out.length + b.length]);
    out += b;
  });
  return { original, altered: out, changes, unchanged };
}

/** Recall of injected changes and false alarms per 100 unchanged paragraphs, per kind of change too. */
export interface InjectedScore {
  changes: number;
  found: number;
  recall: number;
  unchanged: number;
  falseAlarms: number;
  per100: number;
  byKind: Record<string, { changes: number; found: number }>;
}

/**
 * Measures a discrepancy finder on altered copies of real articles: `report` returns the spans
 * [start, end) it flags in the altered text (for example through alignment and link selection, as
 * the app does). A change counts as found when a flagged span overlaps it (a dropped word: the words
 * beside it); a flagged span inside an unchanged paragraph is a false alarm.
 */
export function scoreInjected(
  texts: readonly string[],
  seeds: readonly number[],
  report: (original: string, altered: string) => Array<[number, number]>,
): InjectedScore {
  const byKind: InjectedScore['byKind'] = {};
  let changes = 0;
  let found = 0;
  let unchanged = 0;
  let falseAlarms = 0;
  texts.forEach((text, k) => {
    for (const seed of seeds) {
      const inj = injectArticle(text, 1000 * k + seed);
      const spans = report(inj.original, inj.altered);
      for (const c of inj.changes) {
        const pad = c.end === c.start ? 12 : 1;
        const hit = spans.some(([s, e]) => s < c.end + pad && c.start - pad < e);
        const slot = (byKind[c.kind] ??= { changes: 0, found: 0 });
        slot.changes++;
        changes++;
        if (hit) {
          slot.found++;
          found++;
        }
      }
      for (const [s, e] of inj.unchanged) {
        unchanged++;
        falseAlarms += spans.filter(([x, y]) => x >= s && y <= e).length;
      }
    }
  });
  return {
    changes,
    found,
    recall: changes === 0 ? 0 : found / changes,
    unchanged,
    falseAlarms,
    per100: unchanged === 0 ? 0 : (100 * falseAlarms) / unchanged,
    byKind,
  };
}
