import { useMemo, useState } from 'react';
import { useAppStore, type ArticleRecord, type ViewSettings } from '../../store/index.ts';
import { setPlace, usePlace, type Place } from '../../store/place.ts';
import { AlignedGrid } from './aligned-grid.tsx';
import { ColumnHeader } from './column-header.tsx';
import { distinctTitles } from './column-titles.ts';
import { gridRows, LinkIndex } from './grid-model.ts';
import { shortLabel } from './heat-map.tsx';
import { Minimap } from './minimap.tsx';
import { Overview } from './overview.tsx';
import { EmptyReview } from './empty-review.tsx';
import { Toolbar, type LocalToggles } from './toolbar.tsx';
import { useComparison } from '../../worker/use-comparison.ts';
import { useUndoKeys } from '../../components/claims/use-undo-keys.ts';
import { moveColumn, orderedRecords } from './use-columns.ts';

const NO_ARTICLES: ArticleRecord[] = [];
const openFinding = (place: Place) => place.finding ?? null;
/** With no columns chosen, at most this many show: more would be too narrow to read. */
const DEFAULT_COLUMNS = 6;
const NO_VIEW: ViewSettings = { base: null, order: [], hidden: [], collapsed: [] };

interface Props {
  /** Opens the place where articles are added (the Articles view). */
  onAddArticles?: () => void;
  /** Opens an article's details (in the Articles view) with its outlet field focused. */
  onEditOutlet?: (articleId: string) => void;
}

