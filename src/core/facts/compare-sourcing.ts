import { discrepancy, q } from './discrepancy.ts';
import type { Draft, Ranges } from './discrepancy.ts';
import { TITLES } from './lexicon.ts';
import { nameKey } from './names.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import type { AttributionFact } from './types.ts';
import { contentStems, dice } from './words.ts';

// "reportedly" hedges a claim but names no source: it is no attribution to drop or keep.
const sourced = (f: { kind: string; cue?: string }): f is AttributionFact =>
  f.kind === 'attribution' && f.cue !== 'reportedly';

/** Sentences this close state the same claim: two different sources for it are a discrepancy. */
const OTHER_SOURCE_OVERLAP = 0.5;

/** A source named by a capitalised word that is not a title ("Mayor Ilse Marn", not "he" or "the mayor"). */
const named = (f: AttributionFact) =>
  !f.pronoun &&
  f.sourceType === 'named' &&
  f.source.text.split(/\s+/).some((w) => {
    const base = w.toLowerCase().replace(/['’].*$|\.$/, '');
    return /^\p{Lu}/u.test(w) && !TITLES.has(base) && !PRONOUNS.has(base);
  });
const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you']);

/** Share of content words two sentences must share before their sourcing is compared. */
export const SOURCING_OVERLAP = 0.4;

/**
 * Attribution dropped from one side of a paired sentence, or its relay or anonymity changed. A claim
 * attributed elsewhere in the other paragraph (a quotation continued, "he said" in the next sentence)
 * is not unattributed there, and a bare pronoun ("he said") is no source to miss.
 */
export function compareAttribution(p: Pairing, va: ParagraphView, vb: ParagraphView): Draft[] {
  if (p.overlap < SOURCING_OVERLAP || p.a.headline || p.b.headline) return [];
  const [aText, bText] = [va.text, vb.text];
  const x = p.a.facts.find(sourced);
  const y = p.b.facts.find(sourced);
  const found = (r: Ranges, template: string, notes?: readonly [string, string]) => [
    discrepancy('attribution', aText, bText, r, 'medium', template, notes),
  ];
  if (!x && !y) return [];
  if (!x || !y) {
    const f = (x ?? y) as AttributionFact;
    const other = x ? p.b : p.a;
    const view = x ? vb : va;
    // A bare pronoun is no source to miss; a sentence inside a quotation is attributed where the
    // quotation is; and a claim the other paragraph credits to the same source elsewhere is sourced.
    const quoted = view.facts.some(
      (q) => q.kind === 'quote' && q.start <= other.start && other.end <= q.end + 1,
    );
    const key = nameKey(f.source.text);
    const same = view.facts.some((g) => sourced(g) && nameKey(g.source.text) === key);
    if (f.pronoun || quoted || same) return [];
    const r: Ranges = x
      ? [x.start, x.end, p.b.start, p.b.end]
      : [p.a.start, p.a.end, f.start, f.end];
    return found(r, `Only one version attributes the claim (${q(f.text)}); the other does not.`);
  }
  const r: Ranges = [x.start, x.end, y.start, y.end];
  if ((x.relay === null) !== (y.relay === null))
    return found(r, `Only one version credits ${q((x.relay ?? y.relay)?.text ?? '')}: {a} vs {b}.`);
  if (x.relay && y.relay && nameKey(x.relay.text) !== nameKey(y.relay.text)) {
    if (dice(contentStems(x.relay.text), contentStems(y.relay.text)) === 0)
      return found(r, 'The relay differs: {a} vs {b}.', [x.relay.text, y.relay.text]);
  }
  if (!x.pronoun && !y.pronoun && x.sourceType !== y.sourceType)
    return found(r, 'One source is named and the other anonymous: {a} vs {b}.');
  // The same claim credited to two different named sources, sharing no word of their names.
  if (p.overlap >= OTHER_SOURCE_OVERLAP && named(x) && named(y)) {
    if (dice(contentStems(x.source.text), contentStems(y.source.text)) === 0)
      return found(r, 'The claim is credited to different sources: {a} vs {b}.', [
        x.source.text,
        y.source.text,
      ]);
  }
  return [];
}
