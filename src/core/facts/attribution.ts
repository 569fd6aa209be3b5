import { ANONYMOUS, CUES, STOP, TITLES, WEEKDAYS } from './lexicon.ts';
import type { AttributionFact, Span } from './types.ts';
import { isCapitalised, words } from './words.ts';
import type { Word } from './words.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'our',
  'to',
  'was',
  'were',
  'be',
  'been',
  'being',
  'are',
  'is',
]);
const AUX = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'earlier',
  'previously',
  'again',
  'will',
  'would',
  'reportedly',
  'once',
  'then',
  'repeatedly',
]);
// A subject ends (going backwards) at these words.
const CLAUSE = new Set([
  'that',
  'and',
  'but',
  'or',
  'which',
  'because',
  'after',
  'when',
  'while',
  'if',
  'as',
  'where',
  'than',
  'so',
]);
const CONNECTIVES = new Set(['but', 'however', 'and', 'so', 'yet', 'meanwhile']);
const RELAY_VERBS = new Set([
  'reported',
  'carried',
  'published',
  'broadcast',
  'relayed',
  'quoted',
  'cited',
]);
// Verbs whose object is who heard it ("told Reuters", "assured residents").
const AUDIENCE_VERBS = new Set(['tell', 'tells', 'told', 'assure', 'assures', 'assured']);
// Who heard it at an event or in a crowd is the audience, not an outlet the claim is credited to
// ("told the party conference", "told reporters", "told supporters at a rally").
const AUDIENCE_NOUNS = new Set(
  `conference conferences convention rally rallies crowd crowds audience audiences supporters voters
  students reporters journalists delegates congregation meeting gathering summit forum assembly
  attendees listeners viewers graduates donors parishioners worshippers`.split(/\s+/),
);
// Where the words told to end: "told Reuters at a conference", "told the BBC that the summit ...".
const HEARD_END = new Set(
  'at in on during that after before while when about from by with for'.split(' '),
);
/** Whether the words told to, from n up to the next break, name an audience ("the party's annual conference"). */
function heardAt(ws: readonly Word[], n: number): boolean {
  for (let k = n; k < Math.min(ws.length, n + 6); k++) {
    const w = ws[k] as Word;
    if (k > n && (BREAK.test(w.before) || HEARD_END.has(w.lower))) return false;
    if (AUDIENCE_NOUNS.has(w.lower)) return true;
  }
  return false;
}
const ANONYMITY =
  /\b(?:on condition of anonymity|declined to be (?:named|identified)|not authori[sz]ed to)\b/i;
