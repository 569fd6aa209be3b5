import { MONTHS, ORG_WORDS, PLACE_WORDS, STOP, TITLES, WEEKDAYS } from './lexicon.ts';
import type { NameFact, NameRole } from './types.ts';
import { bare, cachedByWord, isAllCaps, isCapitalised, words } from './words.ts';
import type { Word } from './words.ts';

// Lower-case particles inside names: "Bank of England", "Osama bin Laden", "al-Qaeda".
const PARTICLES = new Set([
  'of',
  'bin',
  'al',
  'el',
  'de',
  'van',
  'von',
  'la',
  'le',
  'du',
  'da',
  'del',
  'der',
  'di',
  'ibn',
]);
const PLACE_BEFORE = new Set([
  'in',
  'into',
  'to',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'towards',
]);
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);
const ARTICLES = new Set(['a', 'an', 'the']);

// nameKey of a word that is not plain letters.
const spelledKey = (name: string): string =>
  name
    .split(/\s+/)
    .map(bare)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.\-‐‑'’]/g, '');

/** Comparison key of a name: lower case, no diacritics, possessive, dots, hyphens or spaces. */
export const nameKey = cachedByWord((name: string): string =>
  // Most words are plain letters: nothing to strip.
  /^[A-Za-z]+$/.test(name) ? name.toLowerCase() : spelledKey(name),
);

/** Whether word n starts a sentence (text start, after . ! ? : or an opening quote). */
function sentenceStart(ws: Word[], n: number): boolean {
  const w = ws[n];
  return n === 0 || w === undefined || /[.!?:;]["'”’)\]]*\s+["'“‘(]*$|\n\s*$|["“‘]$/.test(w.before);
}

/** Whether a sentence is written in Title Case (a headline), where capitals say nothing. */
function titleCase(ws: Word[]): boolean {
  // Four content words or more, all capitalised: prose stops at its first lower-case content word.
  let content = 0;
  for (const w of ws) {
    if (STOP.has(w.lower) || !/\p{L}/u.test(w.text)) continue;
    if (!isCapitalised(w.text)) return false;
    content++;
  }
  return content >= 4;
}

const capWord = (w: Word) =>
  isCapitalised(w.text) && !CALENDAR.has(bare(w.text)) && /\p{L}/u.test(w.text);

function roleOf(ws: Word[], first: number, last: number, titled: boolean): NameRole {
  const lastWord = ws[last];
  const next = ws[last + 1];
  const prev = ws[first - 1];
  if (titled) return 'person';
  if (lastWord && ORG_WORDS.has(bare(lastWord.text))) return 'org';
  if (next && PLACE_WORDS.has(next.lower) && next.before === ' ') return 'place';
  if (prev && PLACE_WORDS.has(prev.lower) && ws[first - 1 - 1]?.lower !== 'the') return 'place';
  if (prev && prev.lower === 'of' && PLACE_WORDS.has(ws[first - 2]?.lower ?? '')) return 'place';
  // An adjective use ("Afghan soldiers") names a group or nationality.
  if (
    first === last &&
    next &&
    next.before === ' ' &&
    /^\p{Ll}/u.test(next.text) &&
    !STOP.has(next.lower)
  )
    return 'group';
  if (prev && PLACE_BEFORE.has(prev.lower)) return 'place';
  return 'unknown';
}

/** Finds names of people, places and organisations from capitalisation and context. */
export function extractNames(text: string, ws: Word[] = words(text)): NameFact[] {
  // Capitalised words seen mid-sentence are known names, so they count at a sentence start too.
  const known = new Set(
    ws.filter((w, n) => capWord(w) && !sentenceStart(ws, n)).map((w) => bare(w.text)),
  );
  const headline = titleCase(ws);
  const out: NameFact[] = [];
  let n = 0;
  while (n < ws.length) {
    const w = ws[n] as Word;
    const hyphenLead =
      PARTICLES.has(w.lower) && ws[n + 1]?.before === '-' && capWord(ws[n + 1] as Word);
    if (!capWord(w) && !hyphenLead) {
      n++;
      continue;
    }
    let last = n;
    for (;;) {
      const nx = ws[last + 1];
      if (!nx || !/^(?: |-)$/.test(nx.before)) break;
      if (capWord(nx)) last++;
      else if (
        PARTICLES.has(nx.lower) &&
        ws[last + 2] &&
        capWord(ws[last + 2] as Word) &&
        /^(?: |-)$/.test(ws[last + 2]?.before ?? '')
      )
        last += 2;
      else if (nx.before === '-' && /^\p{Ll}/u.test(nx.text) && ws[last + 2]?.before === '-')
        last++;
      else break;
    }
    let first = n;
    n = last + 1;
    if (headline) continue;
    // Drop sentence-start function words, titles and a lone dateline in capitals.
    let titled = false;
    while (first <= last) {
      const f = ws[first] as Word;
      const atStart = sentenceStart(ws, first);
      if (TITLES.has(f.lower) && first < last) {
        titled = true;
        first++;
      } else if (ARTICLES.has(f.lower) && first < last) {
        first++;
      } else if (
        atStart &&
        (STOP.has(f.lower) || (first === last && !known.has(bare(f.text)) && !listed(ws, last)))
      ) {
        first++;
      } else break;
    }
    if (first > last) continue;
    if (first === 0 && isAllCaps(ws[0]?.text ?? '') && /^,/.test(ws[last + 1]?.before ?? ''))
      continue;
    const s = ws[first] as Word;
    const e = ws[last] as Word;
    const name = text.slice(s.start, e.end);
    const role = roleOf(ws, first, last, titled || TITLES.has(ws[first - 1]?.lower ?? ''));
    out.push({ kind: 'name', start: s.start, end: e.end, text: name, role, key: nameKey(name) });
  }
  return out;
}

/** Whether a lone sentence-start capital is followed by "and X" or ", X": an item in a list of names. */
function listed(ws: Word[], n: number): boolean {
  const a = ws[n + 1];
  const b = ws[n + 2];
  if (a && /^,\s$/.test(a.before) && capWord(a)) return true;
  return a?.lower === 'and' && b !== undefined && capWord(b);
}
