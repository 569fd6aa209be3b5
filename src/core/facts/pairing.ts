import type { SentencePair } from '../align/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { extractFacts } from './extract.ts';
import type { Run } from './runs.ts';
import { flagsOf, rootOf, signature, wordKey } from './signature.ts';
import type { Fact } from './types.ts';
import { contentStems, dice, isCapitalised, words } from './words.ts';
import { extractQuotes } from './quotes.ts';
import type { Word } from './words.ts';

/** A paragraph as findDiscrepancies takes it: a parsed Paragraph (article offsets) or plain text. */
export type ParagraphInput =
  | string
  | { text: string; start: number; sentences: ReadonlyArray<{ start: number; end: number }> };

/** One sentence of a paragraph with its facts; offsets are into the paragraph text. */
export interface SentenceView {
  start: number;
  end: number;
  text: string;
  facts: Fact[];
  stems: Set<string>;
  /** No closing punctuation and short, or Title Case: a headline, which drops attribution by convention. */
  headline: boolean;
  /** The sentence's words; offsets into the paragraph text. */
  words: Word[];
  /** Each word's comparison key: lower case, no possessive, abbreviations spelled out. */
  keys: string[];
  /** Each word's root (see lexicon-change root) and what it can do to a claim (signature F bits). */
  roots: string[];
  flags: number[];
  /** The keys of the words that can carry a checkable fact, in order: equal signatures, equal facts. */
  sig: string;
}

/** A paragraph prepared for comparison. */
export interface ParagraphView {
  text: string;
  /** All words of the paragraph (offsets into text). */
  words: Word[];
  sentences: SentenceView[];
  facts: Fact[];
  /** Capitalised words, sorted, and the quotations in order: equal lists cannot differ in spelling or quotes. */
  nameSig: string;
  quoteSig: string;
}

/** Two sentences to compare, with their content-word overlap. */
export interface Pairing {
  a: SentenceView;
  b: SentenceView;
  overlap: number;
  /** The changed stretches, computed once when first asked for (see changedRuns). */
  runs?: Run[];
}

function isHeadline(text: string, n: number): boolean {
  return n > 0 && n <= 20 && !/[.!?…]["'”’)]*$/.test(text.trim());
}

/** Signatures kept (see canonical); emptied past this many. */
const KEPT_SIGNATURES = 50_000;
const signatures = new Map<string, string>();

/**
 * One string for each distinct signature (of a sentence's marker words, a paragraph's names or
 * quotations): most linked sentences carry the same signature as their partner, and two references to
 * one string compare at once, where two equal strings built apart compare character by character.
 */
export function canonical(sig: string): string {
  const known = signatures.get(sig);
  if (known !== undefined) return known;
  if (signatures.size >= KEPT_SIGNATURES) signatures.clear();
  signatures.set(sig, sig);
  return sig;
}

// A parsed paragraph is compared with its partner in every other article: prepare it once.
const views = new WeakMap<object, ParagraphView>();

/**
 * Splits a paragraph into sentences and extracts its facts (names use the whole paragraph as context).
 * Views of parsed paragraphs are kept while the paragraph lives; a view is never modified.
 */
export function viewParagraph(p: ParagraphInput): ParagraphView {
  if (typeof p === 'string') return buildView(p);
  let view = views.get(p);
  if (view === undefined) {
    view = buildView(p);
    views.set(p, view);
  }
  return view;
}

/**
 * Works out now what a paragraph's view otherwise works out when first asked for (its facts, its
 * sentences' stems and roots): for a thread with time to spare before it compares.
 */
export function prepareView(p: ParagraphInput): void {
  const v = viewParagraph(p);
  void v.facts;
  for (const s of v.sentences) void (s.stems, s.roots, s.facts);
}

/** The items of a list sorted by start that lie inside [start, end) (binary search to the first). */
function within<T extends { start: number; end: number }>(
  xs: T[],
  start: number,
  end: number,
): T[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as T).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < xs.length && (xs[k] as T).start < end; k++)
    if ((xs[k] as T).end <= end) out.push(xs[k] as T);
  return out;
}

/** What a sentence's words alone decide (see SentenceView), shared by the views of its copies. */
interface Lexed {
  texts: string[];
  keys: string[];
  flags: number[];
  sig: string;
  headline: boolean;
  roots: string[] | undefined;
  stems: Set<string> | undefined;
}

/** Sentences whose words are kept (see lex); emptied past this many. */
const KEPT_SENTENCES = 20_000;
const lexedSentences = new Map<string, Lexed>();

