import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../../store/index.ts';
import { readPlace, setPlace, type Place, type RowAnchor } from '../../store/place.ts';
import type { GridRow } from './grid-model.ts';

/** Scrolling is saved at most this often (ms), and when the grid goes or the page is left. */
const SAVE_EVERY = 250;

/** The paragraph a row is known by: the base article's first in it, or the first shown article's. */
export function rowAnchor(row: GridRow, base: string | undefined): RowAnchor | null {
  for (const id of base ? [base, ...row.present] : row.present) {
    const paragraph = row.row.cells[id]?.[0];
    if (paragraph !== undefined) return { article: id, paragraph };
  }
  return null;
}

/**
 * The position of the row that shows an anchor's paragraph, or that refers to it, or else shows the
 * next paragraph of that article still in the grid (the paragraph was filtered out); -1 for none.
 */
export function findAnchor(rows: readonly GridRow[], a: RowAnchor): number {
  const shows = rows.findIndex((r) => r.row.cells[a.article]?.includes(a.paragraph));
  if (shows >= 0) return shows;
  const refers = rows.findIndex((r) => r.row.refs[a.article]?.includes(a.paragraph));
  if (refers >= 0) return refers;
  return rows.findIndex((r) => r.row.cells[a.article]?.some((p) => p > a.paragraph));
}

interface Options {
  rows: readonly GridRow[];
  base: string | undefined;
  scrollRef: RefObject<HTMLDivElement | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  virtual: boolean;
  /** Height of the sticky column header: a row at the top starts below it. */
  header: number;
  /** The rows are laid out and the header measured: a place can be restored. */
  ready: boolean;
  active: number;
  setActive: (position: number) => void;
  /** Holds a virtual row at the top with `past` pixels of it under the header. */
  pinAt: (position: number, past: number) => void;
  /** Starts adding rows a frame at a time again (a virtual grid moved far at once). */
  onRestart: () => void;
}

/** Where the grid's top is: the row there and how far it is scrolled past, from the layout. */
function topOf(o: Options): { position: number; past: number } | null {
  const scroller = o.scrollRef.current;
  if (!scroller?.isConnected) return null;
  if (o.virtual) {
    const y = (o.virtualizer.scrollOffset ?? 0) + o.header;
    const item = o.virtualizer.getVirtualItemForOffset(y);
    return item ? { position: item.index, past: y - item.start } : null;
  }
  const y = scroller.scrollTop + o.header;
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const els = scroller.querySelectorAll<HTMLElement>('[data-row]');
  const topAt = (k: number) => els[k]!.getBoundingClientRect().top - origin;
  // The last rendered row starting at or above y (rows are in order; a binary search reads few).
  let lo = 0;
  let hi = els.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (topAt(mid) <= y + 0.5) lo = mid;
    else hi = mid - 1;
  }
  return { position: Number(els[lo]!.dataset.row), past: Math.max(0, y - topAt(lo)) };
}

/**
 * Keeps the reviewer's place in the grid (the row at the top, how far into it, the focused row) in
 * the place store, and brings it back when the grid is shown again: once the rows have arrived and
 * been laid out, held while heights settle, and given up as soon as the reader scrolls or moves.
 * Returns `release` (the reader took over) and `onScroll`.
 */
