import { STOP, TITLES } from './lexicon.ts';
import { closeSpelling, editDistance } from './name-match.ts';
import { nameKey } from './names.ts';
import { cachedByObject, contentStems } from './words.ts';
import { background } from '../align/background.ts';
import { stem } from '../align/stem.ts';
import type { Discrepancy } from './types.ts';

/** A paragraph as the spelling check reads it: its text, its place and whether it is page furniture. */
export interface SpelledParagraph {
  text: string;
  boilerplate?: boolean;
}

/** Where a name is written in one article: paragraph index and offsets into its text. */
interface Use {
  p: number;
  start: number;
  end: number;
}

/** A name spelled one way in article a and another way in article b, at the paragraphs that show it best. */
export interface NameVariant extends Discrepancy {
  i: number;
  j: number;
}

const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
// The capital first, then the look back (a capital inside a word is no word start): twice as fast.
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{M}'’-]\p{Lu})[\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?…:"“”]\s*$/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SURROGATE = /[\ud800-\udfff]/;

/** Whether a UTF-16 unit (not a surrogate) may continue a capitalised word: a letter, a mark, ' ’ or -. */
function continuesName(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return c === 0x2019 || LETTER_OR_MARK.test(String.fromCharCode(c));
}

/**
 * The matches of CAPITALISED, found by one pass over the characters (most are answered by their code):
 * the regular expression's look-behind made it the slowest step of reading an article's names. A text
 * with characters beyond the BMP is left to the expression.
 */
function capitalisedWords(text: string): Array<{ word: string; index: number }> {
  if (SURROGATE.test(text))
    return [...text.matchAll(CAPITALISED)].map((m) => ({ word: m[0], index: m.index }));
  const out: Array<{ word: string; index: number }> = [];
  const n = text.length;
  let k = 0;
  while (k < n) {
    const c = text.charCodeAt(k);
    const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(String.fromCharCode(c));
    if (upper && (k === 0 || !continuesName(text.charCodeAt(k - 1)))) {
      const start = k++;
      while (k < n && continuesName(text.charCodeAt(k))) k++;
      out.push({ word: text.slice(start, k), index: start });
    } else k++;
  }
  return out;
}
const BEFORE_DOT = /(\p{L}+)\.\s*$/u;

/** Whether a word at `at` may start a sentence: after closing punctuation, but not after "Mr." or an initial. */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  if (!SENTENCE_END.test(before)) return false;
  const abbr = BEFORE_DOT.exec(before)?.[1];
  return abbr === undefined || (abbr.length > 1 && !TITLES.has(abbr.toLowerCase()));
}

/**
 * Words written capitalised inside a sentence (not only after a full stop, where any word is), four
 * letters or longer and not a title or a function word: the names of an article, with where each is used.
 */
const read = new WeakMap<readonly SpelledParagraph[], ReturnType<typeof readNames>>();

/** The names of an article (see readNames), read once per paragraph list. */
function namesOf(
  paragraphs: readonly SpelledParagraph[],
  texts?: ParagraphNamesCache,
): ReturnType<typeof readNames> {
  let r = read.get(paragraphs);
  if (r === undefined) read.set(paragraphs, (r = readNames(paragraphs, texts)));
  return r;
}

/** The number of words of a text, counted as runs of non-space characters. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What one paragraph's text tells of names: see readNames. */
interface ParagraphNames {
  /** The keys of every capitalised word. */
  words: string[];
  /** The uses of words shaped as names (none in a Title Case line), and whether each stands inside a sentence. */
  uses: Array<{ key: string; start: number; end: number; inside: boolean }>;
}

/**
 * Paragraph texts already read, for one batch of articles: a paragraph copied into many articles
 * is read once (see articleDiscrepancies).
 */
export type ParagraphNamesCache = Map<string, ParagraphNames>;

