import { emptyEvidence, evidence, type Evidence } from './evidence.ts';
import type { Weights } from './weights.ts';

/**
 * Sentence pairs judged to carry the same content, column by column (match m is s[m], t[m], ...):
 * on large sets there are hundreds of thousands, too many to make an object of each.
 */
export interface SentenceMatches {
  count: number;
  /** Global sentence ids of the two sides. */
  s: Int32Array;
  t: Int32Array;
  /** The strength of the judgement. */
  score: Float64Array;
  /** Weighted Dice similarity: how alike the two sentences are as wholes. */
  dice: Float64Array;
}

/** Thresholds of the sentence decision; all are on normalised weights (a rarest term weighs 1). */
export const SENTENCE_RULES = {
  /** Sentences this alike (weighted Dice) are the same sentence, edited or reworded. */
  sameDice: 0.45,
  /** Share of the smaller sentence's weight found in the other (scaled by evidence) for a match. */
  cover: 0.42,
  /** A sentence's best partner in another article needs only this much, if clearly the best. */
  bestCover: 0.34,
  /** How far the best partner must lead the runner-up to count as clearly the best. */
  bestMargin: 0.15,
  /**
   * Mutual best partners (each the other's best in its article) that share a consecutive word pair
   * need only this cover and this lead: a reworded sentence keeps a phrase ("after 20 years").
   */
  mutualCover: 0.25,
  mutualMargin: 0.05,
  /** Shared weight at which coverage counts in full (less is scaled down). */
  fullEvidence: 2.2,
  /** Each shared consecutive term pair adds this much evidence of copying. */
  pairBonus: 0.25,
  /** Shared content terms needed for a coverage match (one fewer when a word pair is shared too). */
  minTerms: 4,
  /**
   * Sentences that state the same figure (a number of 10 or more, or the same rounded amount) and
   * share this many other content terms report the same fact, however reworded ("more than 1,000
   * soldiers fled" and "1,037 servicemen fled"). Cover still has to reach mutualCover.
   */
  figureTerms: 3,
  /** Label-like sentences (no closing punctuation, few words) need this Dice to match anything. */
  labelDice: 0.8,
  labelWords: 5,
};

/** Per candidate pair k: its coverage, Dice, shared word pairs and rule score (0 when the rules did not match it). */
export interface CandidateFigures {
  cover: Float32Array;
  dice: Float32Array;
  bigrams: Uint8Array;
  rule: Float32Array;
}

/** Room for the figures of `count` candidates. */
export function candidateFigures(count: number): CandidateFigures {
  return { cover: new Float32Array(count), dice: new Float32Array(count), bigrams: new Uint8Array(count), rule: new Float32Array(count) };
}

interface Scored {
  dice: number;
  /** Coverage of the smaller sentence, scaled by the amount of evidence. */
  cover: number;
  enoughTerms: boolean;
}

/** Scores the evidence of a pair into `x` (one record reused for every candidate, as for Evidence). */
function scoreEvidence(e: Evidence, x: Scored): Scored {
  const r = SENTENCE_RULES;
  x.dice = e.massS + e.massT > 0 ? (2 * e.shared) / (e.massS + e.massT) : 0;
  const strength = e.shared + r.pairBonus * e.bigrams;
  x.cover = Math.max(e.coverS, e.coverT) * Math.min(1, strength / r.fullEvidence);
  x.enoughTerms = e.terms >= r.minTerms || (e.terms >= r.minTerms - 1 && e.bigrams > 0);
  return x;
}

/** The match score of one pair before the best-partner pass (0 when it does not match outright). */
function directScore(x: Scored, e: Evidence): number {
  const r = SENTENCE_RULES;
  let score = 0;
  if (x.dice >= r.sameDice && e.terms >= 2) score = x.dice;
  if (x.enoughTerms && x.cover >= r.cover) score = Math.max(score, x.cover);
  if (e.figures > 0 && e.terms - e.figures >= r.figureTerms && x.cover >= r.mutualCover) score = Math.max(score, x.cover);
  return Math.min(1, score);
}

/**
 * Scores every candidate pair. A pair matches when the sentences are alike as wholes, or when most of
 * the smaller one is found in the other; failing that, a pair still matches when one sentence is the
 * other's clear best partner in that article (NewsEdits keeps a sentence's best partner the same way).
 * `label[s]` marks heading-like sentences, which only match near-copies. When `seen` is given, every
 * candidate's coverage and Dice are written into it (index k), for the paragraph-level combiner.
 */
