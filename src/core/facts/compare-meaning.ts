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

const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");
const negated = (ks: readonly string[]) => ks.some(isNegator);
const negations = (ks: readonly string[]) => ks.filter(isNegator).length;

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
  // As many negations in both sentences: a negation moved ("was not in the report" / "it does not
  // appear that it was in the report"), the statement's sense kept.
  let moved: boolean | undefined;
  const negationMoved = () => (moved ??= negations(p.a.keys) === negations(p.b.keys));
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
