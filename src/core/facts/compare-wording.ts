import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { STOP } from './lexicon.ts';
import { REPORTING } from './lexicon-change.ts';
import type { Pairing, SentenceView } from './pairing.ts';
import { changedRuns, widen } from './runs.ts';
import type { Run } from './runs.ts';
import { F } from './signature.ts';
import { isCapitalised } from './words.ts';
import type { Word } from './words.ts';

/** Sentences must share this much content before a change of wording counts as a change of the claim. */
const WORDING_OVERLAP = 0.3;

// "appears to", "seems that", "believed to", "appears not to": hedges only in these shapes ("he
// appeared in court", "appeared that night", "the suspect", "believe that" are none).
const NEEDS_TO = new Set(['appear', 'seem', 'believ', 'suspect']);
const TIME_NOUNS = new Set([
  'night',
  'day',
  'morning',
  'afternoon',
  'evening',
  'week',
  'weekend',
  'month',
  'year',
  'time',
  'season',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'one',
  'another',
  'each',
  'every',
]);

function hedgeShape(s: SentenceView, k: number): boolean {
  const [root, next, after] = [s.roots[k] as string, s.keys[k + 1], s.keys[k + 2]];
  if (DETERMINERS.has(s.keys[k - 1] ?? '')) return false;
  if (next === 'to' || (next === 'not' && after === 'to')) return true;
  return (root === 'appear' || root === 'seem') && next === 'that' && !TIME_NOUNS.has(after ?? '');
}

/** Indexes of the words in [i, j) of a sentence that carry a flag (a hedge verb only before "to"). */
function hits(s: SentenceView, i: number, j: number, bit: number): number[] {
  const out: number[] = [];
  for (let k = i; k < j; k++) {
    if (((s.flags[k] as number) & bit) === 0) continue;
    if (bit === F.hedge && NEEDS_TO.has(s.roots[k] as string) && !hedgeShape(s, k)) continue;
    // "As if" compares; it sets no condition.
    if (bit === F.conditional && s.keys[k] === 'if' && s.keys[k - 1] === 'as') continue;
    // A capital inside a sentence makes a name ("in May", "Will Hart"); titles are names' roles.
    if ((bit & (F.rank | F.role)) === 0 && k > 0 && isCapitalised((s.words[k] as Word).text))
      continue;
    out.push(k);
  }
  return out;
}
const any = (s: SentenceView, i: number, j: number, bit: number) => hits(s, i, j, bit).length > 0;

interface Finding {
  type: 'attribution' | 'meaning' | 'name';
  severity: 'high' | 'medium' | 'low';
  template: string;
  /** Word ranges to show on each side; none shows the run. */
  a?: readonly [number, number];
  b?: readonly [number, number];
}

const meaning = (severity: Finding['severity'], template: string): Finding => ({
  type: 'meaning',
  severity,
  template,
});

/** Longest run (words a side) in which a hedge, condition or prospect on one side counts. */
const LOCAL_EDIT = 3;

/** Content overlap of sentences in which one role named for another is a change of role. */
const ROLE_OVERLAP = 0.6;

/** How far after a rank its role noun may stand ("chief [international] correspondent"). */
const ROLE_REACH = 3;

