import { discrepancy } from './discrepancy.ts';
import type { Draft } from './discrepancy.ts';
import { NEGATORS, STOP } from './lexicon.ts';
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

// Words after "not" that make it add rather than deny: "not only ... but also", "not just".
const ADDING = new Set(['only', 'just', 'merely', 'solely']);
// Words that limit a claim, as "only" does: "not only a draft" / "simply a draft" reverses it.
const LIMITING = new Set([...ADDING, 'simply', 'purely']);

/**
 * Whether words i to j - 1 of a sentence hold a negation. "Not only" changed as a whole adds or
 * drops an addition ("will not only cut costs but also add jobs" / "will cut costs"), unless the
 * other version's changed words limit the claim instead ("not only a draft" / "just a draft"); "not"
 * alone before an "only" both keep reverses it ("is only a draft" / "is not only a draft").
 */
const negatedIn = (ks: readonly string[], i: number, j: number, otherLimits: boolean) => {
  for (let k = i; k < j; k++) {
    const adding = ks[k] === 'not' && k + 1 < j && ADDING.has(ks[k + 1] as string);
    if (isNegator(ks, k) && (!adding || otherLimits)) return true;
  }
  return false;
};

// Verbs that take a negation meant for the clause after them: "it does not appear that it was" is
// "it appears that it was not", "did not expect it to fail" is "expected it not to fail".
const NEG_RAISING = new Set(['appear', 'seem', 'think', 'thought', 'believ', 'expect', 'suppos']);

const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'while', 'whereas']);

/** The content words' roots from word k on, up to the end of its clause (a comma, "and"), at most n. */
function clauseRoots(s: Pairing['a'], k: number, n: number): string[] {
  const out: string[] = [];
  for (let m = k; m < s.keys.length && out.length < n; m++) {
    if (m > k && (/[,;:]/.test(s.words[m]?.before ?? '') || CLAUSE_WORDS.has(s.keys[m] as string)))
      break;
    if (!STOP.has(s.keys[m] as string) && !isNegator(s.keys, m)) out.push(s.roots[m] as string);
  }
  return out;
}

/**
 * Whether a negation moved between a verb of that kind and the clause after it: as many negations
 * on each side, one just before such a verb on one side ("did not expect the dam to fail"), and on
 * the other a negation in that clause's words ("expected the dam not to fail"). Any other change of
 * negation is a reversal ("did not expect the bridge to reopen, and the ferry ran" / "expected the
 * bridge to reopen, and the ferry did not run").
 */
function raisedNegation(a: Pairing['a'], b: Pairing['a']): boolean {
  const count = (s: Pairing['a']) => s.keys.filter((_, k) => isNegator(s.keys, k)).length;
  if (count(a) !== count(b)) return false;
  const moved = (s: Pairing['a'], o: Pairing['a']) =>
    s.keys.some((_, k) => {
      if (!isNegator(s.keys, k)) return false;
      const v = [k + 1, k + 2].find((m) => NEG_RAISING.has(s.roots[m] ?? ''));
      if (v === undefined) return false;
      // "Appear" and "seem" raise a negation only before "to" or "that" ("did not appear in court").
      const r = s.roots[v] as string;
      if ((r === 'appear' || r === 'seem') && s.keys[v + 1] !== 'to' && s.keys[v + 1] !== 'that')
        return false;
      const clause = new Set(clauseRoots(s, v + 1, 12));
      return o.keys.some(
        (_, m) => isNegator(o.keys, m) && clauseRoots(o, m + 1, 6).some((w) => clause.has(w)),
      );
    });
  return moved(a, b) || moved(b, a);
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
    const limits = (ws: readonly string[]) => ws.some((w) => LIMITING.has(w));
    const reversed =
      negatedIn(p.a.keys, r.ai, r.aj, limits(yw)) !== negatedIn(p.b.keys, r.bi, r.bj, limits(xw));
    if ((!reversed || negationMoved()) && !opposite(xw, yw)) continue;
    const [as, ae] = widen(aText, r.aStart, r.aEnd, p.a.start, p.a.end);
    const [bs, be] = widen(bText, r.bStart, r.bEnd, p.b.start, p.b.end);
    const template = 'The statement may be reversed: {a} vs {b}.';
    out.push(discrepancy('meaning', aText, bText, [as, ae, bs, be], 'high', template));
  }
  return out;
}
