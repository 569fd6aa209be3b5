import { STOP } from './lexicon.ts';

/** A word of a text with its offsets and a lower-case form. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index among the word tokens. */
  n: number;
  /** The characters between the previous word and this one (punctuation and spaces). */
  before: string;
}

// The word tokens of the diff tokeniser (src/core/diff/tokens.ts), matched alone: the same words,
// without building the space and punctuation tokens in between.
const WORD = /(?:[\p{L}\p{M}\p{N}]|(?<=[\p{L}\p{M}])['’](?=\p{L})|(?<=\p{N})[.,:](?=\p{N}))+/gu;

/** The words of a text (hyphenated parts are separate words; "before" keeps the hyphen). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let gapStart = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      text: m[0],
      lower: m[0].toLowerCase(),
      n: out.length,
      before: text.slice(gapStart, start),
    });
    gapStart = end;
  }
  return out;
}

/** Strips a possessive and normalises curly apostrophes: "Tajikistan’s" -> "tajikistan". */
export function bare(word: string): string {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
}

// British and American spellings compare equal: colour/color, organise/organize, centre/center.
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/our(s?)$/, 'or$1'],
  [/our(ed|ing|ite|able)$/, 'or$1'],
  [/is(e|ed|es|ing|ation)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/tre(s?)$/, 'ter$1'],
  [/ence$/, 'ense'],
  [/ll(ed|ing)$/, 'l$1'],
  [/ogue$/, 'og'],
  [/ae/g, 'e'],
];

const stems = new Map<string, string>();

/** A crude stem for overlap: lower case, no possessive, no plural, one spelling for British/American. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemOf(word);
    // One entry per distinct word form; bounded for safety on unusual input.
    if (stems.size > 100_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** One spelling for British and American forms of a lower-case word ("organise" -> "organize"). */
export function oneSpelling(word: string): string {
  let w = word;
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  return w;
}

function stemOf(word: string): string {
  const w = oneSpelling(bare(word).replace(/,/g, ''));
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    return w.slice(0, -1);
  return w;
}

/** The content-word stems of a text (function words dropped). */
export function contentStems(text: string, ws: readonly Word[] = words(text)): Set<string> {
  const out = new Set<string>();
  for (const w of ws) if (!STOP.has(w.lower) && !STOP.has(bare(w.text))) out.add(stem(w.text));
  return out;
}

/** Dice overlap of two stem sets in [0, 1]. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  // ASCII answers without the Unicode regex; other scripts take it.
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Whether a word is all capitals and at least two letters ("NATO", "KABUL"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}
