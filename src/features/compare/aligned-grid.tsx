import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { GridRow } from './grid-model.ts';
import { GridRowView, type RowContext } from './grid-row.tsx';
import { useGridPlace } from './use-grid-place.ts';
import { useAfterPaint, useProgressive } from './use-progressive.ts';
import { useRowPin } from './use-row-pin.ts';
import { pointAt } from '../../components/point-at.ts';

/** Above this many rows the grid renders only what is on screen. */
const VIRTUALIZE_ABOVE = 150;
/** Below that, rows are added in batches, a batch a frame, so the first screen shows at once. */
const FIRST_BATCH = 8;
const BATCH = 20;
/** Above it, the first screen's rows are added one a frame: a row of six columns is some 100 boxes. */
const FIRST_VIRTUAL = 1;
/** A row's height before it is measured, and the height of the scroller before it is. */
const ROW_ESTIMATE = 260;
const SCREEN_ESTIMATE = 900;
/** Keys the browser scrolls with when the grid does not handle them. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', ' ', 'ArrowUp', 'ArrowDown']);

/**
 * A row's height as a ResizeObserver reports it after the browser's own layout. When the
 * virtualizer asks outside an observation (a row has just been rendered), the last height seen or
 * the estimate: reading the element then would force a layout in the middle of React's commit.
 */
function observedHeight(
  el: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const key = instance.options.getItemKey(instance.indexFromElement(el));
  return instance.itemSizeCache.get(key) ?? ROW_ESTIMATE;
}

/**
 * The height of the sticky column header at the top of the scroller, as a ResizeObserver reports it
 * (0 until the first observation): a row moved to must land below it, not under it.
 */
function useHeaderHeight(
  scrollRef: React.RefObject<HTMLDivElement | null>,
  painted: boolean,
): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const head = scrollRef.current?.querySelector('.grid-head');
    // Without ResizeObserver (old browsers, jsdom) rows simply scroll to the scroller's top.
    if (!painted || !head || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.borderBoxSize[0];
      if (box) setHeight(Math.round(box.blockSize));
    });
    observer.observe(head);
    return () => observer.disconnect();
  }, [scrollRef, painted]);
  return height;
}

interface Props {
  rows: readonly GridRow[];
  ctx: RowContext;
  header: React.ReactNode;
  /**
   * A request to move to a row (by alignment row index); n changes on every request. With focus
   * false the row is scrolled to and made the active row, but focus stays where it is (a finding
   * stepped to in the discrepancy list).
   */
  jump: { row: number; n: number; focus?: boolean } | null;
}

