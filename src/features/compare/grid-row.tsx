import { memo } from 'react';
import type { DiffOptions } from '../../core/diff/index.ts';
import type { Article } from '../../core/text/index.ts';
import { useAppStore } from '../../store/index.ts';
import { GridCell } from './grid-cell.tsx';
import { cellText, type GridRow, type LinkIndex } from './grid-model.ts';
import { onSentenceKeys } from './sentence-keys.ts';
import { useOpenFindingCount } from './use-open-findings.ts';

/** What every row needs to render, shared by all rows. */
export interface RowContext {
  columns: readonly { article: Article; label: string; collapsed: boolean }[];
  base: Article | undefined;
  links: LinkIndex;
  options: DiffOptions;
  mode: 'marks' | 'inline';
}

interface Props {
  item: GridRow;
  position: number;
  active: boolean;
  ctx: RowContext;
  onFocusRow: (position: number) => void;
}

/** The row's findings for its accessible name: ", 1 discrepancy", ", 3 discrepancies" or nothing. */
function findingCount(n: number): string {
  return n === 0 ? '' : `, ${n} ${n === 1 ? 'discrepancy' : 'discrepancies'}`;
}

/** One alignment row: each visible article's paragraphs side by side; → enters its sentences. */
export const GridRowView = memo(function GridRowView({
  item,
  position,
  active,
  ctx,
  onFocusRow,
}: Props) {
  const { row } = item;
  const markSentence = useAppStore((s) => s.markSentence);
  // Dismissed findings leave the row's count as they leave the list's.
  const openFindings = useOpenFindingCount(item.findings);
  const baseText = ctx.base ? cellText(ctx.base, row.cells[ctx.base.id] ?? []) : '';
  return (
    <div
      role="row"
      className={`grid-row${item.discrepancies.length ? ' has-flags' : ''}`}
      data-row={position}
      tabIndex={active ? 0 : -1}
      aria-label={`Row ${position + 1}${item.unique ? ', only in one article' : ''}${findingCount(openFindings)}`}
      // Focus on the row or inside it (a "Why linked" clicked) makes it the grid's active row.
      onFocus={() => onFocusRow(position)}
      onKeyDown={(e) => onSentenceKeys(e, markSentence)}
    >
      {ctx.columns.map(({ article, label, collapsed }) => {
        if (collapsed) return <div key={article.id} role="cell" className="cell collapsed" />;
        const isBase = article.id === ctx.base?.id;
        return (
          <GridCell
            key={article.id}
            article={article}
            label={label}
            indexes={row.cells[article.id] ?? []}
            refs={row.refs[article.id] ?? []}
            base={ctx.base}
            baseText={isBase || !baseText ? null : baseText}
            links={ctx.links}
            options={ctx.options}
            mode={ctx.mode}
            discrepancies={item.discrepancies}
            unique={item.unique}
            tabbable={active}
            columns={ctx.columns}
          />
        );
      })}
    </div>
  );
});
