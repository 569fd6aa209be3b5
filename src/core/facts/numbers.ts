import {
  FRACTIONS,
  HEDGES,
  MULTIPLIERS,
  NUMBER_WORDS,
  ORDINALS,
  STOP,
  UNITS,
  VAGUE,
} from './lexicon.ts';
import type { Hedge, NumberFact } from './types.ts';
import { stem, words } from './words.ts';
import type { Word } from './words.ts';

const NUMERAL = /^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const BIG = Number.MAX_VALUE;

interface Core {
  first: number;
  last: number;
  value: number;
  unit: string;
  vague?: readonly [number, number];
}

const joined = (w: Word | undefined) => w !== undefined && w.before === '-';

function numeral(w: Word | undefined): number | null {
  if (!w || !NUMERAL.test(w.text)) return null;
  return Number(w.text.replace(/,/g, ''));
}

function wordValue(ws: Word[], n: number): [number, number] | null {
  const w = ws[n];
  if (!w) return null;
  let v = numeral(w) ?? NUMBER_WORDS[w.lower];
  if (v === undefined || v === null) return null;
  let last = n;
  // "twenty-five"
  const unit = ws[n + 1];
  if (v >= 20 && v < 100 && joined(unit) && unit && (NUMBER_WORDS[unit.lower] ?? 10) < 10) {
    v += NUMBER_WORDS[unit.lower] ?? 0;
    last++;
  }
  for (
    let m = MULTIPLIERS[ws[last + 1]?.lower ?? ''];
    m !== undefined;
    m = MULTIPLIERS[ws[last + 1]?.lower ?? '']
  ) {
    v *= m;
    last++;
  }
  return [v, last];
}

const PART_OF_DECADE: Record<string, readonly [number, number]> = {
  early: [0, 3],
  mid: [3, 6],
  late: [6, 9],
};

/** An age or a decade: "30s", "the 1990s", "in her late 30s" (early, mid, late narrow the range). */
function decadeAt(ws: Word[], n: number): Core | null {
  const m = /^(\d*[1-9]0)s$/.exec(ws[n]?.lower ?? '');
  if (!m) return null;
  const v = Number(m[1]);
  const part = PART_OF_DECADE[ws[n - 1]?.lower ?? ''];
  const [lo, hi] = part ?? [0, 9];
  return {
    first: part ? n - 1 : n,
    last: n,
    value: v + lo,
    unit: 'decade',
    vague: [v + lo, v + hi],
  };
}

/**
 * A fraction written with a slash at word n ("1/3", "3/4"): its value and last word. Only a proper
 * fraction, and not inside a longer slash run ("1/3/2024") or after a digit or slash.
 */
function slashFraction(ws: Word[], n: number): [number, number] | null {
  const [w, d] = [ws[n], ws[n + 1]];
  if (!w || !d || d.before !== '/' || !/^\d{1,2}$/.test(w.text) || !/^\d{1,3}$/.test(d.text))
    return null;
  if (/[/\d]$/.test(w.before) || ws[n + 2]?.before === '/') return null;
  const [x, y] = [Number(w.text), Number(d.text)];
  return x >= 1 && y >= 2 && x < y ? [x / y, n + 1] : null;
}

/**
 * A slash fraction that reads as an amount: of something ("1/3 of the vote", "3/4 of a point"), of
 * a unit ("1/2 year"), or after a whole number and before a unit or plural ("2 1/2 miles"). Not a
 * date or a name: "on 1/3", "9/11", "24/7", nor the end of one ("after 9/11 1/3 of staff left").
 */
function fractionAt(ws: Word[], n: number): Core | null {
  if (/[/:]$/.test(ws[n]?.before ?? '')) return null;
  const whole = numeral(ws[n]);
  const mixed =
    whole !== null && Number.isInteger(whole) && ws[n + 1]?.before === ' '
      ? slashFraction(ws, n + 1)
      : null;
  const f = mixed ?? slashFraction(ws, n);
  if (f === null) return null;
  const after = ws[f[1] + 1];
  if (after === undefined || after.before !== ' ') return null;
  const unit = UNITS[stem(after.text)] !== undefined;
  // "2 1/2 miles" is one amount; "of the 300 1/3 voted", two numbers.
  if (mixed !== null)
    return unit || /^\p{Ll}+s$/u.test(after.text)
      ? { first: n, last: f[1], value: (whole as number) + f[0], unit: '' }
      : null;
  if (after.lower === 'of') return { first: n, last: f[1], value: f[0], unit: 'fraction' };
  return unit ? { first: n, last: f[1], value: f[0], unit: '' } : null;
}

