/**
 * Rule-based English sentence splitter for news text. It walks the whitespace-separated tokens once
 * and decides after each token whether a sentence ends there, looking at the token's closing
 * punctuation and at the next token. Offsets always point into the original text.
 */
import {
  abbreviationKind,
  isContinuationWord,
  isSentenceStarter,
  opensTimePhrase,
} from './abbreviations.ts';

/** A [start, end) range of one sentence within the text given to splitSentences. */
export type Range = readonly [number, number];

interface Token {
  start: number;
  end: number;
  /** Line breaks in the whitespace before this token (0 for a token glued to the previous one). */
  breaks: number;
}

type Opening = 'lower' | 'upper' | 'digit' | 'other';

const OPENERS = /^["'“‘«([{¿¡]+/u;
const BULLET = /^[•◦▪●‣⁃]/u;
const LINE_BULLET = /^[-–—*]$/u;
const MARKER = /^(?:(\d{1,2})|([a-z]))(?:\.\)?|\))$/u;
const LONE_DOT = /^\.["'”’)\]]*$/u;
// A terminator followed by a character: only then can a sentence end inside the token.
const INNER_TERMINATOR = /[.!?]./su;
const WORD_CHAR = /^[\p{L}\p{N},]$/u;
const NOT_WORD_CHAR = /^[^\p{L}\p{N}]$/u;
const LINKISH = /@|:\/\/|www\./i;

// Trailing runs are found by walking back one character at a time, not with /x+$/, which
// backtracks quadratically on long runs of punctuation.
/** Where the run of characters passing `test` that ends at `to` begins, looking no further back than `from`. */
function tailStart(s: string, test: RegExp, from = 0, to = s.length): number {
  let k = to;
  while (k > from && test.test(s.charAt(k - 1))) k -= 1;
  return k;
}

/** Whether a UTF-16 code unit closes a quotation or bracket: " ' ) ] } » ’ ” */
function isCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 125 ||
    c === 0xbb ||
    c === 0x2019 ||
    c === 0x201d
  );
}

/** The token without its closing quotes and brackets. */
function stripClosers(raw: string): string {
  let k = raw.length;
  while (k > 0 && isCloser(raw.charCodeAt(k - 1))) k -= 1;
  return k === raw.length ? raw : raw.slice(0, k);
}

/** Whether a UTF-16 code unit is a sentence terminator: . ! ? */
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63;

/** Offsets inside a token where a sentence glued to the next one ends: "world.Today", "1,000.That". */
function gluedCuts(raw: string): number[] {
  const cuts: number[] = [];
  // Most tokens have no inner terminator: one native scan answers them.
  if (!INNER_TERMINATOR.test(raw) || LINKISH.test(raw)) return cuts;
  let from = 0;
  for (let j = 0; j < raw.length; j += 1) {
    if (!isTerminator(raw.charCodeAt(j))) continue;
    let k = j;
    while (k < raw.length && isTerminator(raw.charCodeAt(k))) k += 1;
    while (k < raw.length && isCloser(raw.charCodeAt(k))) k += 1;
    const word = raw.slice(tailStart(raw, WORD_CHAR, from, j), j);
    const glued = /\p{Lu}/u.test(raw.charAt(k)) && /\p{Ll}/u.test(raw.charAt(k + 1));
    if (glued && word.length > 1 && /[\p{Ll}\p{N}]$/u.test(word) && !abbreviationKind(word)) {
      cuts.push(k);
      from = k;
    }
    j = k - 1;
  }
  return cuts;
}

/** The line breaks in text[from, to) (CR LF counts once; CR, LF, U+2028 and U+2029 each once). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 13) {
      n += 1;
      if (k + 1 < to && text.charCodeAt(k + 1) === 10) k += 1;
    } else if (c === 10 || c === 0x2028 || c === 0x2029) n += 1;
  }
  return n;
}

/** Whether a UTF-16 code unit is white space as \s reads it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The \S+ runs of the text (found by one pass over the characters: no match object per token). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let k = 0;
  while (k < text.length) {
    if (isSpace(text.charCodeAt(k))) {
      k += 1;
      continue;
    }
    const start = k;
    while (k < text.length && !isSpace(text.charCodeAt(k))) k += 1;
    let breaks = lineBreaks(text, last, start);
    let from = start;
    last = k;
    const cuts = gluedCuts(text.slice(start, k));
    for (let c = 0; c < cuts.length; c += 1) {
      const cut = cuts[c] as number;
      tokens.push({ start: from, end: start + cut, breaks });
      from = start + cut;
      breaks = 0;
    }
    tokens.push({ start: from, end: last, breaks });
  }
  return tokens;
}

/** How the token begins once opening quotes and brackets are skipped. */
function opening(raw: string): Opening {
  const first = raw.charCodeAt(0);
  // Plain ASCII letters and digits, by far the most common openings, need no regular expression.
  if (first >= 97 && first <= 122) return 'lower';
  if (first >= 65 && first <= 90) return 'upper';
  if (first >= 48 && first <= 57) return 'digit';
  const c = raw.replace(OPENERS, '').charAt(0);
  if (/\p{Ll}/u.test(c)) return 'lower';
  if (/\p{L}/u.test(c)) return 'upper'; // capitals, and scripts without case
  return /\p{N}/u.test(c) ? 'digit' : 'other';
}

