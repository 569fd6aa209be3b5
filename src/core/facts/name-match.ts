import { MONTHS, TITLES, WEEKDAYS } from './lexicon.ts';
import { nameKey } from './names.ts';
import { cachedByObject, cachedByWord } from './words.ts';
import type { ParagraphView } from './pairing.ts';
import type { NameFact } from './types.ts';

/** Whether a fact is a name. */
export const isName = (f: { kind: string }): f is NameFact => f.kind === 'name';

/** Rows of editDistance's table, reused from call to call (names are compared by the thousand). */
let rows = new Int32Array(96);

/**
 * Damerau-Levenshtein distance (an adjacent swap counts one). With `max`, any distance above it is
 * answered as max + 1 as soon as it is certain: only cells within `max` of the diagonal are filled,
 * and the work stops at a row whose every cell exceeds `max` (most names compared are far apart).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  const n = m + 1;
  if (rows.length < 3 * n) rows = new Int32Array(6 * n);
  // Outside the band a cell is at least max + 1: it is written as that, so the band's edges read it.
  const cap = max === Infinity ? 0x3fffffff : max + 1;
  const band = max === Infinity ? Math.max(a.length, m) : max;
  let prev2 = 0;
  let prev = n;
  let row = 2 * n;
  for (let j = 0; j < n; j++) rows[prev + j] = Math.min(j, cap);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    rows[row + lo - 1] = lo === 1 ? Math.min(i, cap) : cap;
    if (hi < m) rows[row + hi + 1] = cap;
    const ca = a.charCodeAt(i - 1);
    let least = rows[row + lo - 1] as number;
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (rows[prev + j] as number) + 1,
        (rows[row + j - 1] as number) + 1,
        (rows[prev + j - 1] as number) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        ca === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, (rows[prev2 + j - 2] as number) + 1);
      if (v > cap) v = cap;
      rows[row + j] = v;
      if (v < least) least = v;
    }
    if (least > max) return max + 1;
    const done = prev2;
    prev2 = prev;
    prev = row;
    row = done;
  }
  return rows[prev + m] as number;
}

/** Two spellings of one name: same first letter, close by edit distance, neither a prefix of the other. */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) > Math.floor(0.3 * Math.max(a.length, b.length))) return false;
  // "Tajik" / "Tajikistan", "Russia" / "Russian": a related form, not a misspelling.
  if (a.startsWith(b) || b.startsWith(a) || derived(a, b)) return false;
  // Two weekdays or months are two dates (compared as dates), not one word misspelt.
  if (CALENDAR.has(a) && CALENDAR.has(b)) return false;
  const most = Math.floor(0.3 * Math.max(a.length, b.length));
  return editDistance(a, b, most) <= most;
}

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

// Endings that make a related form of one stem: "Democrats" / "Democratic", "Iranian" / "Iranis".
const ENDINGS = new Set(
  `s es ic ics ical ian ians an ans n ns ese ish ist ists ism ern i is ite ites al e d ed ing er ers y ies or ors cy t ts ate ates ion ions`.split(
    ' ',
  ),
);

/** Whether two words share a stem of at least four letters and differ only by a derivational ending. */
function derived(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  const [ta, tb] = [a.slice(k), b.slice(k)];
  return k >= 4 && (ta === '' || ENDINGS.has(ta)) && (tb === '' || ENDINGS.has(tb));
}

/** The initials of a name of several capitalised words: "United States" -> "us". */
export const initials = cachedByWord((name: string): string => {
  const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length > 1
    ? caps
        .map((w) => w[0])
        .join('')
        .toLowerCase()
    : '';
});

/** A US party and state after a name: "R-Texas", "(D-Calif.)", "I-Vt.". */
const PARTY_STATE = /(?<![\p{L}\p{N}])([RDI])-(?=\p{Lu})/gu;
const PARTY_HINT = /[RDI]-/;
const PARTIES = {
  R: ['republican', 'republicans', 'gop'],
  D: ['democrat', 'democratic', 'democrats'],
  I: ['independent'],
} as const;

// Per paragraph view, built once (cachedByObject): a paragraph is checked against its partner in every
// other article.

/** The name keys of a paragraph's words, in order (a view's list is shared: do not modify it). */
export const wordKeys = cachedByObject((p: ParagraphView): string[] =>
  p.words.map((w) => nameKey(w.text)),
);

/** The distinct name keys of a paragraph's words (a view's set is shared: do not modify it). */
export const wordKeySet = cachedByObject((p: ParagraphView): Set<string> => new Set(wordKeys(p)));

/**
 * A paragraph's distinct word keys grouped by first letter: a related form or another spelling of a
 * name starts with the same letter, so only that group is searched (a view's map is shared).
 */
export const keysByInitial = cachedByObject((p: ParagraphView): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const k of wordKeySet(p)) {
    const g = m.get(k[0] ?? '');
    if (g) g.push(k);
    else m.set(k[0] ?? '', [k]);
  }
  return m;
});

/**
 * The keys of a paragraph's words, names and name initials: what "is this name over there?" checks.
 * A view's set is shared: do not modify it.
 */
export const vocabulary = cachedByObject((p: ParagraphView): Set<string> => {
  const keys = new Set(wordKeySet(p));
  // "Farenthold, R-Texas": the party letter stands for the party ("the Texas Republican").
  // Most paragraphs have no "R-", "D-" or "I-" at all: one plain scan answers them.
  if (PARTY_HINT.test(p.text))
    for (const m of p.text.matchAll(PARTY_STATE))
      for (const w of PARTIES[m[1] as 'R' | 'D' | 'I']) keys.add(w);
  for (const n of p.facts.filter(isName)) {
    keys.add(n.key);
    for (const part of n.text.split(/\s+/)) keys.add(nameKey(part));
    const inits = initials(n.text);
    if (inits) keys.add(inits);
  }
  return keys;
});

const partsOf = new WeakMap<NameFact, { parts: string[]; inits: string }>();

/** A name's word keys without titles, and its initials (kept per name: it is checked against many paragraphs). */
function nameParts(n: NameFact): { parts: string[]; inits: string } {
  let v = partsOf.get(n);
  if (v === undefined) {
    const parts = n.text
      .split(/\s+/)
      .filter((w) => !TITLES.has(w.toLowerCase()))
      .map(nameKey);
    v = { parts, inits: initials(n.text) };
    partsOf.set(n, v);
  }
  return v;
}

/** Whether a name is present in the other paragraph: same key, all its words, its initials, or a related form. */
export function present(
  n: NameFact,
  vocab: Set<string>,
  otherWords: Map<string, string[]>,
): boolean {
  if (vocab.has(n.key)) return true;
  const { parts, inits } = nameParts(n);
  if (inits !== '' && vocab.has(inits)) return true;
  // A word is there as itself, as a demonym or longer form ("Tajik"/"Tajikistan"), or spelled differently
  // (which compareSpellings reports on its own).
  return parts.every(
    (p) =>
      vocab.has(p) ||
      (otherWords.get(p[0] ?? '') ?? []).some(
        (o) =>
          (o.length >= 4 && p.length >= 4 && (o.startsWith(p) || p.startsWith(o))) ||
          closeSpelling(p, o),
      ),
  );
}