/** The number expression starting at word n, if any. */
function core(ws: Word[], n: number): Core | null {
  const w = ws[n];
  if (!w) return null;
  const next = ws[n + 1];
  const fraction = FRACTIONS[next?.lower ?? ''];
  // "a third", "one-third", "two-thirds"
  if (
    fraction !== undefined &&
    (w.lower === 'a' || w.lower === 'an' || NUMBER_WORDS[w.lower] !== undefined)
  ) {
    const count = w.lower === 'a' || w.lower === 'an' ? 1 : (NUMBER_WORDS[w.lower] ?? 1);
    return { first: n, last: n + 1, value: count * fraction, unit: 'fraction' };
  }
  const decade = decadeAt(ws, n);
  if (decade) return decade;
  if (w.lower === 'half' && ws[n - 1]?.lower !== 'a')
    return { first: n, last: n, value: 0.5, unit: 'fraction' };
  if (
    (w.lower === 'a' || w.lower === 'an') &&
    next &&
    (next.lower === 'dozen' || MULTIPLIERS[next.lower])
  ) {
    const r = wordValue(ws, n + 1);
    if (r) return { first: n, last: r[1], value: next.lower === 'dozen' ? 12 : r[0], unit: '' };
  }
  if (w.lower === 'tens' && ws[n + 1]?.lower === 'of' && ws[n + 2]?.lower === 'thousands')
    return { first: n, last: n + 2, value: 10000, unit: '', vague: [10000, 99999] };
  const vague = VAGUE[w.lower];
  if (vague) {
    if (w.lower === 'hundreds' && ws[n + 1]?.lower === 'of' && ws[n + 2]?.lower === 'thousands')
      return { first: n, last: n + 2, value: 1e5, unit: '', vague: [1e5, 999999] };
    return { first: n, last: n, value: vague[0], unit: '', vague };
  }
  const ord =
    ORDINALS[w.lower] ?? (/^\d+(st|nd|rd|th)$/.test(w.lower) ? parseInt(w.lower, 10) : undefined);
  if (ord !== undefined && ws[n - 1]?.lower !== 'a')
    return { first: n, last: n, value: ord, unit: 'ordinal' };
  // "one" alone is usually a pronoun or article ("one of those").
  if (w.lower === 'one' && !MULTIPLIERS[next?.lower ?? '']) return null;
  const slashed = fractionAt(ws, n);
  if (slashed) return slashed;
  const r = wordValue(ws, n);
  if (!r) return null;
  // "9/11", "24/7", times: not counts.
  if (/[/:]$/.test(w.before) || ws[r[1] + 1]?.before === '/') return null;
  return { first: n, last: r[1], value: r[0], unit: '' };
}

// Words that can begin a number expression (besides numerals): "a third", "half", "tens of thousands".
const STARTS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(VAGUE),
  ...Object.keys(ORDINALS),
  'a',
  'an',
  'half',
  'tens',
]);
const canStart = (w: Word) => /^\d/.test(w.text) || STARTS.has(w.lower);

/** Whether a four-digit numeral is a calendar year rather than a count. */
export function isYear(ws: Word[], n: number): boolean {
  const w = ws[n];
  if (!w || !/^(1[89]|20)\d\d$/.test(w.text)) return false;
  const next = ws[n + 1];
  return !(next && next.before === ' ' && /^\p{Ll}.*s$/u.test(next.text) && !STOP.has(next.lower));
}

// The hedge phrases in their order, split into words, listed under their last word: only a phrase
// ending in the word before a figure can hedge it.
const HEDGES_BY_LAST = (() => {
  const m = new Map<string, Array<readonly [string, Hedge, string[]]>>();
  for (const [phrase, hedge] of HEDGES) {
    const parts = phrase.split(' ');
    const last = parts[parts.length - 1] as string;
    const list = m.get(last);
    if (list) list.push([phrase, hedge, parts]);
    else m.set(last, [[phrase, hedge, parts]]);
  }
  return m;
})();

