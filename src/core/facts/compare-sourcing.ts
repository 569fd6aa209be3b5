import { wordDiff } from '../diff/word-diff.ts';
import { discrepancy, q } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { NEGATORS, OPPOSITES } from './lexicon.ts';
import { nameKey } from './names.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import { changedRuns, widen } from './runs.ts';
import type { AttributionFact, QuoteFact } from './types.ts';
import { contentStems, dice, stem, words } from './words.ts';

const isAttr = (f: { kind: string }): f is AttributionFact => f.kind === 'attribution';
const isQuote = (f: { kind: string }): f is QuoteFact => f.kind === 'quote';

/** Share of content words two sentences must share before their sourcing is compared. */
export const SOURCING_OVERLAP = 0.4;

/** Attribution dropped from one side of a paired sentence, or its source, anonymity or relay changed. */
export function compareAttribution(p: Pairing, aText: string, bText: string): Draft[] {
  if (p.overlap < SOURCING_OVERLAP || p.a.headline || p.b.headline) return [];
  const xs = p.a.facts.filter(isAttr);
  const ys = p.b.facts.filter(isAttr);
  if (xs.length === 0 && ys.length === 0) return [];
  if (xs.length === 0 || ys.length === 0) {
    const [x, s] =
      xs.length > 0 ? [xs[0] as AttributionFact, p.b] : [ys[0] as AttributionFact, p.a];
    const r = xs.length > 0 ? [x.start, x.end, s.start, s.end] : [s.start, s.end, x.start, x.end];
    return [
      discrepancy(
        'attribution',
        aText,
        bText,
        r as [number, number, number, number],
        'medium',
        `Only one version attributes the claim (${q(x.text)}); the other states it unattributed.`,
      ),
    ];
  }
  const x = xs.find((f) => f.cue !== 'reportedly') ?? (xs[0] as AttributionFact);
  const y = ys.find((f) => f.cue !== 'reportedly') ?? (ys[0] as AttributionFact);
  const r = [x.start, x.end, y.start, y.end] as const;
  if ((x.relay === null) !== (y.relay === null)) {
    const relay = (x.relay ?? y.relay)?.text ?? '';
    return [
      discrepancy(
        'attribution',
        aText,
        bText,
        r,
        'medium',
        `Only one version credits ${q(relay)}: {a} vs {b}.`,
      ),
    ];
  }
  if (
    x.relay &&
    y.relay &&
    nameKey(x.relay.text) !== nameKey(y.relay.text) &&
    dice(contentStems(x.relay.text), contentStems(y.relay.text)) === 0
  )
    return [
      discrepancy('attribution', aText, bText, r, 'medium', 'The relay differs: {a} vs {b}.', [
        x.relay.text,
        y.relay.text,
      ]),
    ];
  if (x.pronoun || y.pronoun) return [];
  if (x.sourceType !== y.sourceType)
    return [
      discrepancy(
        'attribution',
        aText,
        bText,
        r,
        'medium',
        'One source is named and the other anonymous: {a} vs {b}.',
      ),
    ];
  return [];
}

/** Changed wording inside a direct quotation that both paragraphs carry. */
export function compareQuotes(a: ParagraphView, b: ParagraphView): Draft[] {
  const out: Draft[] = [];
  const ys = b.facts.filter(isQuote);
  const used = new Set<QuoteFact>();
  for (const x of a.facts.filter(isQuote)) {
    const sx = contentStems(x.inner.text);
    const y = ys
      .filter((v) => !used.has(v))
      .sort((u, v) =>
        dice(sx, contentStems(v.inner.text)) > dice(sx, contentStems(u.inner.text)) ? 1 : -1,
      )[0];
    if (!y || dice(sx, contentStems(y.inner.text)) < 0.5) continue;
    used.add(y);
    const ka = words(x.inner.text).map((w) => stem(w.text));
    const kb = words(y.inner.text).map((w) => stem(w.text));
    if (ka.join(' ') === kb.join(' ')) continue;
    // A shorter excerpt of the same quote is not a change.
    if (ka.join(' ').includes(kb.join(' ')) || kb.join(' ').includes(ka.join(' '))) continue;
    const spans = wordDiff(x.inner.text, y.inner.text, {
      ignoreCase: true,
      ignorePunctuation: true,
      ignoreWhitespace: true,
    });
    const changed = spans.filter((s) => s.op !== 'equal');
    const f = changed[0];
    const l = changed[changed.length - 1];
    if (!f || !l) continue;
    const lo = (s: number, e: number, base: number, t: string): [number, number] =>
      e > s ? [base + s, base + e] : [base, base + t.length];
    const [as, ae] = lo(
      Math.min(...changed.filter((s) => s.aEnd > s.aStart).map((s) => s.aStart)),
      Math.max(0, ...changed.map((s) => s.aEnd)),
      x.inner.start,
      x.inner.text,
    );
    const [bs, be] = lo(
      Math.min(...changed.filter((s) => s.bEnd > s.bStart).map((s) => s.bStart)),
      Math.max(0, ...changed.map((s) => s.bEnd)),
      y.inner.start,
      y.inner.text,
    );
    out.push(
      discrepancy(
        'quote',
        a.text,
        b.text,
        [as, ae, bs, be],
        'medium',
        "The quotation's wording differs: {a} vs {b}.",
      ),
    );
  }
  return out;
}

const negated = (t: string) =>
  words(t).some((w) => NEGATORS.has(w.lower) || w.lower.endsWith("n't"));

/** A statement reversed between close paraphrases: a negation added or dropped, or an opposite word. */
export function compareMeaning(p: Pairing, aText: string, bText: string): Draft[] {
  if (p.overlap < 0.5) return [];
  const out: Draft[] = [];
  for (const r of changedRuns(p)) {
    const x = aText.slice(r.aStart, r.aEnd);
    const y = bText.slice(r.bStart, r.bEnd);
    const xw = words(x).map((w) => w.lower);
    const yw = words(y).map((w) => w.lower);
    const opposite = OPPOSITES.some(
      ([u, v]) => (xw.includes(u) && yw.includes(v)) || (xw.includes(v) && yw.includes(u)),
    );
    if (negated(x) === negated(y) && !opposite) continue;
    if (xw.length === 0 && yw.length === 0) continue;
    const [as, ae] = widen(aText, r.aStart, r.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(bText, r.bStart, r.bEnd, p.b.start, p.b.end);
    out.push(
      discrepancy(
        'meaning',
        aText,
        bText,
        [as, ae, bs, be],
        'high',
        'The statement may be reversed: {a} vs {b}.',
        [x, y],
      ),
    );
  }
  return out;
}