function paragraphNames(text: string): ParagraphNames {
  const capitalised = capitalisedWords(text);
  // Every capitalised word counts as written (a name is written capitalised, so this is where
  // either spelling would be), also in a Title Case line (a headline), where none is known to be a
  // name since every word is capitalised.
  const words = capitalised.map((m) => nameKey(m.word));
  const uses: ParagraphNames['uses'] = [];
  if (capitalised.length >= 0.6 * wordCount(text)) return { words, uses };
  capitalised.forEach((m, k) => {
    const w = m.word;
    // Capitalised, then lower case only: not an acronym or a handle ("SenSchumer").
    if (w.length < 4 || !NAME_SHAPE.test(w)) return;
    const key = words[k] as string;
    if (STOP.has(key) || TITLES.has(key)) return;
    // The name without a possessive ending: "Cowan's" shows as "Cowan".
    const own = w.endsWith("'s") || w.endsWith('’s') ? 2 : 0;
    const inside = m.index > 0 && !startsSentence(text, m.index);
    uses.push({ key, start: m.index, end: m.index + w.length - own, inside });
  });
  return { words, uses };
}

function readNames(
  paragraphs: readonly SpelledParagraph[],
  texts?: ParagraphNamesCache,
): {
  names: Map<string, Use[]>;
  /** The keys of every capitalised word. */
  words: Set<string>;
} {
  const names = new Map<string, Use[]>();
  const words = new Set<string>();
  const inside = new Set<string>();
  paragraphs.forEach((para, p) => {
    if (para.boilerplate) return;
    let read = texts?.get(para.text);
    if (read === undefined) {
      read = paragraphNames(para.text);
      texts?.set(para.text, read);
    }
    for (const w of read.words) words.add(w);
    for (const u of read.uses) {
      let list = names.get(u.key);
      if (list === undefined) names.set(u.key, (list = []));
      list.push({ p, start: u.start, end: u.end });
      if (u.inside) inside.add(u.key);
    }
  });
  // A name is a word capitalised inside a sentence somewhere, or one English does not know (a name
  // met only at the start of sentences); then each of its capitalised uses counts.
  const english = background();
  for (const key of names.keys()) if (!inside.has(key) && english.has(stem(key))) names.delete(key);
  return { names, words };
}

type Names = ReturnType<typeof readNames>;

