import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { NEGATORS, OPPOSITES } from './lexicon.ts';
import type { Pairing } from './pairing.ts';
import { changedRuns, widen } from './runs.ts';
import { words } from './words.ts';

/** Only sentences this close are compared for reversed meaning: looser paraphrases move negations about. */
const MEANING_OVERLAP = 0.5;

const negated = (ws: string[]) => ws.some((w) => NEGATORS.has(w) || w.endsWith("n't"));

/** A statement reversed between close paraphrases: a negation added or dropped, or an opposite word. */
export function compareMeaning(p: Pairing, aText: string, bText: string): Draft[] {
  if (p.overlap < MEANING_OVERLAP) return [];
  const out: Draft[] = [];
  for (const r of changedRuns(p)) {
    const xw = words(aText.slice(r.aStart, r.aEnd)).map((w) => w.lower);
    const yw = words(bText.slice(r.bStart, r.bEnd)).map((w) => w.lower);
    const opposite = OPPOSITES.some(
      ([u, v]) => (xw.includes(u) && yw.includes(v)) || (xw.includes(v) && yw.includes(u)),
    );
    if (negated(xw) === negated(yw) && !opposite) continue;
    const [as, ae] = widen(aText, r.aStart, r.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(bText, r.bStart, r.bEnd, p.b.start, p.b.end);
    const template = 'The statement may be reversed: {a} vs {b}.';
    out.push(discrepancy('meaning', aText, bText, [as, ae, bs, be], 'high', template));
  }
  return out;
}
