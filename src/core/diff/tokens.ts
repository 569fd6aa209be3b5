import type { DiffOptions } from './types.ts';

/** What a token is made of: a word (letters, digits, inner apostrophes, digit groups), whitespace, or one punctuation code point. */
export type TokenKind = 'word' | 'space' | 'punct';

/** One token of a text: [start, end) offsets into the original string. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

// A word keeps "don't", "1,037" / "3.5" and the dotted initials of "U.S." / "O.K." whole so a change
// never splits them.
// In u mode [\s\S] takes a whole code point (emoji stay whole); a lone surrogate is one unit.
const TOKEN =
  /(\s+)|((?:[\p{L}\p{M}\p{N}]|(?<=[\p{L}\p{M}])['’](?=\p{L})|(?<=\p{N})[.,:](?=\p{N})|(?<=(?<![\p{L}\p{M}\p{N}])\p{L})\.(?=\p{L}(?![\p{L}\p{M}\p{N}])))+)|([\s\S])/gu;

/** Splits text into word, whitespace and punctuation tokens that cover it exactly. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind: TokenKind = m[1] !== undefined ? 'space' : m[2] !== undefined ? 'word' : 'punct';
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The comparison key of a token under the options, or null when the options drop it from comparison. */
export function tokenKey(token: Token, options: DiffOptions): string | null {
  if (token.kind === 'space') return options.ignoreWhitespace ? null : ' ' + token.text;
  if (token.kind === 'punct') {
    if (options.ignorePunctuation) return null;
    return 'p' + token.text;
  }
  // Curly apostrophes inside words are quote style too, and so are the dots of "U.S." / "O.K."
  // (between letters only: "3.5" is not "35").
  let key = options.ignorePunctuation
    ? token.text.replace(/’/g, "'").replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    : token.text;
  if (options.ignoreCase) key = key.toLowerCase();
  if (options.spelling) key = options.spelling(key);
  return 'w' + key;
}

/** The sequence of comparison keys of a text under the options (the text as the diff sees it). */
export function comparisonKeys(text: string, options: DiffOptions = {}): string[] {
  const keys: string[] = [];
  for (const t of tokenize(text)) {
    const k = tokenKey(t, options);
    if (k !== null) keys.push(k);
  }
  return keys;
}
