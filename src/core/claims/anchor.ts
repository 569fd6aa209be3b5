import { candidateStarts, windowAround } from './candidates.ts';
import { bestMatch, boundedDistance, similarity, toUnits } from './edit-distance.ts';
import type { Reanchored, TextAnchor } from './types.ts';
import { edgesAround, isWordEdge } from './word-edges.ts';

/** Characters of context kept on each side of a quote (as Hypothesis does). */
export const CONTEXT_CHARS = 32;

/**
 * Least edit similarity between the stored quote and a fuzzy match. 0.75 lets a quarter of the
 * characters change: a corrected figure, name spelling or a reworded clause inside a sentence
 * (typically 0.85 to 0.97) still anchors, while a look-alike sentence built on the same template
 * but with other facts ("40 people died in Kherson" vs "12 people were hurt in Odesa", about 0.5)
 * or a short word matching part of another ("Linus" in "chines", 0.2) stays orphaned.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** A short quote is easy to find by chance: below this length its context must agree too. */
export const SHORT_QUOTE = 20;
/** Least mean prefix/suffix similarity for short quotes (fuzzy) and short moved quotes. */
export const MIN_SHORT_CONTEXT = 0.5;
/**
 * Below this length an edited quote (fuzzy) must also keep its context: a rewritten sentence's
 * 20 to 40 character phrase can resemble a phrase of another sentence (quote similarity about 0.76)
 * whose surroundings share nothing (context about 0.1), and that is not the marked text.
 */
export const MEDIUM_QUOTE = 40;
/** Score weights, as Hypothesis: quote 50, prefix 20, suffix 20, closeness to the old position 2. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** Most verbatim occurrences of a quote scored for context (a single letter can occur everywhere). */
const MAX_EXACT = 500;
/** Budget of edit-distance cells for the fuzzy search, so a long quote scores fewer windows. */
const CELL_BUDGET = 20_000_000;

const isLow = (c: string | undefined) => c !== undefined && c >= '\uDC00' && c <= '\uDFFF';

/** Clamps an offset to text and moves it off the middle of a surrogate pair. */
function clampOffset(text: string, at: number): number {
  const x = Math.max(0, Math.min(text.length, Math.floor(Number.isFinite(at) ? at : 0)));
  return isLow(text[x]) && x > 0 ? x - 1 : x;
}

/** Builds the anchor of text[start, end): the quote, 32 characters each side, and the offsets. */
export function makeAnchor(text: string, start: number, end: number): TextAnchor {
  const s = clampOffset(text, Math.min(start, end));
  const e = Math.max(s, clampOffset(text, Math.max(start, end)));
  let from = Math.max(0, s - CONTEXT_CHARS);
  if (isLow(text[from])) from += 1;
  let to = Math.min(text.length, e + CONTEXT_CHARS);
  if (isLow(text[to])) to -= 1;
  return {
    quote: text.slice(s, e),
    prefix: text.slice(from, s),
    suffix: text.slice(e, to),
    start: s,
    end: e,
  };
}

interface Scored {
  start: number;
  end: number;
  quote: number;
  context: number;
  score: number;
}

function score(
  anchor: TextAnchor,
  text: string,
  start: number,
  end: number,
  quote: number,
): Scored {
  const prefix = similarity(
    anchor.prefix,
    text.slice(Math.max(0, start - anchor.prefix.length), start),
  );
  const suffix = similarity(anchor.suffix, text.slice(end, end + anchor.suffix.length));
  const position = 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
  const total =
    WEIGHTS.quote * quote +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.position * position;
  return { start, end, quote, context: (prefix + suffix) / 2, score: total / TOTAL };
}

const better = (a: Scored | null, b: Scored) => (a === null || b.score > a.score ? b : a);

/** Whether the stored quote began and ended on word edges (a sentence or whole words). */
function edgesOf(anchor: TextAnchor): { start: boolean; end: boolean } {
  return {
    start: isWordEdge(anchor.prefix + anchor.quote, anchor.prefix.length),
    end: isWordEdge(anchor.quote + anchor.suffix, anchor.quote.length),
  };
}

function exactMatches(anchor: TextAnchor, text: string): Scored | null {
  const edges = edgesOf(anchor);
  let best: Scored | null = null;
  let at = text.indexOf(anchor.quote);
  for (let n = 0; at >= 0 && n < MAX_EXACT; n += 1) {
    const end = at + anchor.quote.length;
    // A whole-word quote found inside a longer word ("prices" in "Ticketprices") is another word.
    if ((!edges.start || isWordEdge(text, at)) && (!edges.end || isWordEdge(text, end)))
      best = better(best, score(anchor, text, at, end, 1));
    at = text.indexOf(anchor.quote, at + 1);
  }
  return best;
}