/** The rows of the aligned articles, with j/k and arrow-key movement between rows. */
export function AlignedGrid({ rows, ctx, header, jump }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActiveState] = useState(0);
  // The row moved to last, read by the key handler: on a busy machine several keys arrive before
  // React renders again, and each must step from the row the previous one moved to.
  const activeRef = useRef(0);
  // One function for the grid's life: every row takes it as a prop, and a new one each render
  // would redraw every (memoised) row whenever the active row changes.
  const setActive = useCallback((position: number) => {
    activeRef.current = position;
    setActiveState(position);
  }, []);
  // A row to focus once it is rendered (a virtual row moved to is rendered a frame or more later).
  const pendingFocus = useRef<number | null>(null);
  // Whether that row takes focus or is only scrolled to.
  const focusTarget = useRef(true);
  // Whether it was jumped to (a finding, the row map) rather than stepped to by key: a row jumped
  // to lands mid-view, where the eye looks for it, not at whichever edge is nearer.
  const centerTarget = useRef(false);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // The virtualizer reads the scroller's size and position when it attaches. Attached only after
  // the first rows are painted, it finds the layout done instead of forcing the page's first one.
  const painted = useAfterPaint();
  const headerHeight = useHeaderHeight(scrollRef, painted);
  // The virtualizer's functions are read fresh each render; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => (painted ? scrollRef.current : null),
    estimateSize: () => ROW_ESTIMATE,
    measureElement: observedHeight,
    initialRect: { width: 0, height: SCREEN_ESTIMATE },
    overscan: 1,
    // The rows start below the sticky header, and a row scrolled to must not hide under it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const inRange = virtualizer.getVirtualItems();
  // Bumped when a restored place moves the grid far at once: its rows are added a frame at a time too.
  const [epoch, setEpoch] = useState(0);
  const limit = useProgressive(
    virtual ? inRange.length : rows.length,
    virtual ? FIRST_VIRTUAL : FIRST_BATCH,
    virtual ? 1 : BATCH,
    epoch,
  );
  const items = inRange.slice(0, limit);
  const rowPin = useRowPin(virtualizer, headerHeight, (position) => rows[position]?.index);
  const place = useGridPlace({
    rows,
    base: ctx.base?.id,
    scrollRef,
    virtualizer,
    virtual,
    header: headerHeight,
    // Rows are laid out and the header measured (never, where there is no ResizeObserver: jsdom).
    ready: painted && (headerHeight > 0 || typeof ResizeObserver === 'undefined'),
    active,
    setActive,
    pinAt: rowPin.pinAt,
    onRestart: () => setEpoch((n) => n + 1),
  });

  const focusPending = () => {
    const target = pendingFocus.current;
    const scroller = scrollRef.current;
    if (target === null || !scroller) return;
    const el = scroller.querySelector<HTMLElement>(`[data-row="${target}"]`);
    // Not rendered yet: the render that brings it in runs this again.
    if (!el) return;
    pendingFocus.current = null;
    // A row jumped to (a finding, the row map) shows both wordings of its findings: the paragraphs
    // of other rows that are sides of them open in its cells (before it is scrolled to, so that it
    // is placed as it shows); and it is outlined a moment: after a click, focus shows none.
    if (centerTarget.current) {
      for (const d of el.querySelectorAll<HTMLDetailsElement>('details.gap-refs[data-involved]'))
        d.open = true;
      pointAt(el);
    }
    // The virtualizer has already scrolled a virtual row into view.
    if (focusTarget.current) el.focus({ preventScroll: true });
    if (virtual) return;
    // A row taller than the room below the header starts there, where reading begins; focus's
    // own scrolling would leave it cut at whichever edge is nearer. (The scroller's top padding is
    // the header's height, so 'center' centres a row in the room below the header.)
    const room = scroller.clientHeight - headerHeight;
    const block = el.offsetHeight > room ? 'start' : centerTarget.current ? 'center' : 'nearest';
    // (jsdom has no scrollIntoView.)
    el.scrollIntoView?.({ block });
  };
  useEffect(focusPending);

  const focusRow = (position: number, focus = true, center = false) => {
    const target = Math.max(0, Math.min(rows.length - 1, position));
    focusTarget.current = focus;
    centerTarget.current = center;
    setActive(target);
    if (virtual) rowPin.pin(target, center);
    pendingFocus.current = target;
    requestAnimationFrame(focusPending);
  };
  // The reader's own scrolling or pointing takes over from a row being moved to.
  const release = () => {
    pendingFocus.current = null;
    rowPin.release();
    place.release();
  };

  useEffect(() => {
    if (!jump) return;
    place.release();
    const position = rows.findIndex((r) => r.index >= jump.row);
    if (position >= 0) focusRow(position, jump.focus !== false, true);
    // focusRow is recreated each render; the request itself is what triggers the jump.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    // Any key in the grid is the reader moving on: a place being restored is theirs now.
    place.release();
    if (t.closest('input, textarea, select, [contenteditable="true"]')) return;
    const step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[e.key];
    if (step && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      focusRow(activeRef.current + step);
    } else if (e.key === 'Home' && t.getAttribute('role') === 'row') {
      e.preventDefault();
      focusRow(0);
    } else if (e.key === 'End' && t.getAttribute('role') === 'row') {
      e.preventDefault();
      focusRow(rows.length - 1);
    } else if (SCROLL_KEYS.has(e.key)) {
      release();
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
      data-skip="grid"
      // Focus scrolls a row into view below the sticky header too.
      style={{ scrollPaddingTop: headerHeight }}
      role="table"
      aria-label="Aligned paragraphs"
      aria-rowcount={rows.length + 1}
      onKeyDown={onKeyDown}
      // The reader scrolling by themselves takes over from a row held in view.
      onWheel={release}
      onTouchStart={release}
      onPointerDown={release}
      onFocus={place.release}
      onScroll={place.onScroll}
    >
      {header}
      {rows.length === 0 && <p className="empty">No rows match the filters.</p>}
      {virtual ? (
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {/* Rows stack in normal flow, shifted together: an estimated height never overlaps them. */}
          <div
            role="presentation"
            style={{
              transform: `translateY(${(items[0]?.start ?? headerHeight) - headerHeight}px)`,
            }}
          >
            {items.map((v) => (
              <div
                key={v.key}
                data-index={v.index}
                ref={virtualizer.measureElement}
                className="virtual-slot"
                role="presentation"
              >
                {render(rows[v.index]!, v.index)}
              </div>
            ))}
          </div>
        </div>
      ) : (
        <div role="rowgroup">{rows.slice(0, Math.max(limit, current + 1)).map(render)}</div>
      )}
    </div>
  );
}
