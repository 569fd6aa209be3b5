import type { DiffOptions } from '../../core/diff/index.ts';
import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { Article } from '../../core/text/index.ts';
import { DiffText, type Flag } from './diff-text.tsx';
import type { LinkIndex } from './grid-model.ts';
import { WhyLinked } from './why-linked.tsx';

interface Props {
  article: Article;
  label: string;
  indexes: readonly number[];
  refs: readonly number[];
  base: Article | undefined;
  baseText: string | null;
  links: LinkIndex;
  options: DiffOptions;
  mode: 'marks' | 'inline';
  discrepancies: readonly LinkDiscrepancy[];
  unique: boolean;
  /**
   * Whether the cell's controls are in the tab order: only in the grid's active row, so that Tab
   * reaches a paragraph's "Why linked" from its row instead of stopping at every one in the grid.
   */
  tabbable: boolean;
}

const NO_FLAGS: Flag[] = [];

function flagsFor(article: string, paragraph: number, list: readonly LinkDiscrepancy[]): Flag[] {
  const out: Flag[] = [];
  for (const d of list) {
    if (d.a === article && d.i === paragraph)
      out.push({
        start: d.aStart,
        end: d.aEnd,
        severity: d.severity,
        explanation: `${d.type}: ${d.explanation}`,
      });
    if (d.b === article && d.j === paragraph)
      out.push({
        start: d.bStart,
        end: d.bEnd,
        severity: d.severity,
        explanation: `${d.type}: ${d.explanation}`,
      });
  }
  return out.length ? out : NO_FLAGS;
}

/** One article's paragraphs in one row, highlighted against the base article's. */
export function GridCell(props: Props) {
  const { article, label, indexes, refs, base, baseText, links } = props;
  if (indexes.length === 0) {
    return (
      <div className="cell gap" role="cell">
        <span className="gap-note">
          {refs.length > 0
            ? `¶${refs.map((r) => r + 1).join(', ¶')} of ${label} carries this; shown in another row`
            : `Not in ${label}`}
        </span>
      </div>
    );
  }
  return (
    <div className="cell" role="cell">
      {props.unique && <span className="badge">Only in {label}</span>}
      {indexes.map((i) => {
        const p = article.paragraphs[i];
        if (!p) return null;
        return (
          <div key={i} className={p.boilerplate ? 'para boilerplate' : 'para'}>
            <span className="para-no">¶{i + 1}</span>{' '}
            <DiffText
              text={p.text}
              against={p.boilerplate ? null : baseText}
              options={props.options}
              mode={props.mode}
              flags={flagsFor(article.id, i, props.discrepancies)}
            />
            {base && base.id !== article.id && (
              <WhyLinked
                self={article}
                paragraph={i}
                other={base}
                links={links.between(article.id, i, base.id)}
                tabbable={props.tabbable}
              />
            )}
          </div>
        );
      })}
      {refs.length > 0 && (
        <p className="ref-note">
          Related: ¶{refs.map((r) => r + 1).join(', ¶')}, shown in another row
        </p>
      )}
    </div>
  );
}
