import { TITLES } from './lexicon.ts';
import type { ParagraphView } from './pairing.ts';
import type { AttributionFact, QuoteFact } from './types.ts';
import { contentStems, dice } from './words.ts';

// "reportedly" hedges a claim but names no source: it is no attribution to drop or keep.
export const sourced = (f: { kind: string; cue?: string }): f is AttributionFact =>
  f.kind === 'attribution' && f.cue !== 'reportedly';

const PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you']);

/** A source named by a capitalised word that is not a title ("Mayor Ilse Marn", not "he" or "the mayor"). */
export const named = (f: AttributionFact) =>
  !f.pronoun &&
  f.sourceType === 'named' &&
  f.source.text.split(/\s+/).some((w) => {
    const base = w.toLowerCase().replace(/['’].*$|\.$/, '');
    return /^\p{Lu}/u.test(w) && !TITLES.has(base) && !PRONOUNS.has(base) && !CROWDS.has(base);
  });

// People of a kind, not a name, though a sentence may open with them ("Critics said ...").
const CROWDS = new Set(
  `critics supporters opponents protesters demonstrators analysts experts observers residents
  voters officials lawmakers activists witnesses neighbours neighbors parents teachers workers`.split(
    /\s+/,
  ),
);

// Who speaks for a body: "the Police Department said" and "a spokesman, Officer Dan Hale, said" are one voice.
const SPOKESPEOPLE =
  /\b(?:spokes(?:man|woman|men|women|person|people)|press secretary|aide|representative for)\b/iu;

/**
 * Two named speakers who are not one: no word of their names shared, and neither speaking for a body
 * (a spokesman for the department the other names).
 */
export function differentSpeakers(x: AttributionFact, y: AttributionFact): boolean {
  if (!named(x) || !named(y)) return false;
  if (SPOKESPEOPLE.test(x.source.text) || SPOKESPEOPLE.test(y.source.text)) return false;
  return dice(contentStems(x.source.text), contentStems(y.source.text)) === 0;
}

const NAME_WORDS = /\p{Lu}[\p{Ll}\p{M}'’-]+/gu;

/**
 * Who a quotation is credited to: the attribution right after its comma and closing mark ("“...,”
 * Conaway said"), else the one opening its sentence before it ("the members stated that ...
 * “...”"), unless another name stands between (a quotation inside "which her rival Tom Ellis has
 * called “...”" is Ellis's words, not the speaker's). Undefined when it cannot be told.
 */
export function speakerOf(v: ParagraphView, qf: QuoteFact): AttributionFact | undefined {
  const from = v.sentences.find((s) => s.start <= qf.start && qf.start < s.end)?.start ?? qf.start;
  const to = v.sentences.find((s) => s.start < qf.end && qf.end <= s.end + 1)?.end ?? qf.end;
  let before: AttributionFact | undefined;
  let after: AttributionFact | undefined;
  for (const f of v.facts) {
    if (!sourced(f) || f.start < from || f.end > to) continue;
    if (f.end <= qf.start && (before === undefined || f.start > before.start)) before = f;
    if (f.start >= qf.end && (after === undefined || f.start < after.start)) after = f;
  }
  const handsOver = /[,?!—–-]\s*$/u.test(qf.inner.text);
  // Only a title or initials may come between ("“...,” Representative K. Michael Conaway ... said").
  const gap = after === undefined ? '' : v.text.slice(qf.end, after.start);
  const titled = (gap.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => /^\p{Lu}/u.test(w));
  if (after !== undefined && handsOver && titled && gap.split(/\s+/).length <= 4) return after;
  if (before === undefined) return undefined;
  // Words between the attribution and the quotation that name someone else: whose words these are is unclear.
  // (A possessive, "Mueller's findings", names no speaker.)
  const between = v.text.slice(before.end, qf.start).match(NAME_WORDS) ?? [];
  return between.some((w) => !/['’]s$/u.test(w)) ? undefined : before;
}