/** The sentence-final mark a token ends with, ignoring closing quotes and brackets. */
function terminal(core: string): 'stop' | 'strong' | 'ellipsis' | null {
  const last = core.charCodeAt(core.length - 1);
  if (last === 0x2026 || (last === 46 && core.endsWith('...'))) return 'ellipsis';
  if (last === 33 || last === 63) return 'strong';
  return last === 46 ? 'stop' : null;
}

/** Numbered or lettered list markers ("1.", "2.)", "b)") that open an item, by sequence or line start. */
function listMarkers(raws: string[], tokens: Token[], bullet: boolean[]): boolean[] {
  const found: { i: number; value: number; alpha: boolean }[] = [];
  raws.forEach((raw, i) => {
    // A marker is two to four characters, after at most one bullet.
    if (raw.length > 5) return;
    const m = MARKER.exec(raw.replace(BULLET, ''));
    const next = raws[i + 1];
    if (!m || next === undefined || opening(next) === 'lower') return;
    if (abbreviationKind(raws[i - 1]?.replace(/\.$/, '') ?? '') === 'numeric') return;
    const value = m[1] ? Number(m[1]) : (m[2] ?? '').charCodeAt(0);
    found.push({ i, value, alpha: !m[1] });
  });
  const marker = raws.map(() => false);
  found.forEach((c, k) => {
    const prev = found[k - 1];
    const next = found[k + 1];
    const atLineStart = c.i === 0 || (tokens[c.i]?.breaks ?? 0) > 0 || bullet[c.i - 1] === true;
    const inSequence =
      (prev?.alpha === c.alpha && prev.value === c.value - 1) ||
      (next?.alpha === c.alpha && next.value === c.value + 1);
    // A lone "a." at a line start is more often a word than a list.
    if (inSequence || (atLineStart && !c.alpha)) marker[c.i] = true;
  });
  return marker;
}

/** For each token, true when no line of its blank-line-separated block ends with sentence punctuation. */
function unpunctuatedBlocks(raws: string[], tokens: Token[]): boolean[] {
  const flags = raws.map(() => false);
  let from = 0;
  let punctuated = false;
  raws.forEach((raw, i) => {
    const next = tokens[i + 1];
    if ((next === undefined || next.breaks > 0) && terminal(stripClosers(raw))) {
      punctuated = true;
    }
    if (next === undefined || next.breaks > 1) {
      flags.fill(!punctuated, from, i + 1);
      from = i + 1;
      punctuated = false;
    }
  });
  return flags;
}

/** The bare word of a token: opening and closing punctuation removed. */
function bareWord(raw: string): string {
  const word = raw.replace(OPENERS, '');
  return word.slice(0, tailStart(word, NOT_WORD_CHAR));
}

/** Whether a token ending in a period closes its sentence, given the word before the period. */
function periodEnds(
  word: string,
  next: string,
  nextOpening: Opening,
  timeOpener: boolean,
  afterCapital: boolean,
): boolean {
  // A capital letter alone after a capitalised word is a middle initial ("William P. Barr", "Scott
  // C. Brown"), though "p." and "c." stand before numbers ("p. 55") and "vitamin C." ends a sentence.
  const initial = afterCapital && /^\p{Lu}$/u.test(word);
  switch (initial ? 'ambiguous' : abbreviationKind(word)) {
    case 'title':
    case 'fixed':
      return false;
    case 'numeric':
      return nextOpening !== 'digit' && nextOpening !== 'lower';
    case 'time':
      return nextOpening === 'upper' && !timeOpener;
    case 'ambiguous':
      // "U.S. Government" goes on, "U.S. How about you?" does not; "J. R. R. Tolkien" goes on.
      return (
        nextOpening === 'upper' && !/^\p{Lu}\.$/u.test(next) && isSentenceStarter(bareWord(next))
      );
    default:
      return nextOpening !== 'lower';
  }
}

// Copies of one story print the same paragraphs (20 wire copies of 300 paragraphs hold under 2,000
// distinct ones), and a split depends on the text alone: the splits of recent paragraph-sized texts
// are kept. Bounded: texts up to CACHED_CHARS long, emptied when RECENT_LIMIT texts are held.
const RECENT_LIMIT = 2048;
const CACHED_CHARS = 2000;
const recent = new Map<string, readonly Range[]>();

