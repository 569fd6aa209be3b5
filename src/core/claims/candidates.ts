import { toUnits } from './edit-distance.ts';

const WORD = /[\p{L}\p{N}]+/gu;
/** Quote words used to locate candidate windows: the rarest ones in the new text. */
const ANCHOR_WORDS = 6;
/** Occurrences of one word considered, nearest the hint first. */
const MAX_OCCURRENCES = 60;
/** Candidate windows scored with edit distance; keeps the worst case bounded on long articles. */
const MAX_WINDOWS = 40;

interface Word {
  word: string;
  at: number;
}

function words(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0].toLowerCase(), at: m.index }));
}

/**
 * Start offsets in text where an edited copy of quote may begin: each occurrence of one of the
 * quote's rarest words votes for the start it implies, plus the old position itself. Windows with
 * the most votes, then the nearest to the hint, come first. Cost is linear in the text length.
 */
export function candidateStarts(quote: string, text: string, hint: number): number[] {
  const quoteWords = words(quote);
  const index = new Map<string, number[]>();
  const wanted = new Set(quoteWords.map((w) => w.word));
  for (const w of words(text)) {
    if (!wanted.has(w.word)) continue;
    const list = index.get(w.word);
    if (list) list.push(w.at);
    else index.set(w.word, [w.at]);
  }
  const rare = [...new Map(quoteWords.map((w) => [w.word, w])).values()]
    .filter((w) => index.has(w.word))
    .sort(
      (a, b) =>
        index.get(a.word)!.length - index.get(b.word)!.length || b.word.length - a.word.length,
    )
    .slice(0, ANCHOR_WORDS);
  // Votes are bucketed so a few inserted characters inside the quote still agree on one span.
  const bucket = Math.max(8, Math.floor(quote.length / 4));
  const votes = new Map<number, { start: number; votes: number }>();
  const vote = (start: number, weight: number) => {
    const key = Math.round(start / bucket);
    const v = votes.get(key);
    if (v) v.votes += weight;
    else votes.set(key, { start, votes: weight });
  };
  vote(hint, 0.5);
  for (const w of rare) {
    const occurrences = index
      .get(w.word)!
      .map((at) => at - w.at)
      .sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint))
      .slice(0, MAX_OCCURRENCES);
    for (const start of occurrences) vote(start, 1);
  }
  return [...votes.values()]
    .sort((a, b) => b.votes - a.votes || Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_WINDOWS)
    .map((v) => v.start);
}

/** A slice of text around a candidate start, as code points with offsets back into the text. */
export function windowAround(text: string, start: number, quoteLength: number) {
  const slack = Math.ceil(quoteLength * 0.3) + 8;
  let from = Math.max(0, start - slack);
  let to = Math.min(text.length, start + quoteLength + slack);
  // Never begin or end a window inside a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from -= 1;
  if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to] ?? '')) to += 1;
  const units = toUnits(text.slice(from, to));
  return { from, units };
}
