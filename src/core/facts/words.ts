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

// The word tokens of the diff tokeniser (src/core/diff/tokens.ts), matched alone: runs of letters,
// marks and digits, joined by an apostrophe between a letter and a letter ("don't", "Nato’s") and by
// [.,:] between digits ("1,000", "3.5", "10:30"). Scanned by hand: the equivalent regex with
// lookbehinds cost most of the discrepancy stage's tokenising.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** Kind of the code point at k: 0 none, 1 letter or mark, 2 digit (ASCII answered directly). */
function kindAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  const ch = String.fromCodePoint(text.codePointAt(k) as number);
  if (!WORD_CHAR.test(ch)) return 0;
  return LETTER_OR_MARK.test(ch) ? 1 : 2;
}

/** kindAt of each ASCII character. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => kindAt(String.fromCharCode(c), 0));

/** Length in code units of the code point at k. */
const width = (text: string, k: number) => ((text.codePointAt(k) as number) > 0xffff ? 2 : 1);

/** The code point before position k (a low surrogate steps back two), or -1. */
function before(text: string, k: number): number {
  if (k <= 0) return -1;
  const c = text.charCodeAt(k - 1);
  return c >= 0xdc00 && c <= 0xdfff && k >= 2 ? k - 2 : k - 1;
}

/** Whether a joiner at k (apostrophe, or . , : between digits) continues the word. */
function joins(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  const prev = before(text, k);
  if (prev < 0 || k + 1 >= text.length) return false;
  if (c === 39 || c === 0x2019) {
    const p = text.charCodeAt(prev);
    const left =
      p < 128
        ? (p >= 97 && p <= 122) || (p >= 65 && p <= 90)
        : LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(prev) as number));
    if (!left) return false;
    const n = text.charCodeAt(k + 1);
    return n < 128
      ? (n >= 97 && n <= 122) || (n >= 65 && n <= 90)
      : LETTER.test(String.fromCodePoint(text.codePointAt(k + 1) as number));
  }
  if (c === 46 || c === 44 || c === 58) {
    const isDigit = (at: number) => {
      const d = text.charCodeAt(at);
      return d < 128
        ? d >= 48 && d <= 57
        : DIGIT.test(String.fromCodePoint(text.codePointAt(at) as number));
    };
    return isDigit(prev) && isDigit(k + 1);
  }
  return false;
}

/** The words of a text (hyphenated parts are separate words; "before" keeps the hyphen). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let gapStart = 0;
  let k = 0;
  const n = text.length;
  // An ASCII character (most of an English text) is read here, without a call; kindAt, width and
  // joins answer the same for it.
  while (k < n) {
    const c = text.charCodeAt(k);
    if ((c < 128 ? (ASCII_KIND[c] as number) : kindAt(text, k)) === 0) {
      k += c < 128 ? 1 : width(text, k);
      continue;
    }
    const start = k;
    while (k < n) {
      const d = text.charCodeAt(k);
      if (d < 128) {
        if (ASCII_KIND[d] !== 0) k++;
        else if ((d === 39 || d === 44 || d === 46 || d === 58) && joins(text, k)) k++;
        else break;
      } else if (kindAt(text, k) !== 0) k += width(text, k);
      else if (joins(text, k)) k++;
      else break;
    }
    const word = text.slice(start, k);
    out.push({
      start,
      end: k,
      text: word,
      lower: word.toLowerCase(),
      n: out.length,
      before: text.slice(gapStart, start),
    });
    gapStart = k;
  }
  return out;
}

/**
 * A function of an object, computed once per object while it lives (a paragraph's view, a quotation,
 * an article's names): each is compared with its partner in every other article.
 */
export function cachedByObject<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    // One look-up for a value kept (a kept undefined is looked up twice).
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = f(key);
      cache.set(key, v);
    }
    return v as V;
  };
}

/**
 * A function of one word with a cache: words repeat across sentences, paragraphs and articles. One
 * entry per distinct word; emptied when it grows past `limit`, for safety on unusual input.
 */
export function cachedByWord(
  f: (word: string) => string,
  limit = 100_000,
): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = f(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}

/** Strips a possessive and normalises curly apostrophes: "Tajikistan’s" -> "tajikistan". */
export const bare = cachedByWord((word: string): string => {
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  return word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, '');
});

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
export const oneSpelling = cachedByWord((word: string): string => {
  let w = word;
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  return w;
});

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
