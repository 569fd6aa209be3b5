import type { SentencePair } from '../align/types.ts';
import { compareDatedThings, compareDates, compareNumbers } from './compare-numbers.ts';
import { compareNameSets, compareSpellings } from './compare-names.ts';
import { compareMeaning } from './compare-meaning.ts';
import { compareQuotes } from './compare-quotes.ts';
import { compareQuotedSentence } from './compare-quoted.ts';
import { compareAttribution, compareSpeakers } from './compare-sourcing.ts';
import { compareWording } from './compare-wording.ts';
import { dedupe, finish, swapSides } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { canonical, pairSentences, viewParagraph } from './pairing.ts';
import type { ParagraphInput, ParagraphView } from './pairing.ts';
import { cachedByObject } from './words.ts';
import type { Discrepancy } from './types.ts';

/** A paragraph's sentence signatures (see signature), sorted and joined; read once per view. */
const markers = cachedByObject((v: ParagraphView): string =>
  canonical(
    v.sentences
      .map((x) => x.sig)
      .sort()
      .join('\u0002'),
  ),
);

/** Appends xs to out (most comparisons find nothing: no spread of an empty list). */
function append(out: Draft[], xs: readonly Draft[]): void {
  for (let k = 0; k < xs.length; k++) out.push(xs[k] as Draft);
}

function compareOrdered(
  a: ParagraphInput,
  b: ParagraphInput,
  pairs?: readonly SentencePair[],
): Draft[] {
  const va = viewParagraph(a);
  const vb = viewParagraph(b);
  const out: Draft[] = [];
  if (va.nameSig !== vb.nameSig) append(out, compareSpellings(va, vb));
  if (va.quoteSig !== vb.quoteSig) append(out, compareQuotes(va, vb));
  // The same marker words sentence by sentence (in any order) carry the same dates and speakers.
  if (markers(va) !== markers(vb)) {
    append(out, compareDatedThings(va, vb));
    if (va.quoteSig !== '' && vb.quoteSig !== '') append(out, compareSpeakers(va, vb));
  }
  for (const p of pairSentences(va, vb, pairs)) {
    // The same marker words in the same order (numbers, dates, names, sourcing, hedges, negations,
    // roles) carry the same facts: nothing to compare. This skips most pairs before any diff.
    if (p.a.sig === p.b.sig) continue;
    append(out, compareNumbers(p, va.text, vb.text));
    append(out, compareDates(p, va.text, vb.text));
    append(out, compareAttribution(p, va, vb));
    append(out, compareNameSets(p, va, vb));
    append(out, compareMeaning(p, va.text, vb.text));
    append(out, compareWording(p, va.text, vb.text));
    append(out, compareQuotedSentence(p, va, vb));
  }
  return dedupe(out);
}

const textOf = (p: ParagraphInput) => (typeof p === 'string' ? p : p.text);

/**
 * The comparisons of one batch (see linkDiscrepancies), kept so that a pair of paragraphs met in both
 * orders (a link from A to B, another from B to A) is compared once: the drafts of compareOrdered by
 * its first input, its second, then the sentence pairs. It holds the inputs while it lives.
 */
export type CompareCache = Map<ParagraphInput, Map<ParagraphInput, Map<string, readonly Draft[]>>>;

/** compareOrdered, through the cache when one is given (its drafts are shared: not to be modified). */
function ordered(
  a: ParagraphInput,
  b: ParagraphInput,
  pairs: readonly SentencePair[] | undefined,
  cache: CompareCache | undefined,
): readonly Draft[] {
  if (cache === undefined) return compareOrdered(a, b, pairs);
  let byB = cache.get(a);
  if (byB === undefined) cache.set(a, (byB = new Map()));
  let byPairs = byB.get(b);
  if (byPairs === undefined) byB.set(b, (byPairs = new Map()));
  // Only the sentence indexes matter to the comparison (none given and an empty list alike).
  const key = pairs === undefined ? '' : pairs.map((p) => `${p.i},${p.j}`).join(';');
  let drafts = byPairs.get(key);
  if (drafts === undefined) byPairs.set(key, (drafts = compareOrdered(a, b, pairs)));
  return drafts;
}

/**
 * Checkable facts on which two linked paragraphs disagree. Takes parsed Paragraphs (or plain text) and,
 * optionally, the alignment's sentence pairs (i indexes a's sentences, j b's); offsets are into each
 * paragraph's text. A cache shared by the calls of one batch saves comparing a pair twice.
 */
export function findDiscrepancies(
  a: ParagraphInput,
  b: ParagraphInput,
  pairs?: readonly SentencePair[],
  cache?: CompareCache,
): Discrepancy[] {
  // The same paragraph word for word carries the same facts.
  if (textOf(a) === textOf(b)) return [];
  // Work in one canonical order so (a, b) and (b, a) give the same answer with sides swapped.
  const drafts =
    textOf(a) <= textOf(b)
      ? ordered(a, b, pairs, cache).slice()
      : ordered(
          b,
          a,
          pairs?.map((p) => ({ i: p.j, j: p.i, score: p.score })),
          cache,
        ).map(swapSides);
  return drafts.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart).map(finish);
}
