import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { SEVERITY_RANK, type Finding, type Place } from '../../core/compare/findings.ts';
import { findingKey, statusOf, triageOf, type TriageStatus } from '../../core/compare/triage.ts';
import type { Article } from '../../core/text/index.ts';
import type { FindingFilter } from '../../core/compare/finding-filter.ts';
import { useFindingFilter } from '../../store/finding-filter.ts';
import { useAppStore, type ArticleRecord, type FindingTriage } from '../../store/index.ts';
import { disputeFinding } from './dispute-finding.ts';
import { FindingItem } from './finding-item.tsx';
import { placeLabel } from './finding-labels.ts';
import { shortLabel } from './heat-map.tsx';
import { ToolbarMenu } from './toolbar-menu.tsx';

interface Props {
  items: readonly { row: number; finding: Finding }[];
  records: readonly ArticleRecord[];
  /** The parsed articles, to find the sentence a finding stands in. */
  articles?: readonly Article[] | undefined;
  /** The selected finding's key (findingKey), owned by the caller so it can keep it. */
  selected?: string | null | undefined;
  onSelect?: ((key: string) => void) | undefined;
  /** Moves focus to a row of the grid. */
  onJump: (row: number) => void;
  /** Scrolls the grid to a row and leaves focus where it is (stepping through findings). */
  onShow?: ((row: number) => void) | undefined;
}

/** How many are listed before "Show all": a long list would cost more layout than it helps. */
const FIRST = 50;
const STATUSES: readonly TriageStatus[] = ['open', 'confirmed', 'dismissed'];
const LABEL: Record<TriageStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
};
const NO_TRIAGE: Record<string, FindingTriage> = {};
const NO_ARTICLES: readonly Article[] = [];

/** True when a key event comes from a place where keys type text. */
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');

/**
 * Every finding among the shown articles, most severe first, each once with the articles that carry
 * each version ("“2016”: A ¶3 · “2017”: B ¶5, C ¶4"), each a jump to its row. Findings are
 * confirmed, dismissed (out of the counts, shown again by the Dismissed filter) or turned into a
 * disputed claim; ] and [ step to the next and previous open finding from anywhere in the view.
 */