export function useGridPlace(o: Options) {
  const reviewId = useAppStore((s) => s.activeReviewId);
  const latest = useRef(o);
  const pending = useRef<Pick<Place, 'top' | 'row'> | null>(null);
  // A place being restored in a grid without virtualisation: the row (by alignment index) kept at the top.
  const held = useRef<{ key: number; past: number } | null>(null);
  // True from a restore until the reader takes over: the saved place is the one being restored.
  const restoring = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The rows shown when another review was opened in the grid: the last comparison's, kept on
  // screen while the new one is made. They are not the new review's, to restore or to save.
  const stale = useRef<readonly GridRow[] | null>(null);
  const opened = useRef<string | null>(null);
  // The focused row to restore once it is rendered: making it the active row first would render
  // every row above it at once in a grid that adds its rows a batch a frame.
  const activeTo = useRef<number | null>(null);
  useLayoutEffect(() => {
    latest.current = o;
  });

  const save = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const now = latest.current;
    if (pending.current || now.rows === stale.current) return;
    // The focused row being restored counts as the focused one until it is rendered.
    const to = activeTo.current;
    const row = to === null ? now.rows[now.active] : now.rows.find((r) => r.index === to);
    const patch: Parameters<typeof setPlace>[1] = {};
    const rowAt = row && rowAnchor(row, now.base);
    if (rowAt) patch.row = rowAt;
    const top = restoring.current ? null : topOf(now);
    const topRow = top && now.rows[top.position];
    const topAt = topRow && rowAnchor(topRow, now.base);
    if (top && topAt) patch.top = { ...topAt, offset: Math.round(top.past) };
    setPlace(reviewId, patch);
  };
  const schedule = () => {
    timer.current ??= setTimeout(save, SAVE_EVERY);
  };
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  // A place to bring back, read when the grid opens on a review. A save pending for the review
  // shown before is dropped with it.
  useEffect(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    // (Not on the first review: the grid is shown only once its comparison has arrived.)
    stale.current = opened.current === null ? null : latest.current.rows;
    opened.current = reviewId;
    const place = readPlace(reviewId);
    const { top, row } = place;
    pending.current = top || row ? { ...(top && { top }), ...(row && { row }) } : null;
    held.current = null;
    activeTo.current = null;
    restoring.current = false;
  }, [reviewId]);

  const { rows, ready, virtual } = o;
  const hasRows = rows.length > 0;
  // The held row is put back at the top after every render and every change of the layout (the
  // sidebar appearing narrows the rows above it), until the reader takes over.
  const hold = () => {
    const scroller = latest.current.scrollRef.current;
    const to = activeTo.current;
    if (to !== null && scroller) {
      const position = latest.current.rows.findIndex((r) => r.index === to);
      if (position < 0) activeTo.current = null;
      else if (scroller.querySelector(`[data-row="${position}"]`)) {
        activeTo.current = null;
        latest.current.setActive(position);
      }
    }
    const h = held.current;
    if (!h || !scroller) return;
    const position = latest.current.rows.findIndex((r) => r.index === h.key);
    const el = scroller.querySelector<HTMLElement>(`[data-row="${position}"]`);
    if (position < 0) held.current = null;
    if (!el) return;
    const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    const target = Math.max(
      0,
      Math.round(scroller.scrollTop + top - latest.current.header + h.past),
    );
    if (Math.abs(scroller.scrollTop - target) >= 1) scroller.scrollTop = target;
  };
  const holdRef = useRef(hold);
  useLayoutEffect(() => {
    holdRef.current = hold;
    hold();
  });
  useEffect(() => {
    const want = pending.current;
    if (!want || !ready || rows.length === 0 || rows === stale.current) return;
    pending.current = null;
    const row = want.row ? findAnchor(rows, want.row) : -1;
    if (row >= 0 && virtual) latest.current.setActive(row);
    else if (row >= 0) activeTo.current = rows[row]!.index;
    const top = want.top ? findAnchor(rows, want.top) : -1;
    if (top < 0) {
      holdRef.current();
      return;
    }
    restoring.current = true;
    if (virtual) {
      latest.current.onRestart();
      latest.current.pinAt(top, want.top!.offset);
    } else held.current = { key: rows[top]!.index, past: want.top!.offset };
    // Now, not at the next render: nothing may render again until the reader does something.
    holdRef.current();
  }, [rows, ready, virtual]);

  useEffect(() => {
    const scroller = o.scrollRef.current;
    if (virtual || !scroller || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => holdRef.current());
    observer.observe(scroller);
    const body = scroller.querySelector(':scope > [role="rowgroup"]:not(.grid-head)');
    if (body) observer.observe(body);
    return () => observer.disconnect();
  }, [o.scrollRef, virtual, hasRows]);

  // The focused row is saved as it changes (throttled with the scrolling). A row the reader
  // focuses wins over one still waiting to be restored (which is made active with its own value
  // gone first).
  useEffect(() => {
    activeTo.current = null;
    if (!pending.current) schedule();
    // schedule reads everything through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [o.active]);

  // Saved as the grid goes (another view opened) and as the page is left (a reload).
  useLayoutEffect(() => {
    const flush = () => {
      if (timer.current !== null) saveRef.current();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    onScroll: schedule,
    /** The reader scrolled, pointed, typed or moved focus: their place now, not the one restored. */
    release: () => {
      pending.current = null;
      held.current = null;
      if (!restoring.current) return;
      restoring.current = false;
      schedule();
    },
  };
}