const BREAK = /[,;:.!?()"“”‘—–]|\s-\s|’\s/;

const span = (text: string, s: number, e: number): Span => ({
  start: s,
  end: e,
  text: text.slice(s, e),
});

/** A noun phrase after word n: optional determiner, then a run of capitalised words or one noun. */
function phraseAfter(ws: Word[], n: number, max = 8): [number, number] | null {
  let k = n;
  const first = ws[k];
  if (!first || BREAK.test(first.before)) return null;
  if (DETERMINERS.has(first.lower) && first.lower !== 'to') k++;
  const head = ws[k];
  if (!head || BREAK.test(head.before)) return null;
  if (!isCapitalised(head.text)) return STOP.has(head.lower) ? null : [n, k];
  let last = k;
  while (last - n < max) {
    const nx = ws[last + 1];
    if (!nx || BREAK.test(nx.before) || STOP.has(nx.lower) || WEEKDAYS.includes(nx.lower)) break;
    last++;
  }
  return [n, last];
}

/** Where the clause holding words [.., end] starts, going back at most eight words. */
function clauseStart(ws: Word[], end: number): number {
  let first = end;
  while (first > 0 && end - first < 8) {
    if (BREAK.test((ws[first] as Word).before) || CLAUSE.has((ws[first - 1] as Word).lower)) break;
    first--;
  }
  return first;
}

/** The subject before a cue at word c, skipping an appositive ("X, a lawmaker from Y, said"). */
function subjectBefore(ws: Word[], c: number): [number, number] | null {
  let first = clauseStart(ws, c);
  if (first === c && c > 0 && /,/.test((ws[c] as Word).before)) {
    const ap = clauseStart(ws, c - 1);
    first = ap > 0 && /,/.test((ws[ap] as Word).before) ? clauseStart(ws, ap - 1) : ap;
  }
  // Leading connectives ("But", "However"), trailing auxiliaries and adverbs ("The ministry
  // quietly confirmed") are not the source.
  while (first < c && CONNECTIVES.has(ws[first]?.lower ?? '')) first++;
  let last = c - 1;
  while (
    last >= first &&
    (AUX.has(ws[last]?.lower ?? '') || (last > first && adverb(ws[last] as Word)))
  )
    last--;
  return last >= first ? [first, last] : null;
}

function classify(ws: Word[], first: number, last: number): ['named' | 'anonymous', boolean] {
  const src = ws.slice(first, last + 1);
  if (src.length === 1 && PRONOUNS.has(src[0]?.lower ?? '')) return ['named', true];
  const anonymous = src.some((w) => ANONYMOUS.has(w.lower));
  // A capitalised word that is not the first word, a title, or an adjective ("Afghan official") names someone.
  const named = src.some((w, k) => {
    if (
      (k === 0 && !isCapitalised(src[1]?.text ?? '')) ||
      !isCapitalised(w.text) ||
      TITLES.has(w.lower)
    )
      return false;
    const nx = src[k + 1];
    return !(nx && /^\p{Ll}/u.test(nx.text));
  });
  return [anonymous && !named ? 'anonymous' : 'named', false];
}

// Cue words that are also plural nouns: "the senator's repeated claims" names no source.
const NOUN_CUES = new Set([
  'claims',
  'reports',
  'estimates',
  'notes',
  'denies',
  'warns',
  'stresses',
]);
const possessive = (x: Word | undefined) => x !== undefined && /['’]s$/iu.test(x.text);
// Words that describe a plural noun ("the many reports"); a word in -ed does too ("repeated").
const NOUN_ADJECTIVES = new Set([
  'many',
  'new',
  'recent',
  'latest',
  'false',
  'several',
  'numerous',
  'other',
  'such',
  'similar',
  'further',
  'wild',
]);
/** A lower-case word that describes the noun after it, not a subject ("the minister claims"). */
const describes = (x: Word) =>
  x.text === x.lower && (x.lower.endsWith('ed') || NOUN_ADJECTIVES.has(x.lower));

/** "X's claims", "X's repeated claims", "the many reports": the cue word is a noun here. */
function nounUse(ws: readonly Word[], c: number): boolean {
  const w = ws[c] as Word;
  if (!NOUN_CUES.has(w.lower)) return false;
  const prev = ws[c - 1];
  const before = ws[c - 2];
  if (possessive(prev)) return true;
  return (
    prev !== undefined &&
    !AUX.has(prev.lower) &&
    describes(prev) &&
    (possessive(before) || DETERMINERS.has(before?.lower ?? ''))
  );
}

// Words a noun phrase can follow, besides the determiners: "the seat vacated by newly confirmed X".
const PHRASE_OPENERS = new Set(['by', 'of', 'for', 'with', 'from', 'into', 'on', 'at', 'in', 'as']);
// Words that open a verb's object or clause: "confirmed his death", "reported 100 new cases".
const OBJECT_OPENERS = new Set([
  ...DETERMINERS,
  ...PRONOUNS,
  'him',
  'them',
  'us',
  'me',
  'that',
  'what',
  'how',
  'whether',
  'no',
  'some',
  'any',
  'several',
  'two',
  'three',
]);

// Nouns in -ly that can name who said something ("the family confirmed", "the weekly reported").
// (No word list of English here: this runs in the page too, where the language data is not loaded.)
const LY_NOUNS = new Set(
  `family ally assembly supply reply rally tally belly bully folly lily anomaly monopoly homily
  elderly daily weekly monthly quarterly biweekly fortnightly`.split(/\s+/),
);

/** Whether a lower-case word in -ly reads as an adverb ("newly", "widely"), not a noun ("family"). */
function adverb(x: Word): boolean {
  if (x.text !== x.lower || !x.lower.endsWith('ly') || AUX.has(x.lower)) return false;
  // "ally", "only": too short to be another word with -ly added.
  return x.lower.length >= 5 && !LY_NOUNS.has(x.lower);
}

/**
 * "by newly confirmed Secretary of State John Kerry", "a widely reported deal": a cue in -ed after an
 * adverb, itself after a word that opens a noun phrase, and before no object ("the family confirmed
 * his death"), describes the noun after it: no one says anything there.
 */
function adjectivalUse(ws: readonly Word[], c: number): boolean {
  const w = ws[c] as Word;
  const prev = ws[c - 1];
  const before = ws[c - 2];
  const next = ws[c + 1];
  return (
    w.lower.endsWith('ed') &&
    prev !== undefined &&
    adverb(prev) &&
    before !== undefined &&
    (DETERMINERS.has(before.lower) || PHRASE_OPENERS.has(before.lower)) &&
    next !== undefined &&
    !OBJECT_OPENERS.has(next.lower) &&
    !/^\d/u.test(next.text)
  );
}

/** Finds attributions (source + cue, and a relay such as "told Reuters") in a text. */
export function extractAttributions(text: string, ws: Word[] = words(text)): AttributionFact[] {
  const out: AttributionFact[] = [];
  const anonymity = ANONYMITY.test(text);
  for (let c = 0; c < ws.length; c++) {
    const w = ws[c] as Word;
    const prev = ws[c - 1];
    let src: [number, number] | null = null;
    let cueEnd = c;
    if (w.lower === 'according' && ws[c + 1]?.lower === 'to') {
      cueEnd = c + 1;
      src = phraseAfter(ws, c + 2, 10);
      // "according to a statement by X": the source is X.
      const nx = src ? ws[src[1] + 1]?.lower : undefined;
      if (src && (nx === 'by' || nx === 'from')) src = phraseAfter(ws, src[1] + 2, 10) ?? src;
    } else if (w.lower === 'reportedly') {
      src = [c, c];
    } else if (
      CUES.has(w.text) &&
      !(prev && DETERMINERS.has(prev.lower)) &&
      !nounUse(ws, c) &&
      !adjectivalUse(ws, c)
    ) {
      if (ws[c + 1]?.lower === 'to' && w.lower.startsWith('t')) continue; // "told to leave"
      // Inverted: ", says Lyse Doucet, the BBC's ...".
      const inv = BREAK.test(w.before) ? phraseAfter(ws, c + 1, 5) : null;
      const ends =
        inv && (ws[inv[1] + 1] === undefined || BREAK.test(ws[inv[1] + 1]?.before ?? ''));
      src = ends ? inv : subjectBefore(ws, c);
    }
    if (!src) continue;
    const [sf, sl] = src;
    const [found, pronoun] =
      w.lower === 'reportedly' ? (['anonymous', false] as const) : classify(ws, sf, sl);
    const type = anonymity && !pronoun ? 'anonymous' : found;
    // The relay: "told Reuters", "reported by the news agency X".
    let relay: Span | null = null;
    let end = Math.max(cueEnd, sl);
    const look = AUDIENCE_VERBS.has(w.lower) ? c + 1 : -1;
    const r = look > 0 ? phraseAfter(ws, look, 4) : null;
    const audience = r !== null && heardAt(ws, r[0]);
    if (r && audience) end = Math.max(end, r[1]);
    else if (r) {
      relay = span(text, (ws[r[0]] as Word).start, (ws[r[1]] as Word).end);
      end = Math.max(end, r[1]);
    }
    for (let k = cueEnd + 1; k < Math.min(ws.length, cueEnd + 8) && !relay; k++) {
      if (BREAK.test((ws[k] as Word).before)) break;
      if (RELAY_VERBS.has(ws[k]?.lower ?? '') && ws[k + 1]?.lower === 'by') {
        const rr = phraseAfter(ws, k + 2, 8);
        let rl = rr ? rr[1] : k + 1;
        while (ws[rl + 1] && !BREAK.test((ws[rl + 1] as Word).before) && rl - k < 10) rl++;
        relay = span(text, (ws[k] as Word).start, (ws[rl] as Word).end);
        end = Math.max(end, rl);
      }
    }
    const start = Math.min((ws[sf] as Word).start, w.start);
    out.push({
      kind: 'attribution',
      ...span(text, start, (ws[end] as Word).end),
      source: span(text, (ws[sf] as Word).start, (ws[sl] as Word).end),
      cue: text.slice(w.start, (ws[cueEnd] as Word).end).toLowerCase(),
      sourceType: type,
      pronoun,
      relay,
    });
    c = Math.max(c, end);
  }
  return out;
}
