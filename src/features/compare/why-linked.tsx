import type { Link } from '../../core/align/index.ts';
import type { Article } from '../../core/text/index.ts';

interface Props {
  /** Article and paragraph this cell shows. */
  self: Article;
  paragraph: number;
  other: Article;
  links: readonly Link[];
  /** In the tab order (the row is the grid's active row) or reached by focusing its row first. */
  tabbable: boolean;
}

/** Explains a link: its score, kind and the sentences that matched. */
export function WhyLinked({ self, paragraph, other, links, tabbable }: Props) {
  if (links.length === 0) return null;
  return (
    <details className="why">
      <summary tabIndex={tabbable ? 0 : -1}>
        Why linked ({links.map((l) => `${l.kind} ${Math.round(l.score * 100)}%`).join(', ')})
      </summary>
      {links.map((l) => {
        const mineIsA = l.a === self.id && l.i === paragraph;
        const theirs = mineIsA ? l.j : l.i;
        const mySentences = self.paragraphs[paragraph]?.sentences ?? [];
        const otherSentences = other.paragraphs[theirs]?.sentences ?? [];
        return (
          <div key={`${l.a}${l.i}${l.b}${l.j}`} className="why-link">
            <p>
              {l.kind}, score {l.score.toFixed(2)}, with paragraph {theirs + 1} of the base
            </p>
            <ul>
              {l.pairs.map((pair) => {
                const mine = mySentences[mineIsA ? pair.i : pair.j]?.text ?? '';
                const base = otherSentences[mineIsA ? pair.j : pair.i]?.text ?? '';
                return (
                  <li key={`${pair.i}-${pair.j}`}>
                    <q>{mine}</q> matches <q>{base}</q> ({Math.round(pair.score * 100)}%)
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
