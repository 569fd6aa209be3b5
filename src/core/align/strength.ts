import type { Link } from './types.ts';

/**
 * How closely a link's paragraphs match, in [0, 1]: the score of its best sentence pair, 1 for a
 * copy. A link the sentence rules made has its best pair's match score as its `score`; one the
 * combiner accepted has its probability there, which is no similarity (a loose pair it is sure of
 * scores 0.9, a close paraphrase the rules matched 0.5), and carries its best pair's coverage as
 * that pair's score. Rows, the row map and the choice of links to compare for facts read this, so
 * that a lede stands beside the ledes, not beside a paragraph that merely shares its date and
 * figure. A link without sentence pairs (none is made today) falls back to its score.
 */
export function linkStrength(l: Link): number {
  if (l.kind === 'identical') return 1;
  let best = 0;
  for (const p of l.pairs) if (p.score > best) best = p.score;
  return l.pairs.length > 0 ? best : l.score;
}

/**
 * What made a link, as its fields tell it: 'sentences' when the sentence rules matched (a copy, or a
 * link whose score is its best sentence pair's), 'evidence' when the combiner accepted the pair on
 * all its evidence together (shared names, figures, rare words, position), its score then being the
 * combiner's confidence rather than a similarity.
 */
export function linkBasis(l: Link): 'sentences' | 'evidence' {
  if (l.kind === 'identical' || l.pairs.length === 0) return 'sentences';
  return linkStrength(l) === l.score ? 'sentences' : 'evidence';
}