export function DiscrepancyPanel(props: Props) {
  const { items, records, onJump } = props;
  const articles = props.articles ?? NO_ARTICLES;
  const onShow = props.onShow ?? onJump;
  const [localSelected, setLocalSelected] = useState<string | null>(null);
  const selected = props.selected === undefined ? localSelected : props.selected;
  const select = (key: string) => (props.onSelect ?? setLocalSelected)(key);
  const [all, setAll] = useState(false);
  // The filter is kept in the reviewer's place: the comparison exports follow it.
  const reviewId = useAppStore((s) => s.activeReviewId);
  const [shown, setFilter] = useFindingFilter(reviewId);
  const { type } = shown;
  const setShown = (update: (s: FindingFilter) => FindingFilter) => setFilter(update(shown));
  const setType = (t: string) => setFilter({ ...shown, type: t });
  const [message, setMessage] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const triage = useAppStore((s) => s.reviews[s.activeReviewId]?.triage ?? NO_TRIAGE);
  const setTriage = useAppStore((s) => s.setTriage);

  const sorted = useMemo(
    () =>
      items
        .map((item) => ({ ...item, key: findingKey(item.finding) }))
        .sort(
          (x, y) =>
            SEVERITY_RANK[x.finding.severity] - SEVERITY_RANK[y.finding.severity] || x.row - y.row,
        ),
    [items],
  );
  const decided = useMemo(() => triageOf(sorted, triage), [sorted, triage]);
  const status = (key: string) => statusOf(decided, key);
  const ofType = sorted.filter((x) => type === 'all' || x.finding.type === type);
  const filtered = ofType.filter((x) => shown[status(x.key)]);
  const position = filtered.findIndex((x) => x.key === selected);
  const listed = all || position >= FIRST ? filtered : filtered.slice(0, FIRST);
  const counts = Object.fromEntries(
    STATUSES.map((s) => [s, ofType.filter((x) => status(x.key) === s).length]),
  ) as Record<TriageStatus, number>;
  const types = [...new Set(sorted.map((x) => x.finding.type))].sort();
  const letters = new Map(records.map((r, k) => [r.id, shortLabel(k)]));

  /** Selects a finding, scrolls the grid to it and moves focus to it in the list. */
  const goTo = (item: (typeof sorted)[number]) => {
    pendingFocus.current = item.key;
    select(item.key);
    onShow(item.row);
  };
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const k = listed.findIndex((x) => x.key === key);
    const el = section.current?.querySelector<HTMLElement>(`[data-finding="${k}"]`);
    if (k < 0 || !el) return;
    pendingFocus.current = null;
    el.focus();
  });

  /** The next (1) or previous (-1) open finding of the chosen type after the selected one, wrapping. */
  const step = (dir: 1 | -1) => {
    const open = ofType.filter((x) => status(x.key) === 'open');
    if (open.length === 0) {
      setMessage('No open findings left.');
      return;
    }
    const at = ofType.findIndex((x) => x.key === selected);
    const n = ofType.length;
    for (let k = 1; k <= n; k += 1) {
      const next = ofType[((((at < 0 && dir < 0 ? 0 : at) + dir * k) % n) + n) % n]!;
      if (status(next.key) !== 'open') continue;
      if (!shown.open) setShown((s) => ({ ...s, open: true }));
      setMessage('');
      goTo(next);
      return;
    }
  };
  const onStepKey = useEffectEvent((dir: 1 | -1) => step(dir));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key !== ']' && e.key !== '[') || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.defaultPrevented || typing(e.target)) return;
      e.preventDefault();
      onStepKey(e.key === ']' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const decide = (item: (typeof sorted)[number], next: TriageStatus) => {
    setTriage(item.key, next);
    if (shown[next]) return;
    // It leaves the list: the next open finding takes its place.
    const after = filtered.slice(filtered.indexOf(item) + 1).find((x) => status(x.key) === 'open');
    const before = filtered
      .slice(0, filtered.indexOf(item))
      .reverse()
      .find((x) => status(x.key) === 'open');
    const target = after ?? before;
    setMessage(`Finding ${next}.${target ? '' : ' No open findings left.'}`);
    if (target) goTo(target);
  };

  const dispute = (
    item: (typeof sorted)[number],
    place: Place,
    choice: 'dispute' | 'note' | null,
  ) => {
    const article = articles.find((a) => a.id === place.article);
    const result = disputeFinding(item.finding, place, article, choice);
    if (result.kind === 'ask') return result.status;
    if (result.kind === 'missing') {
      setMessage(`The sentence in ${placeLabel(letters, place)} could not be found.`);
      return null;
    }
    if (status(item.key) === 'open') setTriage(item.key, 'confirmed');
    const verdict = choice === 'note' ? 'keeps its verdict' : 'is marked disputed';
    const note = result.noteAdded ? ", with the finding's explanation in its note" : '';
    setMessage(`The sentence in ${placeLabel(letters, place)} ${verdict}${note}.`);
    return null;
  };

  // The list's one tab stop: the selected finding, else the first.
  const stop = listed.some((x) => x.key === selected) ? selected : listed[0]?.key;
  const open = counts.open + counts.confirmed;
  const filterSummary = `Show: ${
    STATUSES.filter((x) => shown[x])
      .map((x) => LABEL[x].toLowerCase())
      .join(', ') || 'none'
  } · ${type === 'all' ? 'all types' : type}${
    !shown.dismissed && counts.dismissed ? ` (${counts.dismissed} dismissed hidden)` : ''
  }`;
  return (
    <section className="panel" aria-labelledby="disc-title" data-skip="findings" ref={section}>
      <h2 id="disc-title">
        Discrepancies ({sorted.filter((x) => status(x.key) !== 'dismissed').length})
      </h2>
      {sorted.length > 0 && (
        <div className="disc-filters">
          {/* One tab stop on the way to the list: the filters open from their summary. */}
          <ToolbarMenu summary={filterSummary}>
            <fieldset>
              <legend>Show findings</legend>
              {STATUSES.map((s) => (
                <label key={s} className="check">
                  <input
                    type="checkbox"
                    checked={shown[s]}
                    onChange={() => setShown((x) => ({ ...x, [s]: !x[s] }))}
                  />{' '}
                  {LABEL[s]} ({counts[s]})
                </label>
              ))}
              <label>
                Type{' '}
                <select value={type} onChange={(e) => setType(e.target.value)}>
                  <option value="all">All types</option>
                  {types.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          </ToolbarMenu>
          <p className="muted disc-keys">
            <kbd>]</kbd> next open finding, <kbd>[</kbd> previous
          </p>
        </div>
      )}
      <p className="sr-only" role="status">
        {message}
      </p>
      {sorted.length === 0 ? (
        <p className="muted">None found among the shown articles.</p>
      ) : listed.length === 0 ? (
        <p className="muted">
          {open === 0 ? 'Every finding is dismissed.' : 'No finding matches the filters.'}
        </p>
      ) : (
        <ol className="disc-list">
          {listed.map((item, k) => (
            <FindingItem
              key={item.key}
              finding={item.finding}
              index={k}
              status={status(item.key)}
              selected={item.key === selected}
              tabbable={item.key === stop}
              letters={letters}
              onJump={() => {
                select(item.key);
                onJump(item.row);
              }}
              onFocus={() => {
                if (item.key !== selected) select(item.key);
              }}
              onArrow={(d) => {
                const next = listed[k + d];
                if (next) goTo(next);
              }}
              onTriage={(next) => decide(item, next)}
              onDispute={(place, choice) => dispute(item, place, choice)}
            />
          ))}
        </ol>
      )}
      {listed.length < filtered.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {filtered.length}
        </button>
      )}
    </section>
  );
}
