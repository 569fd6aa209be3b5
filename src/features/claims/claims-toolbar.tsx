import { useAppStore, useUndoState, type ArticleRecord } from '../../store/index.ts';
import type { StatusFilter } from './model.ts';
import { SelectionBar } from '../../components/claims/selection-bar.tsx';
import type { TextSelection } from '../../components/claims/selection.ts';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All sentences' },
  { value: 'unmarked', label: 'Unmarked' },
  { value: 'verified', label: 'Verified' },
  { value: 'disputed', label: 'Disputed' },
  { value: 'unsourced', label: 'Unsourced' },
];

interface Props {
  records: readonly ArticleRecord[];
  articleId: string;
  onArticle: (id: string) => void;
  filter: StatusFilter;
  onFilter: (filter: StatusFilter) => void;
  selection: TextSelection | null;
  /** Called after the selection became a claim. */
  onMarked: () => void;
}

/** Article picker, status filter, undo and redo, and "Mark selection as…". */
export function ClaimsToolbar(props: Props) {
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const markSelection = useAppStore((s) => s.markSelection);
  const { canUndo, canRedo } = useUndoState();
  return (
    <div className="claims-toolbar">
      <label>
        Article{' '}
        <select value={props.articleId} onChange={(e) => props.onArticle(e.target.value)}>
          {props.records.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title || r.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        Show{' '}
        <select
          value={props.filter}
          onChange={(e) => props.onFilter(e.target.value as StatusFilter)}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={redo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        Redo
      </button>
      <SelectionBar
        selection={props.selection}
        onMark={(s, status) => {
          markSelection(s.articleId, s.start, s.end, status);
          props.onMarked();
        }}
      />
    </div>
  );
}
