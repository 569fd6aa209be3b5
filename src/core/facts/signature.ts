import {
  ANONYMOUS,
  CUES,
  FRACTIONS,
  MULTIPLIERS,
  NEGATORS,
  NUMBER_WORDS,
  OPPOSITES,
  ORDINALS,
  UNITS,
  VAGUE,
} from './lexicon.ts';
import {
  ABBREVIATIONS,
  ANTONYMS,
  CONDITIONAL,
  HEDGE_WORDS,
  NUMBER_HEDGES,
  PROSPECTIVE,
  RANKS,
  REPORTING,
  ROLES,
  SETTLED,
  UNSETTLED,
  root,
} from './lexicon-change.ts';
import { cachedByWord, type Word } from './words.ts';

/** The comparison key of a word: lower case, straight apostrophe, no possessive or dots, abbreviations spelled out. */
const ABBR = new Map(Object.entries(ABBREVIATIONS));

export const wordKey = cachedByWord((text: string): string => {
  const lower = text.toLowerCase();
  if (/^[a-z]+$/.test(lower)) return ABBR.get(lower) ?? lower;
  const k = lower.replace(/’/g, "'").replace(/'s?$/, '').replace(/\./g, '');
  return ABBR.get(k) ?? k;
});

// Plain words that can carry a fact: numbers, units, dates, sourcing, hedges, negation, opposites, roles.
const PLAIN = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(MULTIPLIERS),
  ...Object.keys(VAGUE),
  ...Object.keys(ORDINALS),
  ...Object.keys(FRACTIONS),
  ...Object.keys(UNITS),
  ...NEGATORS,
  ...CUES,
  ...ANONYMOUS,
  ...CONDITIONAL,
  ...NUMBER_HEDGES,
  ...OPPOSITES.flat(),
  ...`cent many excess greater beyond above below upwards just tens yesterday today tonight tomorrow
  last this next week weekend month year night morning evening according anonymity declined
  authorized authorised carried published broadcast relayed quoted cited`.split(/\s+/),
]);
/** What a word can do to a claim, as bits (see flagsOf). */
export const F = {
  reporting: 1,
  hedge: 2,
  prospective: 4,
  conditional: 8,
  settled: 16,
  unsettled: 32,
  rank: 64,
  role: 128,
  negator: 256,
  antonym: 512,
  plain: 1024,
} as const;

const BITS: ReadonlyArray<readonly [number, { has(k: string): boolean }]> = [
  [F.reporting, REPORTING],
  [F.hedge, HEDGE_WORDS],
  [F.prospective, PROSPECTIVE],
  [F.settled, SETTLED],
  [F.unsettled, UNSETTLED],
  [F.rank, RANKS],
  [F.role, ROLES],
];
const known = new Map<string, number>();
const roots = new Map<string, string>();

/** The root of a word key (cached). */
export function rootOf(key: string): string {
  let r = roots.get(key);
  if (r === undefined) {
    r = root(key);
    if (roots.size > 50_000) roots.clear();
    roots.set(key, r);
  }
  return r;
}

/** The bits of a word key (cached: words repeat across sentences and articles). */
export function flagsOf(key: string): number {
  let f = known.get(key);
  if (f === undefined) {
    const r = rootOf(key);
    f = 0;
    for (const [bit, set] of BITS) if (set.has(r)) f |= bit;
    if (CONDITIONAL.has(key)) f |= F.conditional;
    if (NEGATORS.has(key) || key.endsWith("n't")) f |= F.negator;
    if (ANTONYMS.some(([x, y]) => x.has(r) || y.has(r))) f |= F.antonym;
    if (/\d/.test(key) || PLAIN.has(key)) f |= F.plain;
    // The cache holds one entry per distinct word; bounded for safety on unusual input.
    if (known.size > 50_000) known.clear();
    known.set(key, f);
  }
  return f;
}

/** Whether a word starts with an upper-case letter (ASCII answered by code, others by /^\p{Lu}/u). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/**
 * The marker words of a sentence in order (capitalised words and words with flags). Two sentences
 * with the same signature carry the same numbers, dates, names, sourcing, hedges, negations and
 * roles: their facts cannot disagree.
 */
export function signature(
  ws: readonly Word[],
  keys: readonly string[],
  flags: readonly number[],
): string {
  let sig = '';
  ws.forEach((w, k) => {
    if (flags[k] !== 0 || startsUpper(w.text)) sig += `${keys[k] as string}\u0001`;
  });
  return sig;
}
