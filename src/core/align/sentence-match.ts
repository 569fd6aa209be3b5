import type { Corpus } from './corpus.ts';
import { evidence, type Evidence } from './evidence.ts';

/** Two sentences judged to carry the same content, with the strength of that judgement. */
export interface SentenceMatch {
  s: number;
  t: number;
  score: number;
  /** Weighted Dice similarity: how alike the two sentences are as wholes. */
  dice: number;
}

/** Thresholds of the sentence decision; all are on normalised weights (a rarest term weighs 1). */
export const SENTENCE_RULES = {
  /** Sentences this alike (weighted Dice) are the same sentence, edited or reworded. */
  sameDice: 0.45,
  /** Share of the smaller sentence's weight that must be found in the other for a partial match. */
  cover: 0.4,
  /** Shared weight at which containment counts in full (less is scaled down). */
  fullEvidence: 2.5,
  /** Shared content terms needed for a containment match (one fewer when a word pair is shared too). */
  minTerms: 4,
  /** Label-like sentences (no closing punctuation, few words) need this Dice to match anything. */
  labelDice: 0.8,
  labelWords: 5,
};

/** Strength in [0, 1] of the evidence that two sentences carry the same content (0 when not enough). */
export function matchScore(e: Evidence, massS: number, massT: number): { score: number; dice: number } {
  const r = SENTENCE_RULES;
  const dice = massS + massT > 0 ? (2 * e.shared) / (massS + massT) : 0;
  const cover = Math.max(e.coverS, e.coverT) * Math.min(1, e.shared / r.fullEvidence);
  const enoughTerms = e.terms >= r.minTerms || (e.terms >= r.minTerms - 1 && e.bigrams > 0);
  let score = 0;
  if (dice >= r.sameDice && e.terms >= 2) score = dice;
  if (enoughTerms && cover >= r.cover) score = Math.max(score, cover);
  return { score: Math.min(1, score), dice };
}

/** Scores every candidate pair and keeps those that match; `label[s]` marks heading-like sentences. */
export function matchSentences(
  c: Corpus,
  cs: Int32Array,
  ct: Int32Array,
  count: number,
  label: Uint8Array,
): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  for (let k = 0; k < count; k++) {
    const s = cs[k] as number;
    const t = ct[k] as number;
    const e = evidence(c, s, t);
    const { score, dice } = matchScore(e, c.mass[s] as number, c.mass[t] as number);
    if (score <= 0) continue;
    if ((label[s] === 1 || label[t] === 1 || c.boiler[s] === 1) && dice < SENTENCE_RULES.labelDice) continue;
    out.push({ s, t, score, dice });
  }
  return out;
}
