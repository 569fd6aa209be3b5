import type { Link } from './types.ts';

/**
 * How strongly a link's best sentence pair matches, in [0, 1]: the measure links made two ways share.
 * A link the sentence rules made scores its best pair; one the combiner accepted scores its
 * probability, which is no similarity (a loose pair sure to be linked scores 0.9, a close paraphrase
 * the rules matched 0.5). Placing paragraphs in rows and choosing which links to compare for facts
 * by `score` put a lede beside a paragraph that merely shares its date and figure.
 */
export function linkStrength(l: Link): number {
  if (l.kind === 'identical') return 1;
  let best = 0;
  for (const p of l.pairs) if (p.score > best) best = p.score;
  return l.pairs.length > 0 ? best : l.score;
}
