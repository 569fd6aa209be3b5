import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GridRow } from './grid-model.ts';
import { GridRowView, type RowContext } from './grid-row.tsx';

/** Above this many rows the grid renders only what is on screen. */
const VIRTUALIZE_ABOVE = 150;
/** Below that, rows are added in batches so the first screen shows at once. */
const FIRST_BATCH = 8;
const BATCH = 20;

interface Props {
  rows: readonly GridRow[];
  ctx: RowContext;
  header: React.ReactNode;
  /** A request to move to a row (by alignment row index); n changes on every request. */
  jump: { row: number; n: number } | null;
}

/** The rows of the aligned articles, with j/k and arrow-key movement between rows. */
export function AlignedGrid({ rows, ctx, header, jump }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [limit, setLimit] = useState(FIRST_BATCH);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // The virtualizer's functions are read fresh each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 260,
    overscan: 1,
  });

  const focusRow = (position: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, position));
    setActive(target);
    if (virtual) virtualizer.scrollToIndex(target, { align: 'auto' });
    requestAnimationFrame(() => {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${target}"]`);
      // Focusing scrolls the row into view; the virtualizer has already scrolled a virtual one.
      el?.focus({ preventScroll: virtual });
    });
  };

  useEffect(() => {
    if (!jump) return;
    const position = rows.findIndex((r) => r.index >= jump.row);
    if (position >= 0) focusRow(position);
    // focusRow is recreated each render; the request itself is what triggers the jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump]);

  useEffect(() => {
    if (virtual || limit >= rows.length) return;
    const timer = setTimeout(() => setLimit((n) => n + BATCH), 0);
    return () => clearTimeout(timer);
  }, [virtual, limit, rows.length]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    if (t.closest('input, textarea, select, [contenteditable="true"]')) return;
    const step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[e.key];
    if (step && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      focusRow(active + step);
    } else if (e.key === 'Home' && t.getAttribute('role') === 'row') {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'End' && t.getAttribute('role') === 'row') {
      e.preventDefault();
      focusRow(rows.length - 1);
    }
  };

  const current = Math.min(active, Math.max(0, rows.length - 1));
  const render = (item: GridRow, position: number) => (
    <GridRowView
      key={item.index}
      item={item}
      position={position}
      active={position === current}
      ctx={ctx}
      onFocusRow={setActive}
    />
  );

  return (
    <div
      className="grid-scroll"
      ref={scrollRef}
      role="table"
      aria-label="Aligned paragraphs"
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
    >
      {header}
      {rows.length === 0 && <p className="empty">No rows match the filters.</p>}
      {virtual ? (
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => (
            <div
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              className="virtual-slot"
              role="presentation"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              {render(rows[v.index]!, v.index)}
            </div>
          ))}
        </div>
      ) : (
        <div role="rowgroup">{rows.slice(0, Math.max(limit, current + 1)).map(render)}</div>
      )}
    </div>
  );
}
