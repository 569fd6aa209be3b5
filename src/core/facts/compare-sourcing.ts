import { discrepancy, q } from './discrepancy.ts';
import type { Draft, Ranges } from './discrepancy.ts';
import { TITLES } from './lexicon.ts';
import { nameKey } from './names.ts';
import type { Pairing, ParagraphView } from './pairing.ts';
import type { AttributionFact, QuoteFact } from './types.ts';
import { sameQuotation } from './compare-quotes.ts';
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

/**
 * Who a quotation is credited to: the attribution nearest it in the sentences the quotation stands
 * in, outside its marks ("... conclusively refute ...", Representative Conaway said).
 */
function speakerOf(v: ParagraphView, qf: QuoteFact): AttributionFact | undefined {
  const from = v.sentences.find((s) => s.start <= qf.start && qf.start < s.end)?.start ?? qf.start;
  const to = v.sentences.find((s) => s.start < qf.end && qf.end <= s.end + 1)?.end ?? qf.end;
  let before: AttributionFact | undefined;
  let after: AttributionFact | undefined;
  for (const f of v.facts) {
    if (!sourced(f) || f.start < from || f.end > to) continue;
    if (f.end <= qf.start && (before === undefined || f.start > before.start)) before = f;
    if (f.start >= qf.end && (after === undefined || f.start < after.start)) after = f;
  }
  // "“...,” Conaway said" names the speaker right after the comma and closing mark; otherwise the clause that
  // opens the sentence does ("the members stated that ... “...” what the mayor told voters").
  const handsOver = /[,?!—–-]\s*$/u.test(qf.inner.text);
  if (after !== undefined && handsOver && !/[\p{L}\p{N}]/u.test(v.text.slice(qf.end, after.start)))
    return after;
  return before ?? after;
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
      if (!sameQuotation(x, y)) continue;
      const sy = speakerOf(b, y);
      if (sy === undefined || !named(sy)) continue;
      if (dice(contentStems(sx.source.text), contentStems(sy.source.text)) > 0) continue;
      const key = `${sx.start},${sy.start}`;
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
    }
  }
  return out;
}