/** What a changed run does to the claim, if anything a fact-checker weighs. */
function classify(p: Pairing, r: Run): Finding | null {
  const { a, b } = p;
  // The reporting verb: "said" against "claimed", "told" against "assured".
  const va = hits(a, r.ai, r.aj, F.reporting);
  const vb = hits(b, r.bi, r.bj, F.reporting);
  const ca = va.map((k) => REPORTING.get(a.roots[k] as string));
  const cb = vb.map((k) => REPORTING.get(b.roots[k] as string));
  // These are local edits (a word added or swapped): a longer rewrite says the same in other words.
  const local = Math.max(r.aj - r.ai, r.bj - r.bi) <= LOCAL_EDIT;
  // A hedge comes with small words of its own ("was not" / "appears not to be", "the" / "it does not
  // appear that"): there the run is measured by its content words.
  const content = (s: SentenceView, i: number, j: number) => {
    let n = 0;
    for (let k = i; k < j; k++)
      if (!STOP.has(s.keys[k] as string) && ((s.flags[k] as number) & F.negator) === 0) n++;
    return n;
  };
  const hedged =
    !local &&
    Math.max(content(a, r.ai, r.aj), content(b, r.bi, r.bj)) <= 1 &&
    (any(a, r.ai, r.aj, F.hedge) || any(b, r.bi, r.bj, F.hedge));
  if (hedged) {
    const inA = any(a, r.ai, r.aj, F.hedge);
    if (
      inA !== any(b, r.bi, r.bj, F.hedge) &&
      !any(inA ? b : a, 0, (inA ? b : a).keys.length, F.hedge)
    )
      return meaning('medium', 'Only one version hedges the claim: {a} vs {b}.');
  }
  if (!local) return null;
  if (va.length > 0 && vb.length > 0 && !ca.some((c) => cb.includes(c))) {
    const [x, y] = [va[0] as number, vb[0] as number];
    const template = 'The reporting verb changes the weight of the statement: {a} vs {b}.';
    return { type: 'attribution', severity: 'medium', template, a: [x, x + 1], b: [y, y + 1] };
  }
  // Status: "approved" against "under discussion".
  const inA = (bit: number) => any(a, r.ai, r.aj, bit);
  const inB = (bit: number) => any(b, r.bi, r.bj, bit);
  if ((inA(F.settled) && inB(F.unsettled)) || (inA(F.unsettled) && inB(F.settled)))
    return meaning('high', 'The status differs: {a} vs {b}.');
  // A hedge, a condition or a prospect on one side of the run only, and one sentence holding fewer
  // of them than the other ("asked if he would vote for cuts if they cost jobs" / "... as they cost
  // jobs"): not one moved elsewhere in the sentence.
  const only = (bit: number) => {
    if (inA(bit) === inB(bit)) return false;
    const [ha, hb] = [hits(a, 0, a.keys.length, bit), hits(b, 0, b.keys.length, bit)];
    if (ha.length === 0 || hb.length === 0) return true;
    if (ha.length === hb.length) return false;
    // Both sentences hold one: a word put in another's place counts ("if they cost jobs" / "as
    // they cost jobs"), and so does one dropped, unless it repeats one the other keeps ("if prices
    // rise or if wages climb" / "or wages climb").
    if (r.aj > r.ai && r.bj > r.bi) return true;
    const [s, i, j, kept, o] = inA(bit) ? [a, r.ai, r.aj, hb, b] : [b, r.bi, r.bj, ha, a];
    const keptRoots = new Set(kept.map((k) => o.roots[k]));
    return hits(s, i, j, bit).some((k) => !keptRoots.has(s.roots[k]));
  };
  if (only(F.conditional))
    return meaning('high', 'A condition on one side is a plain fact on the other: {a} vs {b}.');
  if (only(F.hedge)) return meaning('medium', 'Only one version hedges the claim: {a} vs {b}.');
  if (only(F.prospective) && r.aj > r.ai && r.bj > r.bi)
    return meaning(
      'medium',
      'One version states as future or possible what the other states as done: {a} vs {b}.',
    );
  return roleChange(p, r);
}

/** A person's role or rank changed: "senior official" vs "official", "CEO" vs "president". */
function roleChange(p: Pairing, r: Run): Finding | null {
  const { a, b } = p;
  const ra = hits(a, r.ai, r.aj, F.rank);
  const rb = hits(b, r.bi, r.bj, F.rank);
  const na = hits(a, r.ai, r.aj, F.role);
  const nb = hits(b, r.bi, r.bj, F.role);
  const template = "The person's role or rank differs: {a} vs {b}.";
  // Words compared by root, ranks by meaning ("ex-" is "former", see RANK_SAME).
  const differ = (xs: number[], ys: number[], key = (r: string) => r) => {
    const rx = new Set(xs.map((k) => key(a.roots[k] as string)));
    return ys.length !== xs.length || ys.some((k) => !rx.has(key(b.roots[k] as string)));
  };
  const rank = (r: string) => RANK_SAME.get(r) ?? r;
  // The role noun just after the run, the same on both sides: "[chief] international correspondent".
  const nounAfter = (s: SentenceView, j: number) => {
    for (let k = j; k < Math.min(j + ROLE_REACH, s.keys.length); k++)
      if (((s.flags[k] as number) & F.role) !== 0) return k + 1;
    return j;
  };
  const [ea, eb] = [nounAfter(a, r.aj), nounAfter(b, r.bj)];
  const shared = ea > r.aj && eb > r.bj && a.keys[ea - 1] === b.keys[eb - 1];
  // Ranks on both sides ("permanent" / "interim"), or on one side of a role ("[senior] official").
  const ranked =
    (ra.length > 0 && rb.length > 0) ||
    ((ra.length > 0 || rb.length > 0) && (na.length > 0 || nb.length > 0 || shared));
  // Spans start at the first content word: "senior official", not "A senior official".
  const from = (s: SentenceView, i: number, j: number) => {
    while (i < j && STOP.has(s.keys[i] as string)) i++;
    return i;
  };
  if (ranked && differ(ra, rb, rank))
    return {
      type: 'name',
      severity: 'medium',
      template,
      a: [from(a, r.ai, r.aj), ea],
      b: [from(b, r.bi, r.bj), eb],
    };
  // One role for another ("CEO" / "president") only in close sentences: looser ones describe a
  // person in other words ("aide" / "communications director").
  if (p.overlap >= ROLE_OVERLAP && na.length > 0 && nb.length > 0 && differ(na, nb))
    return { type: 'name', severity: 'medium', template };
  return null;
}