function hedgeBefore(ws: Word[], first: number): [Hedge | null, string, number] {
  for (const [phrase, hedge, parts] of HEDGES_BY_LAST.get(ws[first - 1]?.lower ?? '') ?? []) {
    const start = first - parts.length;
    if (start < 0) continue;
    const ok = parts.every(
      (p, k) => ws[start + k]?.lower === p && (k === 0 || ws[start + k]?.before === ' '),
    );
    // The hedge stands right before the figure, or before its currency sign ("more than $1 million").
    if (ok && /^ [$£€]?$/.test(ws[first]?.before ?? '')) return [hedge, phrase, start];
  }
  return [null, '', first];
}

function interval(value: number, hedge: Hedge, phrase: string): [number, number] {
  if (hedge === 'above') return [phrase === 'at least' ? value : value * (1 + 1e-9), BIG];
  if (hedge === 'around') return [value * 0.8, value * 1.2];
  if (hedge === 'below') {
    if (['nearly', 'almost', 'close to', 'just under'].includes(phrase))
      return [value * 0.8, value * (1 - 1e-9)];
    return [0, ['up to', 'at most', 'as many as'].includes(phrase) ? value : value * (1 - 1e-9)];
  }
  return [value, value];
}

/** Finds numbers with their hedge, unit and counted noun; offsets into text. */
export function extractNumbers(text: string, ws: Word[] = words(text)): NumberFact[] {
  const out: NumberFact[] = [];
  for (let n = 0; n < ws.length; n++) {
    if (!canStart(ws[n] as Word) || isYear(ws, n)) continue;
    const c = core(ws, n);
    if (!c) continue;
    let last = c.last;
    let { unit, value } = c;
    // Unit: "20-year", "three days", "10 per cent", "15%".
    const u = ws[last + 1];
    const afterText = text.slice(ws[last]?.end ?? 0, (ws[last]?.end ?? 0) + 1);
    if (afterText === '%') unit = 'percent';
    else if (u && u.lower === 'per' && ws[last + 2]?.lower === 'cent')
      [unit, last] = ['percent', last + 2];
    else if (u && c.unit === '') {
      const conv = UNITS[stem(u.text)];
      if (conv) [unit, value, last] = [conv[0], value * conv[1], last + 1];
    }
    if (/[$£€]\s*$/.test(ws[c.first]?.before ?? '')) unit = 'money';
    const [h, phrase, hs] = c.vague ? ['vague' as Hedge, '', c.first] : hedgeBefore(ws, c.first);
    const hedge: Hedge = h ?? 'exact';
    const [low, high] = c.vague ? [c.vague[0], c.vague[1]] : interval(value, hedge, phrase);
    // What it counts: the content words that follow ("of" after a vague number or fraction is skipped).
    const noun: string[] = [];
    let k = last + 1;
    if (ws[k]?.lower === 'of') k++;
    for (; k < ws.length && noun.length < 3; k++) {
      const x = ws[k];
      if (!x || !/^[\s-]*$/.test(x.before) || STOP.has(x.lower)) break;
      // A past-tense verb after the noun ends the phrase ("1,200 nurses marched").
      if (noun.length > 0 && /ed$/.test(x.lower)) break;
      if (/^\p{Ll}/u.test(x.text)) noun.push(stem(x.text));
    }
    // A number that labels the capitalised word before it (inside a sentence) counts that, and is
    // shown with it: "Article 1", "Flight 370".
    const label = ws[c.first - 1];
    const labelled =
      noun.length === 0 &&
      hs === c.first &&
      unit === '' &&
      label !== undefined &&
      c.first > 1 &&
      ws[c.first]?.before === ' ' &&
      /^\p{Lu}\p{Ll}+$/u.test(label.text) &&
      !/[.!?:"“”]\s*$/u.test(label.before);
    if (labelled) noun.push(stem(label.text));
    const start = (labelled ? label.start : ws[hs]?.start) ?? 0;
    const end = ws[last]?.end ?? start;
    out.push({
      kind: 'number',
      start,
      end,
      text: text.slice(start, end),
      value,
      low,
      high,
      hedge,
      hedgeText: phrase,
      unit,
      noun,
    });
    n = last;
  }
  return out;
}