export function matchSentences(
  w: Weights,
  cs: Int32Array,
  ct: Int32Array,
  count: number,
  label: Uint8Array,
  articleCount: number,
  seen?: CandidateFigures,
): SentenceMatches {
  const r = SENTENCE_RULES;
  const c = w.c;
  const n = c.article.length;
  // Best and runner-up coverage per (sentence, other article), at other * n + sentence: candidates
  // come one sentence s at a time, so the entries of its partners (against s's article) lie close.
  // Each candidate offers its coverage to both its sentences, written out in the loop below (the
  // CLI runs with V8's inlining off, and a call per offer cost more than the offer).
  const best = new Float32Array(n * articleCount);
  const second = new Float32Array(n * articleCount);
  const bestPartner = new Int32Array(n * articleCount).fill(-1);

  // Each candidate is kept at most once, so `count` rows are room enough.
  const out: SentenceMatches = {
    count: 0,
    s: new Int32Array(count),
    t: new Int32Array(count),
    score: new Float64Array(count),
    dice: new Float64Array(count),
  };
  const keep = (s: number, t: number, score: number, dice: number): void => {
    const m = out.count++;
    out.s[m] = s;
    out.t[m] = t;
    out.score[m] = score;
    out.dice[m] = dice;
  };
  const e = emptyEvidence();
  const x: Scored = { dice: 0, cover: 0, enoughTerms: false };
  const pending: number[] = [];
  const pendingCover: number[] = [];
  const pendingDice: number[] = [];
  // Per pending pair: bit 1 when it may be kept as a clear best partner, bit 2 as mutual best partners.
  const pendingWays: number[] = [];
  for (let k = 0; k < count; k++) {
    const s = cs[k] as number;
    const t = ct[k] as number;
    scoreEvidence(evidence(w, s, t, e), x);
    if (seen !== undefined) {
      seen.cover[k] = x.cover;
      seen.dice[k] = x.dice;
      seen.bigrams[k] = Math.min(255, e.bigrams);
    }
    const special = label[s] === 1 || label[t] === 1 || c.boiler[s] === 1;
    if (special) {
      if (x.dice >= r.labelDice) {
        keep(s, t, Math.min(1, x.dice), x.dice);
        if (seen !== undefined) seen.rule[k] = Math.min(1, x.dice);
      }
      continue;
    }
    const v = x.cover;
    let o = (c.article[t] as number) * n + s;
    if (v > (best[o] as number)) {
      second[o] = best[o] as number;
      best[o] = v;
      bestPartner[o] = t;
    } else if (v > (second[o] as number)) second[o] = v;
    o = (c.article[s] as number) * n + t;
    if (v > (best[o] as number)) {
      second[o] = best[o] as number;
      best[o] = v;
      bestPartner[o] = s;
    } else if (v > (second[o] as number)) second[o] = v;
    const score = directScore(x, e);
    if (score > 0) {
      keep(s, t, score, x.dice);
      if (seen !== undefined) seen.rule[k] = score;
    }
    else if (x.enoughTerms && x.cover >= r.mutualCover) {
      const ways = (e.terms >= r.minTerms && x.cover >= r.bestCover ? 1 : 0) | (e.bigrams > 0 ? 2 : 0);
      if (ways === 0) continue;
      pending.push(k);
      pendingCover.push(x.cover);
      pendingDice.push(x.dice);
      pendingWays.push(ways);
    }
  }
  const leads = (s: number, t: number, margin: number): boolean => {
    const k = (c.article[t] as number) * n + s;
    return bestPartner[k] === t && (best[k] as number) - (second[k] as number) >= margin;
  };
  pending.forEach((k, p) => {
    const s = cs[k] as number;
    const t = ct[k] as number;
    const ways = pendingWays[p] as number;
    const kept =
      ((ways & 1) !== 0 && (leads(s, t, r.bestMargin) || leads(t, s, r.bestMargin))) ||
      ((ways & 2) !== 0 && leads(s, t, r.mutualMargin) && leads(t, s, r.mutualMargin));
    if (kept) {
      keep(s, t, pendingCover[p] as number, pendingDice[p] as number);
      if (seen !== undefined) seen.rule[k] = pendingCover[p] as number;
    }
  });
  return out;
}
