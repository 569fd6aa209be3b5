import { RovingToolbar } from './roving-toolbar.tsx';
import type { ArticleRecord } from '../../store/index.ts';

interface Props {
  record: ArticleRecord;
  /** The short letter that stands for the article in gaps and the heat map. */
  label: string;
  /** The title as shown, cut so that it differs from the other columns' (see distinctTitles). */
  shortTitle?: string | undefined;
  paragraphs: number;
  isBase: boolean;
  collapsed: boolean;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onCollapse: () => void;
  onMakeBase: () => void;
  /** Opens the article's details with its outlet field focused; offered when the outlet is unknown. */
  onAddOutlet?: (() => void) | undefined;
}

/** An outlet left empty (a plain-text import) or given as "unknown" (the manifest's word for it). */
const outletUnknown = (outlet: string) => !outlet.trim() || /^unknown$/i.test(outlet.trim());

/** A column's heading: the article's title and metadata, with column controls. */
export function ColumnHeader(props: Props) {
  const { record, isBase, collapsed } = props;
  const title = record.title || record.id;
  const shown = props.shortTitle ?? title;
  return (
    <div
      role="columnheader"
      className={`col-head${collapsed ? ' collapsed' : ''}`}
      data-testid="article-column"
    >
      {collapsed && <span className="col-letter">{props.label}</span>}
      {!collapsed && (
        <>
          <h2 className="column-title" title={title}>
            <span className="col-letter">{props.label}</span>{' '}
            {shown === title ? (
              title
            ) : (
              <>
                <span aria-hidden="true">{shown}</span>
                <span className="sr-only">{title}</span>
              </>
            )}
            {isBase && <span className="badge base-badge">base</span>}
          </h2>
          {/* The whole title while a control of this column has focus (hover has the tooltip). */}
          <p className="col-full-title" aria-hidden="true">
            {title}
          </p>
          <p className="column-meta">
            {!outletUnknown(record.outlet) ? (
              record.outlet
            ) : props.onAddOutlet ? (
              <button type="button" className="add-outlet" onClick={props.onAddOutlet}>
                Outlet unknown — add <span className="sr-only">the outlet of {title}</span>
              </button>
            ) : (
              'Outlet unknown'
            )}{' '}
            · {record.date ?? 'undated'} · {props.paragraphs} ¶
          </p>
        </>
      )}
      <RovingToolbar className="col-tools" label={`Column ${props.label}`}>
        <button
          type="button"
          onClick={() => props.onMove(-1)}
          disabled={props.first}
          aria-label={`Move ${title} left`}
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => props.onMove(1)}
          disabled={props.last}
          aria-label={`Move ${title} right`}
        >
          ▶
        </button>
        <button
          type="button"
          aria-pressed={collapsed}
          onClick={props.onCollapse}
          aria-label={`Collapse ${title}`}
        >
          {collapsed ? '⇥' : '⇤'}
        </button>
        {!collapsed && (
          <button
            type="button"
            aria-pressed={isBase}
            onClick={props.onMakeBase}
            aria-label={`Use ${title} as base`}
          >
            Base
          </button>
        )}
      </RovingToolbar>
    </div>
  );
}
