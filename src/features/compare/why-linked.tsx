import type { Link } from '../../core/align/index.ts';
// From its own module: the align index brings the aligner and its language tables into the page.
import { linkBasis } from '../../core/align/strength.ts';
import type { Article } from '../../core/text/index.ts';
import { Quote } from '../../components/quote.tsx';

interface Props {
  /** Article and paragraph this cell shows. */
  self: Article;
  paragraph: number;
  other: Article;
  links: readonly Link[];
  /** In the tab order (the row is the grid's active row) or reached by focusing its row first. */
  tabbable: boolean;
}

const KIND: Record<Link['kind'], string> = {
  identical: 'the same text',
  edited: 'an edited copy',
  paraphrase: 'a paraphrase',
  partial: 'part of the same content',
};

/** The paragraph of `other` a link joins to paragraph `paragraph` of `self`. */
const theirsOf = (l: Link, self: Article, paragraph: number) =>
  l.a === self.id && l.i === paragraph ? l.j : l.i;

/**
 * Explains the links of a paragraph to the base: for each, the base paragraph and how they relate,
 * then the sentences that matched and how closely each did. A link the combiner made on all its
 * evidence says so, with its confidence, which is no sentence similarity (see linkBasis).
 */
export function WhyLinked({ self, paragraph, other, links, tabbable }: Props) {
  if (links.length === 0) return null;
  return (
    <details className="why">
      <summary tabIndex={tabbable ? 0 : -1}>
        Why linked (
        {links.map((l) => `base ¶${theirsOf(l, self, paragraph) + 1} ${l.kind}`).join(', ')})
      </summary>
      {links.map((l) => {
        const mineIsA = l.a === self.id && l.i === paragraph;
        const theirs = theirsOf(l, self, paragraph);
        const mySentences = self.paragraphs[paragraph]?.sentences ?? [];
        const otherSentences = other.paragraphs[theirs]?.sentences ?? [];
        return (
          <div key={`${l.a}${l.i}${l.b}${l.j}`} className="why-link">
            {linkBasis(l) === 'sentences' ? (
              <p>
                With paragraph {theirs + 1} of the base: {KIND[l.kind]}. The sentences that match,
                and how closely:
              </p>
            ) : (
              <p>
                With paragraph {theirs + 1} of the base: {KIND[l.kind]}, judged on all the evidence
                together (the names, figures and rare words they share, and where they stand;
                confidence {Math.round(l.score * 100)}%). Their closest sentences, and how closely
                they match:
              </p>
            )}
            <ul>
              {l.pairs.map((pair) => {
                const mine = mySentences[mineIsA ? pair.i : pair.j]?.text ?? '';
                const base = otherSentences[mineIsA ? pair.j : pair.i]?.text ?? '';
                return (
                  <li key={`${pair.i}-${pair.j}`}>
                    <Quote text={mine} /> matches <Quote text={base} /> (
                    {Math.round(pair.score * 100)}%)
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </details>
  );
}
