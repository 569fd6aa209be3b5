import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { NEGATORS } from './lexicon.ts';
import { ANTONYMS, root } from './lexicon-change.ts';
import type { Pairing } from './pairing.ts';
import { changedRuns, runKeys, widen } from './runs.ts';
import { F } from './signature.ts';

/** Only sentences this close are compared for reversed meaning: looser paraphrases move negations about. */
const MEANING_OVERLAP = 0.5;
/** A reversal is a local change: longer rewritten stretches move negations and opposites about. */
export const MAX_RUN_WORDS = 4;

// "No. 10", "the No. 2 Democrat": a number's abbreviation, not a negation.
const isNegator = (ks: readonly string[], k: number) => {
  const w = ks[k] as string;
  return (NEGATORS.has(w) || w.endsWith("n't")) && !(w === 'no' && /^\d/.test(ks[k + 1] ?? ''));
};
const negated = (ks: readonly string[]) => ks.some((_, k) => isNegator(ks, k));

// Verbs that take a negation meant for the clause after them: "it does not appear that it was" is
// "it appears that it was not", "did not expect it to fail" is "expected it not to fail".
const NEG_RAISING = new Set(['appear', 'seem', 'think', 'thought', 'believ', 'expect', 'suppos']);

/**
 * Whether a negation moved between a verb of that kind and the clause after it: as many negations
 * on each side, one of them just before such a verb. Any other change of negation is a reversal.
 */
function raisedNegation(a: Pairing['a'], b: Pairing['a']): boolean {
  const count = (s: Pairing['a']) => s.keys.filter((_, k) => isNegator(s.keys, k)).length;
  const raised = (s: Pairing['a']) =>
    s.keys.some(
      (_, k) => isNegator(s.keys, k) && [1, 2].some((d) => NEG_RAISING.has(s.roots[k + d] ?? '')),
    );
  return count(a) === count(b) && raised(a) !== raised(b);
}

// The antonym groups each root belongs to (on either side).
const GROUPS_OF = (() => {
  const m = new Map<string, Array<(typeof ANTONYMS)[number]>>();
  for (const g of ANTONYMS)
    for (const w of new Set([...g[0], ...g[1]])) {
      const list = m.get(w);
      if (list) list.push(g);
      else m.set(w, [g]);
    }
  return m;
})();

/** Whether one side holds a word of an antonym group and the other a word of the opposite group. */
export function opposite(xs: string[], ys: string[]): boolean {
  const rx = xs.map(root);
  const ry = ys.map(root);
  const has = (rs: string[], s: Set<string>) => rs.some((r) => s.has(r));
  // Only a group holding one of xs's roots can oppose it.
  return rx.some((x) =>
    (GROUPS_OF.get(x) ?? []).some(
      ([l, r]) =>
        (has(rx, l) && has(ry, r) && !has(rx, r) && !has(ry, l)) ||
        (has(rx, r) && has(ry, l) && !has(rx, l) && !has(ry, r)),
    ),
  );
}

/** A statement reversed between close paraphrases: a negation added or dropped, or an opposite word. */
export function compareMeaning(p: Pairing, aText: string, bText: string): Draft[] {
  if (p.overlap < MEANING_OVERLAP) return [];
  const out: Draft[] = [];
  const flagged = (fs: number[], i: number, j: number) =>
    fs.slice(i, j).some((f) => (f & (F.negator | F.antonym)) !== 0);
  let moved: boolean | undefined;
  const negationMoved = () => (moved ??= raisedNegation(p.a, p.b));
  for (const r of changedRuns(p)) {
    if (!flagged(p.a.flags, r.ai, r.aj) && !flagged(p.b.flags, r.bi, r.bj)) continue;
    const [xw, yw] = runKeys(p, r);
    if (Math.max(xw.length, yw.length) > MAX_RUN_WORDS) continue;
    if ((negated(xw) === negated(yw) || negationMoved()) && !opposite(xw, yw)) continue;
    const [as, ae] = widen(aText, r.aStart, r.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(bText, r.bStart, r.bEnd, p.b.start, p.b.end);
    const template = 'The statement may be reversed: {a} vs {b}.';
    out.push(discrepancy('meaning', aText, bText, [as, ae, bs, be], 'high', template));
  }
  return out;
}