/** A scored match, or null when its edited quote is too far from the stored one. */
function scoreSpan(
  anchor: TextAnchor,
  text: string,
  pattern: number[],
  start: number,
  end: number,
): Scored | null {
  if (end <= start) return null;
  const m = pattern.length;
  const maxErrors = Math.floor(m * (1 - MIN_QUOTE_SIMILARITY));
  const units = toUnits(text.slice(start, end)).cps;
  const errors = boundedDistance(pattern, units, maxErrors);
  if (errors > maxErrors) return null;
  const quoteSim = 1 - errors / Math.max(m, units.length);
  if (quoteSim < MIN_QUOTE_SIMILARITY) return null;
  return score(anchor, text, start, end, quoteSim);
}

/**
 * The best span around an approximate match [s, e): where the stored quote began (or ended) on a
 * word edge, the new one must too, so each cut end is moved to the edge before or after it,
 * whichever scores best with the context (on a tie the longer span, never "rom" for "from").
 */
function settleEnds(
  anchor: TextAnchor,
  text: string,
  pattern: number[],
  s: number,
  e: number,
): Scored | null {
  const edges = edgesOf(anchor);
  const starts = edges.start ? edgesAround(text, s) : [s];
  const ends = edges.end ? edgesAround(text, e) : [e];
  let best: Scored | null = null;
  for (const start of starts) {
    for (const end of ends) {
      const scored = scoreSpan(anchor, text, pattern, start, end);
      if (!scored) continue;
      const longer = best !== null && end - start > best.end - best.start;
      if (best === null || scored.score > best.score || (scored.score === best.score && longer))
        best = scored;
    }
  }
  return best;
}

/** Raw window matches whose ends are settled (word edges, context): the best few by raw score. */
const SETTLED = 3;

function fuzzyMatches(anchor: TextAnchor, text: string): Scored | null {
  const pattern = toUnits(anchor.quote).cps;
  const m = pattern.length;
  const maxErrors = Math.floor(m * (1 - MIN_QUOTE_SIMILARITY));
  const windows = Math.max(3, Math.floor(CELL_BUDGET / (2 * (maxErrors + 1) * m + 1)));
  const raw: Scored[] = [];
  for (const start of candidateStarts(anchor.quote, text, anchor.start).slice(0, windows)) {
    const { from, units } = windowAround(text, start, anchor.quote.length);
    const match = bestMatch(pattern, units.cps, maxErrors);
    if (!match || match.end <= match.start) continue;
    const s = from + units.offsets[match.start]!;
    const e = from + units.offsets[match.end]!;
    const quoteSim = 1 - match.errors / Math.max(m, match.end - match.start);
    if (quoteSim >= MIN_QUOTE_SIMILARITY) raw.push(score(anchor, text, s, e, quoteSim));
  }
  raw.sort((a, b) => b.score - a.score || a.start - b.start);
  let best: Scored | null = null;
  const seen = new Set<string>();
  for (const r of raw) {
    if (seen.size === SETTLED) break;
    if (seen.has(`${r.start}-${r.end}`)) continue;
    seen.add(`${r.start}-${r.end}`);
    const scored = settleEnds(anchor, text, pattern, r.start, r.end);
    // Short and medium quotes are found by chance too easily to trust without their context.
    if (!scored || (m < MEDIUM_QUOTE && scored.context < MIN_SHORT_CONTEXT)) continue;
    best = better(best, scored);
  }
  return best;
}

/**
 * Finds an anchor in a new version of its text: 'exact' when the quote and its context stand at the
 * old offsets, 'moved' when the verbatim quote is elsewhere or its context changed (the occurrence
 * with the best context and nearest the old spot wins), 'fuzzy' when an edited copy scores above
 * the thresholds, else 'orphaned' with the old offsets. Never throws.
 */
export function reanchor(anchor: TextAnchor, text: string): Reanchored {
  const { quote, prefix, suffix, start, end } = anchor;
  if (
    text.slice(start, end) === quote &&
    text.slice(Math.max(0, start - prefix.length), start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  ) {
    return { state: 'exact', start, end, score: 1 };
  }
  const orphaned: Reanchored = { state: 'orphaned', start, end, score: 0 };
  if (quote.length === 0) return orphaned;
  let exact = exactMatches(anchor, text);
  // A short verbatim quote in a foreign context is a coincidence, not the marked text.
  if (exact && quote.length < SHORT_QUOTE && exact.context < MIN_SHORT_CONTEXT) exact = null;
  if (exact && (exact.context >= MIN_SHORT_CONTEXT || quote.length >= CONTEXT_CHARS)) {
    return { state: 'moved', start: exact.start, end: exact.end, score: exact.score };
  }
  const fuzzy = fuzzyMatches(anchor, text);
  if (exact && (!fuzzy || exact.score >= fuzzy.score)) {
    return { state: 'moved', start: exact.start, end: exact.end, score: exact.score };
  }
  if (fuzzy) return { state: 'fuzzy', start: fuzzy.start, end: fuzzy.end, score: fuzzy.score };
  return orphaned;
}