/** Splits text into trimmed sentence ranges that cover every non-space character in order. */
export function splitSentences(text: string): Range[] {
  if (text.length > CACHED_CHARS) return split(text);
  let ranges = recent.get(text);
  if (ranges === undefined) {
    if (recent.size >= RECENT_LIMIT) recent.clear();
    ranges = split(text);
    recent.set(text, ranges);
  }
  // A copy: the caller may change its array, never the kept one (the ranges themselves are read-only).
  return ranges.slice();
}

function split(text: string): Range[] {
  const tokens = tokenize(text);
  const raws = tokens.map((t) => text.slice(t.start, t.end));
  const bullet = raws.map(
    (r, i) =>
      (r.charCodeAt(0) > 0x2000 && BULLET.test(r)) ||
      (r.length === 1 && LINE_BULLET.test(r) && (i === 0 || (tokens[i]?.breaks ?? 0) > 0)),
  );
  const marker = listMarkers(raws, tokens, bullet);
  const unpunctuated = unpunctuatedBlocks(raws, tokens);
  const loneDot = raws.map((r) => r.startsWith('.') && LONE_DOT.test(r));
  // Decisions already taken for the dots of a spaced ellipsis (". . ."), by the word before them.
  const decided = new Map<number, boolean>();

  const endsAfter = (i: number, sentStart: number): boolean => {
    const raw = raws[i] ?? '';
    const next = raws[i + 1] ?? '';
    const known = decided.get(i);
    if (known !== undefined) return known;
    // Lone dots that no word precedes open the sentence that follows them.
    if (loneDot[i]) return false;
    if (loneDot[i + 1]) return spacedEllipsis(i);
    if (marker[i] || (bullet[i] && !raw.endsWith('.'))) return false;
    const atLineBreak = (tokens[i + 1]?.breaks ?? 0) > 0;
    const nextStart = opening(next);
    // A line break counts as the capital that would follow a sentence end.
    const nextOpening = nextStart === 'lower' && atLineBreak ? 'upper' : nextStart;
    const core = stripClosers(raw);
    switch (terminal(core)) {
      case 'strong':
        return nextOpening !== 'lower';
      case 'ellipsis':
        // "[...]" marks an omission inside a quotation, never an end.
        return nextOpening === 'upper' && !/\[(?:\.{3}|…)$/u.test(core);
      case 'stop': {
        const word = core.slice(0, -1).replace(OPENERS, '');
        const first = bareWord(raws[sentStart] ?? '');
        const timeOpener = i - sentStart <= 4 && opensTimePhrase(first);
        const before = i > sentStart ? bareWord(raws[i - 1] ?? '') : '';
        return periodEnds(word, next, nextOpening, timeOpener, /^\p{Lu}/u.test(before));
      }
      default: {
        if (!atLineBreak) return false;
        // A heading or caption line without final punctuation ends at its line break, unless it is
        // a wrapped line of prose: the next line starts in lower case or this one ends mid-phrase.
        if (unpunctuated[i]) return true;
        const midPhrase = /[,;:\-–—&/(]$/u.test(raw) || isContinuationWord(bareWord(raw));
        return nextStart !== 'lower' && !midPhrase;
      }
    }
  };

  // Token i is a word followed by lone dots. Four dots in all end a sentence before capitals:
  // "compounds. . . . The" ends after the word's own period, "a period . . . . Next" after the dots.
  // Three are an ellipsis inside the sentence; one or two are a stray period.
  const spacedEllipsis = (i: number): boolean => {
    let m = 0;
    while (loneDot[i + 1 + m]) m += 1;
    const attached = /[^.]\.$/u.test(stripClosers(raws[i] ?? '')) ? 1 : 0;
    const after = raws[i + 1 + m];
    const capital = after !== undefined && opening(after) === 'upper';
    for (let j = i + 1; j <= i + m; j += 1) decided.set(j, false);
    if (attached + m >= 4) {
      if (capital && attached === 0) decided.set(i + m, true);
      return capital && attached === 1;
    }
    if (attached + m <= 2) decided.set(i + m, after !== undefined && opening(after) !== 'lower');
    return false;
  };

  const ranges: Range[] = [];
  let sentStart = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const next = tokens[i + 1];
    const ends =
      next === undefined ||
      next.breaks > 1 ||
      bullet[i + 1] === true ||
      (marker[i + 1] === true && !bullet[i]) ||
      endsAfter(i, sentStart);
    if (ends) {
      ranges.push([tokens[sentStart]?.start ?? 0, tokens[i]?.end ?? 0]);
      sentStart = i + 1;
    }
  }
  return ranges;
}
