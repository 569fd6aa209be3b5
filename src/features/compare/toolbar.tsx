import type { ArticleRecord, DiffSettings } from '../../store/index.ts';
import { ToolbarMenu } from './toolbar-menu.tsx';

/** Toggles of the compare view that are not saved. */
export interface LocalToggles {
  onlyDiscrepancies: boolean;
}

interface Props {
  records: readonly ArticleRecord[];
  base: string;
  hidden: readonly string[];
  /** The articles shown as columns now. */
  shown: readonly string[];
  diff: DiffSettings;
  local: LocalToggles;
  focus: { a: string; b: string } | null;
  onBase: (id: string) => void;
  onDiff: (patch: Partial<DiffSettings>) => void;
  onLocal: (patch: Partial<LocalToggles>) => void;
  onHidden: (hidden: string[]) => void;
  onFocus: (focus: { a: string; b: string } | null) => void;
}

function Toggle(props: { label: string; pressed: boolean; onChange: (v: boolean) => void }) {
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={props.pressed}
      onClick={() => props.onChange(!props.pressed)}
    >
      {props.label}
    </button>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/**
 * Base article, diff options, row filters and column choice (two menus, so that the bar fits one
 * line at 1280 pixels), and the two-article focus mode.
 */
export function Toolbar(props: Props) {
  const { records, diff } = props;
  const active = [diff.onlyChanged, diff.onlyUnique, props.local.onlyDiscrepancies].filter(
    Boolean,
  ).length;
  const other = props.focus?.b ?? records.find((r) => r.id !== props.base)?.id ?? '';
  return (
    <div className="toolbar" role="toolbar" aria-label="Compare options">
      <label>
        Base{' '}
        <select value={props.base} onChange={(e) => props.onBase(e.target.value)}>
          {records.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title || r.id}
            </option>
          ))}
        </select>
      </label>
      <Toggle
        label="Ignore case"
        pressed={diff.ignoreCase}
        onChange={(v) => props.onDiff({ ignoreCase: v })}
      />
      <Toggle
        label="Ignore punctuation"
        pressed={diff.ignorePunctuation}
        onChange={(v) => props.onDiff({ ignorePunctuation: v })}
      />
      <Toggle
        label="Hide boilerplate"
        pressed={diff.hideBoilerplate}
        onChange={(v) => props.onDiff({ hideBoilerplate: v })}
      />
      <ToolbarMenu summary={`Show only${active ? ` (${active})` : ''}`}>
        <fieldset>
          <legend>Show only</legend>
          <Check
            label="Rows that differ from the base"
            checked={diff.onlyChanged}
            onChange={(v) => props.onDiff({ onlyChanged: v })}
          />
          <Check
            label="Rows found in one article only"
            checked={diff.onlyUnique}
            onChange={(v) => props.onDiff({ onlyUnique: v })}
          />
          <Check
            label="Rows with discrepancies"
            checked={props.local.onlyDiscrepancies}
            onChange={(v) => props.onLocal({ onlyDiscrepancies: v })}
          />
        </fieldset>
      </ToolbarMenu>
      <ToolbarMenu summary={`Columns (${props.shown.length} of ${records.length})`}>
        <fieldset>
          <legend>Show articles</legend>
          {records.map((r) => (
            <label key={r.id} className="check">
              <input
                type="checkbox"
                checked={!props.hidden.includes(r.id)}
                disabled={r.id === props.base}
                onChange={(e) =>
                  props.onHidden(
                    e.target.checked
                      ? props.hidden.filter((h) => h !== r.id)
                      : [...props.hidden, r.id],
                  )
                }
              />{' '}
              {r.title || r.id}
            </label>
          ))}
        </fieldset>
      </ToolbarMenu>
      <Toggle
        label="Two-article focus"
        pressed={props.focus !== null}
        onChange={(v) => props.onFocus(v && other ? { a: props.base, b: other } : null)}
      />
      {props.focus && (
        <label>
          against{' '}
          <select
            value={props.focus.b}
            onChange={(e) => props.onFocus({ a: props.base, b: e.target.value })}
          >
            {records
              .filter((r) => r.id !== props.base)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title || r.id}
                </option>
              ))}
          </select>
        </label>
      )}
    </div>
  );
}