// Ranks that, added or dropped, name another post: "Former Mayor" / "Mayor", "Deputy Mayor" / "Mayor".
const ANOTHER_POST = new Set(['former', 'deputy', 'vice', 'assistant']);

// Ranks that say the same in other words, in headlines and body text alike: "Ex-Minister" /
// "Former Minister", "acting chief" / "interim chief", "top aide" / "senior aide".
const RANK_SAME = new Map([
  ['ex', 'former'],
  ['top', 'senior'],
  ['acting', 'interim'],
]);

/**
 * In a headline only a rank put in place of another ("Picks Interim Aide" / "Picks Permanent Aide")
 * or one naming another post added or dropped ("Former", "Deputy") is compared: headlines word
 * roles freely ("Top Aide" / "Senior Aide", "Chair" / "Chief").
 */
function headlineRole(p: Pairing, r: Run): Finding | null {
  if (Math.max(r.aj - r.ai, r.bj - r.bi) > LOCAL_EDIT) return null;
  const ranks = (s: SentenceView, i: number, j: number) =>
    new Set(
      hits(s, i, j, F.rank).map(
        (k) => RANK_SAME.get(s.roots[k] as string) ?? (s.roots[k] as string),
      ),
    );
  const [ra, rb] = [ranks(p.a, r.ai, r.aj), ranks(p.b, r.bi, r.bj)];
  // A rank on one side only is compared when it names another post (see ANOTHER_POST).
  const former =
    (ra.size === 0) !== (rb.size === 0) && [...ra, ...rb].some((x) => ANOTHER_POST.has(x));
  const swapped =
    ra.size > 0 && rb.size > 0 && !(ra.size === rb.size && [...ra].every((x) => rb.has(x)));
  return former || swapped ? roleChange(p, r) : null;
}

const range = (s: SentenceView, i: number, j: number): [number, number] | null => {
  const f = s.words[i];
  const l = s.words[j - 1];
  return j > i && f && l ? [f.start, l.end] : null;
};

/** A reporting verb shown with its source when the attribution is short: "the mayor claimed". */
function withSource(s: SentenceView, r: [number, number]): [number, number] {
  const f = s.facts.find(
    (x) => x.kind === 'attribution' && x.start <= r[0] && r[1] <= x.end && x.end - x.start <= 60,
  );
  return f ? [f.start, f.end] : r;
}

const WORDING =
  F.reporting | F.hedge | F.prospective | F.conditional | F.settled | F.unsettled | F.rank | F.role;
const flagged = (s: SentenceView, i: number, j: number) => {
  for (let k = i; k < j; k++) if (((s.flags[k] as number) & WORDING) !== 0) return true;
  return false;
};

/** Changes of wording that change a claim's weight: reporting verb, hedge, condition, status, role. */
export function compareWording(p: Pairing, aText: string, bText: string): Draft[] {
  if (p.overlap < WORDING_OVERLAP) return [];
  // A headline drops attribution and hedges by convention, but a role or rank it gives is a claim
  // ("picks interim aide" / "picks permanent aide").
  const headline = p.a.headline || p.b.headline;
  const out: Draft[] = [];
  for (const r of changedRuns(p)) {
    if (!flagged(p.a, r.ai, r.aj) && !flagged(p.b, r.bi, r.bj)) continue;
    const f = headline ? headlineRole(p, r) : classify(p, r);
    if (!f) continue;
    let ar =
      (f.a && range(p.a, f.a[0], f.a[1])) ?? widen(aText, r.aStart, r.aEnd, p.a.start, p.a.end);
    let br =
      (f.b && range(p.b, f.b[0], f.b[1])) ?? widen(bText, r.bStart, r.bEnd, p.b.start, p.b.end);
    if (f.type === 'attribution') [ar, br] = [withSource(p.a, ar), withSource(p.b, br)];
    out.push(discrepancy(f.type, aText, bText, [...ar, ...br], f.severity, f.template));
  }
  return out;
}
