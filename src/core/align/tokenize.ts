import {
  EXPANSIONS,
  MAGNITUDES,
  NUMBER_WORDS,
  PHRASES,
  STOPWORDS,
  SYNONYM_GROUPS,
} from './lexicon.ts';
import { stem } from './stem.ts';

/** The content terms of a sentence, in reading order, and the terms written as names. */
export interface Terms {
  terms: string[];
  /** Terms whose surface form was capitalised inside the sentence (likely names). */
  names: string[];
}

// Letters and digits, joined by an inner apostrophe, dot or digit-group comma ("Nato's", "U.S", "1,000").
const WORD = /[\p{L}\p{N}]+(?:(?:['’.]|,(?=\d{3}))[\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}+/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SURROGATE = /[\ud800-\udfff]/;
// A letter or number beyond ASCII; without one, WORD's matches are those of ASCII_WORD.
const WIDE_WORD_UNIT = /(?=[\u0080-\uffff])[\p{L}\p{N}]/u;
const ASCII_WORD = /[A-Za-z0-9]+(?:(?:['’.]|,(?=[0-9]{3}))[A-Za-z0-9]+)*/g;

/** Whether a UTF-16 unit (not a surrogate) is a letter or a number (ASCII answered by code). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_NUMBER.test(String.fromCharCode(c));
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The matches of WORD in order, found by one pass over the characters: the expression's Unicode classes
 * cost most of tokenising. A text with characters beyond the BMP is left to the expression.
 */
export function wordMatches(text: string): string[] {
  if (SURROGATE.test(text)) return Array.from(text.matchAll(WORD), (m) => m[0]);
  // Most texts write their words in ASCII (curly quotes and dashes aside): a native expression finds them.
  if (!WIDE_WORD_UNIT.test(text)) return text.match(ASCII_WORD) ?? [];
  const out: string[] = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    if (!isWordUnit(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < n && isWordUnit(text.charCodeAt(k))) k++;
    // Joined on: an apostrophe or dot before a letter or number, a comma before three digits.
    while (k + 1 < n) {
      const c = text.charCodeAt(k);
      const joins =
        c === 39 || c === 0x2019 || c === 46
          ? isWordUnit(text.charCodeAt(k + 1))
          : c === 44 &&
            k + 3 < n &&
            isAsciiDigit(text.charCodeAt(k + 1)) &&
            isAsciiDigit(text.charCodeAt(k + 2)) &&
            isAsciiDigit(text.charCodeAt(k + 3));
      if (!joins) break;
      k++;
      while (k < n && isWordUnit(text.charCodeAt(k))) k++;
    }
    out.push(text.slice(start, k));
  }
  return out;
}
const DIGIT_GROUPS = /^\d{1,3}(?:,\d{3})+$/;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const DERIVED = ['al', 'ly', 'ment', 'ation', 'ion', 'ness', 'ity'];

const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const head = stem(group[0] as string);
    for (const w of group) {
      const s = stem(w);
      if (!map.has(s)) map.set(s, head);
    }
  }
  return map;
})();

// First words of the PHRASES keys: only after one of them can a word complete a phrase.
const PHRASE_HEADS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((k) => k.slice(0, k.indexOf(' '))));

/** Whether a word starts with a capital letter (ASCII fast path). */
function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCodePoint(w.codePointAt(0) as number);
  return first !== first.toLowerCase();
}

// Characters that need the clean-up below: apostrophes, dots and commas inside a word.
const INNER_MARKS = /['’.,]/;

// Per UTF-16 unit: 1 when folding leaves it alone, 2 when not, 0 until asked (see unfolded).
const UNFOLDED = new Uint8Array(65536);
const MARK = /\p{M}/u;
const WIDE = /[\u0080-\uffff]/g;

/**
 * Whether folding leaves a character alone: NFKD keeps it, it is no mark, and it is no combining
 * character that NFKD would reorder (its combining class is 0: it moves past neither a class-1 mark
 * after it nor the class-240 one before it). ASCII, curly quotes and dashes are; a text of such
 * characters needs no normalisation.
 */
function unfolded(c: number): boolean {
  let v = UNFOLDED[c] as number;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const alone = (x: string) => x.normalize('NFKD') === x;
    const safe = (c < 0xd800 || c > 0xdfff) && alone(ch) && !MARK.test(ch) && alone(`${ch}\u0334`) && alone(`\u0345${ch}`);
    UNFOLDED[c] = v = safe ? 1 : 2;
  }
  return v === 1;
}

/** Folds accents and typographic quotes so "Tajikistan’s" and "Tajikistan's" read alike. */
export function foldText(text: string): string {
  // Most texts have nothing to fold (ASCII with curly quotes and dashes): skip the costly normalisation.
  WIDE.lastIndex = 0;
  for (let m = WIDE.exec(text); m !== null; m = WIDE.exec(text)) {
    if (!unfolded(text.charCodeAt(m.index))) return text.normalize('NFKD').replace(MARKS, '');
  }
  return text;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A rounded stand-in for a large number that is not a year: 1,037 and 1,000 both give "~1000". */
function approx(n: number): string | null {
  if (!Number.isFinite(n) || n < 100 || (n >= YEAR_MIN && n <= YEAR_MAX && Number.isInteger(n))) {
    return null;
  }
  const p = 10 ** Math.floor(Math.log10(n));
  return `~${Math.round(n / p) * p}`;
}

/** Turns one surface word into zero or more terms (numbers normalised, stemmed, synonyms folded). */
function termOf(raw: string): string {
  const s = stem(raw);
  const direct = SYNONYMS.get(s);
  if (direct !== undefined) return direct;
  // A derived form of a synonym ("withdrawal", "rapidly") joins its base word's group.
  for (const suffix of DERIVED) {
    if (s.length - suffix.length >= 4 && s.endsWith(suffix)) {
      const base = SYNONYMS.get(stem(s.slice(0, -suffix.length)));
      if (base !== undefined) return base;
    }
  }
  return s;
}

/** What tokenize makes of one surface word whatever its neighbours, worked out once per distinct word. */
interface Word {
  /** Lowercased, without possessive, inner apostrophes, digit-group commas and inner dots ('' for nothing left). */
  lower: string;
  capital: boolean;
  /** Whether a phrase can start with it. */
  head: boolean;
  magnitude: number | undefined;
  /** The term of a numeral or number word. */
  number: string | undefined;
  stop: boolean;
  expansion: readonly string[] | undefined;
  /** The term of a content word (stemmed, synonyms folded), worked out when first needed. */
  term: string | undefined;
}

/** Words already seen by tokenize: a corpus repeats its vocabulary many times over. */
export type TokenCache = Map<string, Word>;

function wordOf(raw: string): Word {
  let w = raw;
  if (INNER_MARKS.test(w)) {
    // Possessives and inner apostrophes: "Nato's" -> "Nato", "don't" -> "dont".
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
    if (DIGIT_GROUPS.test(w)) w = w.replace(/,/g, '');
    else if (w.includes(',')) w = w.replace(/,/g, '');
    if (w.includes('.') && !isDigit(w.charCodeAt(0))) w = w.replace(/\./g, '');
  }
  const lower = w.length === 0 ? '' : w === 'US' ? 'usa' : w.toLowerCase();
  const numberWord = NUMBER_WORDS.get(lower);
  return {
    lower,
    capital: w.length > 0 && isCapital(w),
    head: PHRASE_HEADS.has(lower),
    magnitude: MAGNITUDES.get(lower),
    number: numberWord ?? (isDigit(lower.charCodeAt(0)) ? lower : undefined),
    stop: STOPWORDS.has(lower),
    expansion: EXPANSIONS.get(lower),
    term: undefined,
  };
}

/** Splits a sentence into content terms: lowercased, stemmed, numbers and synonyms folded. */
export function tokenize(text: string, cache: TokenCache = new Map()): Terms {
  const terms: string[] = [];
  const names: string[] = [];
  let prev = '';
  let prevHead = false;
  let prevTerm = -1;
  let first = true;
  let lastNumber = -1;
  const words = wordMatches(foldText(text));
  for (let k = 0; k < words.length; k++) {
    const raw = words[k] as string;
    let word = cache.get(raw);
    if (word === undefined) {
      word = wordOf(raw);
      cache.set(raw, word);
    }
    const lower = word.lower;
    if (lower.length === 0) continue;
    const wasFirst = first;
    first = false;

    const phrase = prevHead ? PHRASES.get(`${prev} ${lower}`) : undefined;
    const prevIndex = prevTerm;
    prev = lower;
    prevHead = word.head;
    prevTerm = -1;
    if (phrase !== undefined) {
      if (prevIndex >= 0) terms[prevIndex] = phrase;
      else terms.push(phrase);
      prevTerm = terms.length - 1;
      continue;
    }
    const magnitude = word.magnitude;
    if (magnitude !== undefined && lastNumber === terms.length - 1 && lastNumber >= 0) {
      const n = Number(terms[lastNumber]) * magnitude;
      terms[lastNumber] = String(n);
      continue;
    }
    if (word.number !== undefined) {
      terms.push(word.number);
      lastNumber = terms.length - 1;
      continue;
    }
    if (word.stop) continue;
    if (word.expansion !== undefined) {
      terms.push(...word.expansion);
      continue;
    }
    word.term ??= termOf(lower);
    terms.push(word.term);
    prevTerm = terms.length - 1;
    if (word.capital && !wasFirst) names.push(word.term);
  }
  // Rounded stand-ins for large numbers, added after the exact ones.
  const extra: string[] = [];
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k] as string;
    if (isDigit(t.charCodeAt(0))) {
      const a = approx(Number(t));
      if (a !== null && a !== t) extra.push(a);
    }
  }
  return { terms: extra.length > 0 ? terms.concat(extra) : terms, names };
}

/** Lowercased words of a text with punctuation and quote style ignored: equal keys mean identical text. */
export function textKey(text: string): string {
  const words = wordMatches(foldText(text).toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (INNER_MARKS.test(w)) words[k] = w.replace(/['’.,]/g, '');
  }
  return words.join(' ');
}