const GIVEN = /(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:\p{Lu}\.\s+)?["“”']?$/u;

/** The given name written just before a surname ("Richard M. Burr" -> "richard"), or ''. */
function givenName(text: string, at: number): string {
  const g = GIVEN.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return g === undefined || TITLES.has(nameKey(g)) ? '' : nameKey(g);
}

/**
 * Slips of one article's (x's) against the other (y): a name x writes once, close by a letter or two
 * to a spelling x itself uses elsewhere and y uses at least twice, while y never writes x's slip.
 * "Cowen" once beside "Cowan", which the other article writes throughout. Two names each used
 * several times ("Obama", "Osama"), or a spelling the other article uses once ("Iraq" / "Iran"), are
 * two people or places.
 */
/** More names than this of one first letter and length in an article are not compared. */
const MAX_BUCKET = 40;

const usualByShape = new WeakMap<Names, Map<string, string[]>>();

/** An article's names used at least twice, by first letter and length ("c5": "cowan"). */
function usual(n: Names): Map<string, string[]> {
  let m = usualByShape.get(n);
  if (m === undefined) {
    m = new Map();
    for (const [k, uses] of n.names) {
      if (uses.length < 2) continue;
      const shape = `${k[0]}${k.length}`;
      const list = m.get(shape);
      if (list) list.push(k);
      else m.set(shape, [k]);
    }
    usualByShape.set(n, m);
  }
  return m;
}

/** An article's names written once: the only ones that can be slips. */
const once = cachedByObject((n: Names): string[] =>
  [...n.names].flatMap(([k, uses]) => (uses.length === 1 ? [k] : [])),
);

/** Two letters apart, the same first three letters and last letter, five letters or more: "Cowmen" / "Cowan". */
function slipOfTwo(a: string, b: string): boolean {
  return twoLetterShape(a, b) && editDistance(a, b, 2) <= 2;
}

/** slipOfTwo without the distance, for a caller that has it already. */
function twoLetterShape(a: string, b: string): boolean {
  return (
    Math.min(a.length, b.length) >= 5 &&
    a.slice(0, 3) === b.slice(0, 3) &&
    a[a.length - 1] === b[b.length - 1] &&
    !a.startsWith(b) &&
    !b.startsWith(a)
  );
}

/**
 * How alike (cosine of content words) the slip's paragraph and the other article's must be: a slip of
 * one letter needs nothing more; one of two letters could as well be another person ("Delgado" and her
 * deputy "Delmaro"), so the slip must stand where the other article tells the same thing of its name.
 */
const TWO_LETTER_CONTEXT = 0.1;
const slipContext = (slip: string, usual: string) =>
  editDistance(slip, usual) >= 2 && slipOfTwo(slip, usual) ? TWO_LETTER_CONTEXT : -1;

const SURNAME_NEXT = /^\s+\p{Lu}[\p{Ll}\p{M}'’-]/u;
const TITLE_BEFORE = /(\p{L}+)\.?\s+$/u;

/** What the words around a name's uses in one article tell of whom it names. */
interface Around {
  /** A surname follows one of its uses ("Stephen Hall"). */
  surnameNext: boolean;
  /** The titles before its uses ("Mr.", "Chief"). */
  titles: string[];
  /** The given names before its uses ("Richard M. Burr" -> "richard"). */
  given: string[];
}

const arounds = new WeakMap<Names, Map<string, Around>>();

/** Around, read once per article and name: a name is checked against every other article's. */
function around(n: Names, texts: readonly SpelledParagraph[], k: string): Around {
  let byKey = arounds.get(n);
  if (byKey === undefined) arounds.set(n, (byKey = new Map()));
  let a = byKey.get(k);
  if (a === undefined) {
    a = { surnameNext: false, titles: [], given: [] };
    for (const u of n.names.get(k) ?? []) {
      const t = (texts[u.p] as SpelledParagraph).text;
      if (SURNAME_NEXT.test(t.slice(u.end).replace(/^['’]s/u, ''))) a.surnameNext = true;
      const title = TITLE_BEFORE.exec(
        t.slice(Math.max(0, u.start - 30), u.start),
      )?.[1]?.toLowerCase();
      if (title !== undefined && TITLES.has(title)) a.titles.push(title);
      const g = givenName(t, u.start);
      if (g !== '') a.given.push(g);
    }
    byKey.set(k, a);
  }
  return a;
}

/** Whether a slip's use reads as another person's name: a surname follows it, or another title precedes. */
function otherPerson(
  x: Names,
  xs: readonly SpelledParagraph[],
  ka: string,
  y: Names,
  ys: readonly SpelledParagraph[],
  kb: string,
): boolean {
  const slip = around(x, xs, ka);
  if (slip.surnameNext) return true;
  const usualTitles = [...around(x, xs, kb).titles, ...around(y, ys, kb).titles];
  return (
    slip.titles.length > 0 &&
    usualTitles.length > 0 &&
    !slip.titles.some((t) => usualTitles.includes(t))
  );
}

/** The key of a name's bucket: its first letter and its length ("c5" for "cowan"). */
const shapeOf = (k: string, len = k.length) => `${k[0]}${len}`;

/**
 * How many letters a name written once (ka) is off a name used elsewhere (kb), when its letters alone
 * make it a slip of that name (see slips), else -1. Only counted as far as two: no slip is more
 * than two letters off, and most candidates stop there, before any other test.
 */
function slipDistance(ka: string, kb: string): number {
  const d = editDistance(ka, kb, 2);
  if (d > 2) return -1;
  const two = twoLetterShape(ka, kb);
  if (!(two || closeSpelling(ka, kb))) return -1;
  return d > (Math.min(ka.length, kb.length) >= 9 || two ? 2 : 1) ? -1 : d;
}

/** The names of y's buckets that ka's letters make it a slip of, with the distance, in bucket order. */
function nearIn(
  shapes: Map<string, string[]>,
  ka: string,
  cap = MAX_BUCKET,
): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  // A slip keeps the first letter and the length within two.
  for (let len = ka.length - 2; len <= ka.length + 2; len++) {
    const bucket = shapes.get(shapeOf(ka, len)) ?? [];
    // So many names of one shape is no prose: they are not compared (the cost stays linear).
    if (bucket.length > cap) continue;
    for (const kb of bucket) {
      const d = slipDistance(ka, kb);
      if (d >= 0) out.push([kb, d]);
    }
  }
  return out;
}

/**
 * The names used at least twice in any article of a batch, by shape, and for each name written once
 * the names its letters make it a slip of. Between 20 copies of a story the same once-written name is
 * checked against the same names for each of 380 article pairs; with the index, once. It must be made
 * from every article it is used with (see nameVariants): it only offers names of those articles.
 */
export class SlipIndex {
  private readonly shapes = new Map<string, string[]>();
  private readonly near = new Map<string, ReadonlyArray<readonly [string, number]> | null>();
  private readonly limit: number;

  constructor(articles: readonly (readonly SpelledParagraph[])[], texts?: ParagraphNamesCache) {
    const seen = new Set<string>();
    for (const paragraphs of articles)
      for (const [shape, list] of usual(namesOf(paragraphs, texts)))
        for (const k of list) {
          if (seen.has(k)) continue;
          seen.add(k);
          const bucket = this.shapes.get(shape);
          if (bucket) bucket.push(k);
          else this.shapes.set(shape, [k]);
        }
    // A bucket of the whole batch this full may hide one article's bucket small enough to compare:
    // its names are then read against that article's own buckets (see slips).
    this.limit = MAX_BUCKET * Math.max(1, articles.length);
  }

  /** The names ka may be a slip of, any article's, or null where the batch's buckets are too full. */
  candidates(ka: string): ReadonlyArray<readonly [string, number]> | null {
    let near = this.near.get(ka);
    if (near === undefined) {
      let full = false;
      for (let len = ka.length - 2; len <= ka.length + 2; len++)
        full ||= (this.shapes.get(shapeOf(ka, len))?.length ?? 0) > this.limit;
      near = full ? null : nearIn(this.shapes, ka, Infinity);
      this.near.set(ka, near);
    }
    return near;
  }
}

function slips(
  x: Names,
  y: Names,
  xs: readonly SpelledParagraph[],
  ys: readonly SpelledParagraph[],
  index?: SlipIndex,
): [string, string][] {
  const out: [string, string][] = [];
  const shapes = usual(y);
  for (const ka of once(x)) {
    if (y.words.has(ka)) continue;
    const near = index?.candidates(ka) ?? nearIn(shapes, ka);
    // Read only for a name that has a candidate (most have none).
    let given: string | null | undefined = null;
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestRank = Infinity;
    for (const [kb, d] of near) {
      // Names y uses at least twice, in a bucket of y's small enough to compare (see nearIn).
      const bucket = shapes.get(shapeOf(kb));
      if (bucket === undefined || bucket.length > MAX_BUCKET) continue;
      const rank = bucket.indexOf(kb);
      if (rank < 0 || !x.words.has(kb)) continue;
      // Two letters off and followed by a surname, or under another title, is another person:
      // "Stephen Hall" beside "Steven Cole", "Mr. Jacobson" beside "Chief Jackson".
      if (d === 2 && Math.min(ka.length, kb.length) < 9 && otherPerson(x, xs, ka, y, ys, kb))
        continue;
      // "Richard Burr" and "William Barr": two people.
      if (given === null) given = around(x, xs, ka).given[0];
      if (
        given !== undefined &&
        [...around(x, xs, kb).given, ...around(y, ys, kb).given].some((g) => g !== given)
      )
        continue;
      // The nearest; of as near ones, the shortest, then the first in y's bucket.
      const order = kb.length * (MAX_BUCKET + 1) + rank;
      if (best === undefined || d < bestDistance || (d === bestDistance && order < bestRank))
        [best, bestDistance, bestRank] = [kb, d, order];
    }
    if (best !== undefined) out.push([ka, best]);
  }
  return out;
}

/** Paragraph texts whose stems are kept by text (see stemsOf); emptied past this many. */
const KEPT_STEMS = 4096;
const stemsByText = new Map<string, ReadonlySet<string>>();
const stems = new WeakMap<SpelledParagraph, ReadonlySet<string>>();

/**
 * A paragraph's content stems, read once while the paragraph lives (a name's paragraphs are met again
 * and again), and shared by recent paragraphs of one text (a paragraph copied into twenty articles).
 */
function stemsOf(p: SpelledParagraph): ReadonlySet<string> {
  let s = stems.get(p);
  if (s === undefined) {
    s = stemsByText.get(p.text);
    if (s === undefined) {
      if (stemsByText.size >= KEPT_STEMS) stemsByText.clear();
      stemsByText.set(p.text, (s = contentStems(p.text)));
    }
    stems.set(p, s);
  }
  return s;
}

/** Of the uses of two spellings, the pair of paragraphs most alike (cosine of their content words). */
function closest(
  a: readonly SpelledParagraph[],
  usesA: readonly Use[],
  b: readonly SpelledParagraph[],
  usesB: readonly Use[],
): [Use, Use, number] {
  let where: [Use, Use] = [usesA[0] as Use, usesB[0] as Use];
  let most = -1;
  for (const ua of usesA) {
    const wa = stemsOf(a[ua.p] as SpelledParagraph);
    for (const ub of usesB) {
      const wb = stemsOf(b[ub.p] as SpelledParagraph);
      let shared = 0;
      for (const w of wb) if (wa.has(w)) shared++;
      const like = shared / Math.sqrt(Math.max(1, wa.size * wb.size));
      if (like > most) [most, where] = [like, [ua, ub]];
    }
  }
  return [...where, most];
}

/**
 * A name that one article misspells once where it otherwise writes it as the other article does
 * ("Cowen" once, "Cowan" elsewhere and in the other article): a slip wherever it stands, also in
 * paragraphs the alignment did not link. Each is reported once, between the paragraph of the slip and
 * the other article's paragraph most like it that uses the usual spelling. A batch comparing many
 * articles pair by pair passes its cache of paragraph texts and a SlipIndex made from all of them.
 */
export function nameVariants(
  a: readonly SpelledParagraph[],
  b: readonly SpelledParagraph[],
  texts?: ParagraphNamesCache,
  index?: SlipIndex,
): NameVariant[] {
  const x = namesOf(a, texts);
  const y = namesOf(b, texts);
  const out: NameVariant[] = [];
  const report = (ua: Use, ub: Use, slipInA: boolean) => {
    const aSpan = (a[ua.p] as SpelledParagraph).text.slice(ua.start, ua.end);
    const bSpan = (b[ub.p] as SpelledParagraph).text.slice(ub.start, ub.end);
    const [slip, usual] = slipInA ? [aSpan, bSpan] : [bSpan, aSpan];
    out.push({
      type: 'name',
      i: ua.p,
      j: ub.p,
      aSpan,
      bSpan,
      aStart: ua.start,
      aEnd: ua.end,
      bStart: ub.start,
      bEnd: ub.end,
      severity: 'medium',
      explanation: `The name is spelled “${slip}” once, where this article writes “${usual}” elsewhere, as the article it is compared with does.`,
    });
  };
  for (const [ka, kb] of slips(x, y, a, b, index)) {
    const [ua, ub, like] = closest(a, x.names.get(ka) ?? [], b, y.names.get(kb) ?? []);
    if (like >= slipContext(ka, kb)) report(ua, ub, true);
  }
  for (const [kb, ka] of slips(y, x, b, a, index)) {
    const [ub, ua, like] = closest(b, y.names.get(kb) ?? [], a, x.names.get(ka) ?? []);
    if (like >= slipContext(kb, ka)) report(ua, ub, false);
  }
  return out;
}
