import type { SentencePair } from '../align/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { extractFacts } from './extract.ts';
import type { Run } from './runs.ts';
import { flagsOf, rootOf, signature, wordKey } from './signature.ts';
import type { Fact } from './types.ts';
import { contentStems, dice, words } from './words.ts';
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

function isHeadline(text: string): boolean {
  const t = text.trim();
  const n = words(t).length;
  return n > 0 && n <= 20 && !/[.!?…]["'”’)]*$/.test(t);
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

function buildView(p: ParagraphInput): ParagraphView {
  const text = typeof p === 'string' ? p : p.text;
  const ranges =
    typeof p === 'string'
      ? splitSentences(text).map(([s, e]) => ({ start: s, end: e }))
      : p.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
  const all = words(text);
  const facts = extractFacts(text, all);
  const sentences = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .map((r) => {
      const t = text.slice(r.start, r.end);
      const ws = all.filter((w) => w.start >= r.start && w.end <= r.end);
      const keys = ws.map((w) => wordKey(w.text));
      const flags = keys.map(flagsOf);
      return {
        start: r.start,
        end: r.end,
        text: t,
        facts: facts.filter((f) => f.start >= r.start && f.end <= r.end),
        stems: contentStems(t, ws),
        headline: isHeadline(t),
        words: ws,
        keys,
        roots: keys.map(rootOf),
        flags,
        sig: signature(ws, keys, flags),
      };
    });
  const nameSig = [...new Set(all.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.lower))]
    .sort()
    .join('|');
  const quoteSig = facts.flatMap((f) => (f.kind === 'quote' ? [f.inner.text] : [])).join('|');
  return { text, sentences, facts, nameSig, quoteSig };
}

/** Sentence pairs to compare: the alignment's pairs if given, else each sentence's best overlap partner. */
export function pairSentences(
  a: ParagraphView,
  b: ParagraphView,
  given?: readonly SentencePair[],
): Pairing[] {
  const out: Pairing[] = [];
  const seen = new Set<string>();
  const add = (i: number, j: number) => {
    const sa = a.sentences[i];
    const sb = b.sentences[j];
    if (!sa || !sb || seen.has(`${i}:${j}`)) return;
    seen.add(`${i}:${j}`);
    out.push({ a: sa, b: sb, overlap: dice(sa.stems, sb.stems) });
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
