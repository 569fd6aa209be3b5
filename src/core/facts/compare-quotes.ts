import { wordDiff } from '../diff/word-diff.ts';
import type { DiffSpan } from '../diff/types.ts';
import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import type { ParagraphView } from './pairing.ts';
import { widen } from './runs.ts';
import type { QuoteFact } from './types.ts';
import { ABBREVIATIONS } from './lexicon-change.ts';
import { wordKey } from './signature.ts';
import { contentStems, dice, oneSpelling, words } from './words.ts';

const isQuote = (f: { kind: string }): f is QuoteFact => f.kind === 'quote';
// Exact words (case, apostrophes, possessives and British or American spelling aside): a quotation
// is verbatim, so "duty" against
// "duties" or "environmentalist" against "environmentalists" is a change of wording.
const wordKeys = (t: string) =>
  ` ${words(t)
    .map((w) => (w.text.length > 5 ? oneSpelling(wordKey(w.text)) : wordKey(w.text)))
    .join(' ')} `;

// A quotation is compared with its partners in every other article: prepare it once.
const prepared = new WeakMap<QuoteFact, { stems: Set<string>; keys: string }>();
function prepare(x: QuoteFact) {
  let v = prepared.get(x);
  if (v === undefined) {
    v = { stems: contentStems(x.inner.text), keys: wordKeys(x.inner.text) };
    prepared.set(x, v);
  }
  return v;
}

/**
 * The changed spans of a quotation diff, without words only one side has before the first or after
 * the last shared word: one quotation excerpting a longer one is no change of wording.
 */
export function inside(spans: DiffSpan[], a: string): DiffSpan[] {
  // Only shared words anchor the excerpt; a shared full stop does not.
  const word = (s: DiffSpan | undefined) =>
    s?.op === 'equal' && /[\p{L}\p{N}]/u.test(a.slice(s.aStart, s.aEnd));
  let lo = spans.findIndex((s) => word(s));
  let hi = spans.length - 1;
  while (hi >= 0 && !word(spans[hi])) hi--;
  if (lo < 0) return spans.filter((s) => s.op !== 'equal');
  const oneSided = (xs: DiffSpan[]) => {
    const changed = xs.filter((s) => s.op !== 'equal');
    return changed.every((s) => s.op === 'delete') || changed.every((s) => s.op === 'insert');
  };
  if (!oneSided(spans.slice(0, lo))) lo = 0;
  if (!oneSided(spans.slice(hi + 1))) hi = spans.length - 1;
  return spans.slice(lo, hi + 1).filter((s) => s.op !== 'equal');
}

const ABBR = new Map(Object.entries(ABBREVIATIONS));

/** The same words written otherwise: "O.K." / "okay", "organise" / "organize". */
export function same(x: string, y: string): boolean {
  const key = (t: string) => {
    const k = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return oneSpelling(ABBR.get(k) ?? k);
  };
  return key(x) === key(y);
}

/** Quotations sharing at least this share of content words are the same quotation. */
const SAME_QUOTE = 0.5;

/** Changed wording inside a direct quotation that both paragraphs carry (a shorter excerpt is no change). */
export function compareQuotes(a: ParagraphView, b: ParagraphView): Draft[] {
  const out: Draft[] = [];
  const used = new Set<QuoteFact>();
  for (const x of a.facts.filter(isQuote)) {
    const sx = prepare(x).stems;
    let y: QuoteFact | undefined;
    let best = SAME_QUOTE;
    for (const c of b.facts.filter(isQuote)) {
      const d = dice(sx, prepare(c).stems);
      if (!used.has(c) && d >= best) [y, best] = [c, d + 1e-12];
    }
    if (!y) continue;
    used.add(y);
    const [ka, kb] = [prepare(x).keys, prepare(y).keys];
    if (ka === kb || ka.includes(kb) || kb.includes(ka)) continue;
    const opts = { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true };
    const changed = inside(wordDiff(x.inner.text, y.inner.text, opts), x.inner.text);
    const f = changed[0];
    const l = changed[changed.length - 1];
    if (!f || !l) continue;
    const xs = changed.map((c) => x.inner.text.slice(c.aStart, c.aEnd)).join(' ');
    const ys = changed.map((c) => y.inner.text.slice(c.bStart, c.bEnd)).join(' ');
    if (same(xs, ys)) continue;
    const [xi, yi] = [x.inner, y.inner];
    const [as, ae] = widen(a.text, xi.start + f.aStart, xi.start + l.aEnd, xi.start, xi.end);
    const [bs, be] = widen(b.text, yi.start + f.bStart, yi.start + l.bEnd, yi.start, yi.end);
    const template = "The quotation's wording differs: {a} vs {b}.";
    out.push(discrepancy('quote', a.text, b.text, [as, ae, bs, be], 'medium', template));
  }
  return out;
}