/** The articles of the open review aligned row by row, with differences, overview and filters. */
export function CompareView({ onAddArticles, onEditOutlet }: Props) {
  const records = useAppStore((s) => s.reviews[s.activeReviewId]?.articles ?? NO_ARTICLES);
  const view = useAppStore((s) => s.reviews[s.activeReviewId]?.view ?? NO_VIEW);
  const diff = useAppStore((s) => s.diff);
  const setView = useAppStore((s) => s.setView);
  const setDiff = useAppStore((s) => s.setDiff);
  // Marks are made in the grid too: the same undo and redo keys as in the Claims view.
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  useUndoKeys(undo, redo);
  const [local, setLocal] = useState<LocalToggles>({ onlyDiscrepancies: false });
  const [focus, setFocus] = useState<{ a: string; b: string } | null>(null);
  const [jump, setJump] = useState<{ row: number; n: number; focus?: boolean } | null>(null);
  // The open finding is part of the reviewer's place: kept across views and reloads.
  const reviewId = useAppStore((s) => s.activeReviewId);
  const finding = usePlace(reviewId, openFinding);
  const setFinding = (key: string) => setPlace(reviewId, { finding: key });
  const [showOverview, setShowOverview] = useState(true);

  const ordered = useMemo(() => orderedRecords(records, view), [records, view]);
  const base = ordered.find((r) => r.id === view.base)?.id ?? ordered[0]?.id ?? '';
  const { comparison, working, error } = useComparison(records, base || null);

  const visible = useMemo(() => {
    if (focus) return [focus.a, focus.b].filter((id) => ordered.some((r) => r.id === id));
    const shown = ordered
      .filter((r) => !view.hidden.includes(r.id) || r.id === base)
      .map((r) => r.id);
    if (view.hidden.length > 0 || shown.length <= DEFAULT_COLUMNS) return shown;
    return [base, ...shown.filter((id) => id !== base)].slice(0, DEFAULT_COLUMNS);
  }, [focus, ordered, view.hidden, base]);

  const derived = useMemo(() => {
    if (!comparison) return null;
    const byId = new Map(comparison.articles.map((a) => [a.id, a]));
    const rows = gridRows(comparison, visible, base, { ...diff, ...local });
    return {
      byId,
      rows,
      links: new LinkIndex(comparison.table),
      // The worker's matrix is in input order; the heat map shows the column order.
      matrix: ordered.map((r) => {
        const x = comparison.articles.findIndex((a) => a.id === r.id);
        return ordered.map(
          (c) => comparison.coverage[x]?.[comparison.articles.findIndex((a) => a.id === c.id)] ?? 0,
        );
      }),
      variation: comparison.variation,
    };
  }, [comparison, visible, base, diff, local, ordered]);

  const diffOptions = useMemo(
    () => ({ ignoreCase: diff.ignoreCase, ignorePunctuation: diff.ignorePunctuation }),
    [diff.ignoreCase, diff.ignorePunctuation],
  );
  const columns = useMemo(
    () =>
      visible
        .map((id) => ({ record: ordered.find((r) => r.id === id), article: derived?.byId.get(id) }))
        .filter(
          (c): c is { record: ArticleRecord; article: NonNullable<typeof c.article> } =>
            !!c.record && !!c.article,
        ),
    [visible, ordered, derived],
  );
  const ctx = useMemo(
    () => ({
      columns: columns.map(({ record, article }) => ({
        article,
        label: shortLabel(ordered.indexOf(record)),
        collapsed: view.collapsed.includes(record.id),
      })),
      base: derived?.byId.get(base),
      links: derived?.links ?? new LinkIndex(null),
      options: diffOptions,
      mode: focus ? ('inline' as const) : ('marks' as const),
    }),
    [columns, ordered, view.collapsed, derived, base, diffOptions, focus],
  );

  if (records.length === 0) return <EmptyReview onAddArticles={onAddArticles} />;
  if (!comparison || !derived) {
    return (
      <p className="empty" role="status">
        {error ? `Could not align the articles: ${error}` : 'Aligning the articles…'}
      </p>
    );
  }

  const jumpTo = (row: number, focus = true) =>
    setJump((j) => ({ row, n: (j?.n ?? 0) + 1, focus }));
  const template = columns
    .map((c) => (view.collapsed.includes(c.record.id) ? '2.5rem' : 'minmax(0, 1fr)'))
    .join(' ');

  const shortTitles = distinctTitles(columns.map((c) => c.record.title || c.record.id));
  const header = (
    <div role="rowgroup" className="grid-head">
      <div role="row" className="grid-row head-row">
        {columns.map(({ record, article }, k) => (
          <ColumnHeader
            key={record.id}
            record={record}
            label={shortLabel(ordered.indexOf(record))}
            shortTitle={shortTitles[k]}
            paragraphs={article.paragraphs.length}
            isBase={record.id === base}
            collapsed={view.collapsed.includes(record.id)}
            first={k === 0}
            last={k === columns.length - 1}
            onMove={(delta) => setView({ order: moveColumn(ordered, record.id, delta) })}
            onCollapse={() =>
              setView({
                collapsed: view.collapsed.includes(record.id)
                  ? view.collapsed.filter((c) => c !== record.id)
                  : [...view.collapsed, record.id],
              })
            }
            onMakeBase={() => setView({ base: record.id })}
            onAddOutlet={onEditOutlet && (() => onEditOutlet(record.id))}
          />
        ))}
      </div>
    </div>
  );

  return (
    <div className="compare" aria-busy={working} style={{ ['--cols' as string]: template }}>
      <Toolbar
        records={ordered}
        base={base}
        hidden={view.hidden}
        diff={diff}
        local={local}
        focus={focus}
        onBase={(id) => {
          setView({ base: id });
          if (focus) setFocus({ a: id, b: focus.b === id ? focus.a : focus.b });
        }}
        onDiff={setDiff}
        onLocal={(p) => setLocal((l) => ({ ...l, ...p }))}
        onHidden={(hidden) => setView({ hidden })}
        shown={visible}
        onFocus={setFocus}
      />
      <div className="legend" aria-label="Legend">
        <span>
          <ins className="d-ins">inserted</ins> not in base
        </span>
        <span>
          <mark className="d-chg">changed</mark> reworded from base
        </span>
        <span>
          <del className="d-del">deleted</del> base words gone (focus mode)
        </span>
        <span>
          <span className="d-same">shared</span> also in base, in a rewritten paragraph
        </span>
        <span>
          <span className="flag flag-high">discrepancy</span> checkable fact differs
        </span>
        <span role="status">{working ? 'Updating alignment…' : `${derived.rows.length} rows`}</span>
        <button
          type="button"
          className="toggle"
          aria-pressed={showOverview}
          onClick={() => setShowOverview((v) => !v)}
        >
          Overview
        </button>
      </div>
      <div className="compare-body">
        <AlignedGrid rows={derived.rows} header={header} jump={jump} ctx={ctx} />
        <Minimap
          variation={derived.variation}
          shown={derived.rows.map((r) => r.index)}
          onJump={jumpTo}
        />
        {/* Hidden, not removed: the finding keys (] and [) keep stepping through the grid. */}
        <Overview
          hidden={!showOverview}
          records={ordered}
          matrix={derived.matrix}
          comparison={comparison}
          visible={visible}
          onPick={(a, b) => {
            setView({ base: a });
            setFocus({ a, b });
          }}
          onJump={jumpTo}
          onShow={(row) => jumpTo(row, false)}
          selectedFinding={finding}
          onSelectFinding={setFinding}
        />
      </div>
    </div>
  );
}
