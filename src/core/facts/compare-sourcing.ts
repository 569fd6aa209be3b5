import { discrepancy, q } from './discrepancy.ts';
import type { Draft, Ranges } from './discrepancy.ts';
import { nameKey } from './names.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import type { AttributionFact, QuoteFact } from './types.ts';
import { sameQuotation } from './compare-quotes.ts';
import { differentSpeakers, named, sourced, speakerOf } from './speakers.ts';
import { contentStems, dice } from './words.ts';

/** Sentences this close state the same claim: two different sources for it are a discrepancy. */
const OTHER_SOURCE_OVERLAP = 0.5;

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

/**
 * One quotation credited to two different named speakers: "the GOP committee members stated in their
 * letter that ... “conclusively refute” ..." / "“... conclusively refute ...,” Representative K.
 * Michael Conaway said". Who said what is a fact to check. A pronoun or an unnamed source is left
 * alone (who "he" is comes from elsewhere), as are two names sharing a word (the same person).
 */
export function compareSpeakers(a: ParagraphView, b: ParagraphView): Draft[] {
  const isQuote = (f: { kind: string }): f is QuoteFact => f.kind === 'quote';
  const ys = b.facts.filter(isQuote);
  if (ys.length === 0) return [];
  const out: Draft[] = [];
  const seen = new Set<string>();
  for (const x of a.facts.filter(isQuote)) {
    const sx = speakerOf(a, x);
    if (sx === undefined || !named(sx)) continue;
    for (const y of ys) {
      const sy = speakerOf(b, y);
      if (sy === undefined || !differentSpeakers(sx, sy) || !sameQuotation(x, y)) continue;
      // Each two speakers once, however many quotations they share.
      const key = `${nameKey(sx.source.text)}\u0000${nameKey(sy.source.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        discrepancy(
          'attribution',
          a.text,
          b.text,
          [sx.start, sx.end, sy.start, sy.end],
          'medium',
          'The same quotation is credited to different speakers: {a} vs {b}.',
          [sx.source.text, sy.source.text],
        ),
      );
      if (out.length >= MAX_SPEAKER_FINDINGS) return out;
    }
  }
  return out;
}

/** More speakers than this crossed in one pair of paragraphs is a transcript, not a misattribution. */
const MAX_SPEAKER_FINDINGS = 3;