/**
 * The keys, flags and signature of a sentence's words, worked out once per sentence text: copies of a
 * story print the same sentences in many paragraph versions, and each word cost several look-ups. Kept
 * only while the words read are the same (a word may run into the text around a sentence).
 */
function lex(t: string, ws: readonly Word[]): Lexed {
  const known = lexedSentences.get(t);
  if (
    known !== undefined &&
    known.texts.length === ws.length &&
    ws.every((w, k) => w.text === known.texts[k])
  )
    return known;
  const keys = ws.map((w) => wordKey(w.text));
  const flags = keys.map(flagsOf);
  const lexed: Lexed = {
    texts: ws.map((w) => w.text),
    keys,
    flags,
    sig: canonical(signature(ws, keys, flags)),
    headline: isHeadline(t, ws.length),
    // Filled when first asked for (most sentences never need them); present from the start, so
    // every record has one shape.
    roots: undefined,
    stems: undefined,
  };
  if (lexedSentences.size >= KEPT_SENTENCES) lexedSentences.clear();
  lexedSentences.set(t, lexed);
  return lexed;
}

/**
 * A view computes what a comparison needs when first asked: most linked sentences carry the same
 * marker words as their partner (see signature) and never need their facts, stems or overlap.
 */
function buildView(p: ParagraphInput): ParagraphView {
  const text = typeof p === 'string' ? p : p.text;
  const ranges =
    typeof p === 'string'
      ? splitSentences(text).map(([s, e]) => ({ start: s, end: e }))
      : p.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
  const all = words(text);
  const quotes = extractQuotes(text);
  let facts: Fact[] | null = null;
  const allFacts = () => (facts ??= extractFacts(text, all, quotes));
  const sentences = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .map((r): SentenceView => {
      const t = text.slice(r.start, r.end);
      const ws = within(all, r.start, r.end);
      const lexed = lex(t, ws);
      let own: Fact[] | null = null;
      return {
        start: r.start,
        end: r.end,
        text: t,
        get facts() {
          return (own ??= within(allFacts(), r.start, r.end));
        },
        get stems() {
          return (lexed.stems ??= contentStems(t, ws));
        },
        headline: lexed.headline,
        words: ws,
        keys: lexed.keys,
        get roots() {
          return (lexed.roots ??= lexed.keys.map(rootOf));
        },
        flags: lexed.flags,
        sig: lexed.sig,
      };
    });
  const nameSig = canonical(
    [...new Set(all.filter((w) => isCapitalised(w.text)).map((w) => w.lower))].sort().join('|'),
  );
  const quoteSig = canonical(quotes.map((q) => q.inner.text).join('|'));
  return {
    text,
    words: all,
    sentences,
    get facts() {
      return allFacts();
    },
    nameSig,
    quoteSig,
  };
}

/** Sentence pairs to compare: the alignment's pairs if given, else each sentence's best overlap partner. */
export function pairSentences(
  a: ParagraphView,
  b: ParagraphView,
  given?: readonly SentencePair[],
): Pairing[] {
  const out: Pairing[] = [];
  const seen = new Set<number>();
  const add = (i: number, j: number) => {
    const sa = a.sentences[i];
    const sb = b.sentences[j];
    const key = i * b.sentences.length + j;
    if (!sa || !sb || seen.has(key)) return;
    seen.add(key);
    let overlap: number | null = null;
    out.push({
      a: sa,
      b: sb,
      // Asked for only when the pair's signatures differ.
      get overlap() {
        return (overlap ??= dice(sa.stems, sb.stems));
      },
    });
  };
  if (given && given.length > 0) {
    for (const p of given) add(p.i, p.j);
    return out;
  }
  // Linked paragraphs of one sentence each carry the same content by definition of the link.
  if (a.sentences.length === 1 && b.sentences.length === 1) add(0, 0);
  const best = (xs: SentenceView[], ys: SentenceView[], flip: boolean) =>
    xs.forEach((x, i) => {
      let top = -1;
      let score = MIN_OVERLAP;
      ys.forEach((y, j) => {
        const d = dice(x.stems, y.stems);
        if (d >= score) [top, score] = [j, d + 1e-12];
      });
      if (top >= 0 && flip) add(top, i);
      else if (top >= 0) add(i, top);
    });
  best(a.sentences, b.sentences, false);
  best(b.sentences, a.sentences, true);
  return out.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}

/** Sentences sharing less than this share of content words are not paired by overlap alone. */
export const MIN_OVERLAP = 0.2;
