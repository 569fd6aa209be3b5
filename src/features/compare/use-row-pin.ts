import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';

type Edge = 'start' | 'end';

/** A row moved to, held in view until the reader scrolls by themselves. */
interface Pin {
  position: number;
  /** The row's alignment index: a filter that puts another row at `position` ends the pin. */
  key: number | undefined;
  /** The edge the row is held at, once it had to be moved; null while it is whole where it is. */
  edge: Edge | null;
  /** The scroll offset last asked for: a row is moved again only when the layout moved it. */
  asked: number | null;
}

/**
 * Keeps the row moved to (by key or by a jump) shown whole below the sticky header of `height`
 * `header` while the heights of it and its neighbours become known, which can be long after the
 * virtualizer has settled its own scroll: rows are measured once rendered, and on a busy machine
 * that is frames later. The virtualizer chooses the edge to align once, from the sizes known at the
 * call (often an estimate), and keeps it; here the edge is chosen again from each measured layout,
 * so a row found taller than the room below the header is shown from its start, where reading
 * begins, never end-aligned with its top out of view. Works on the virtualizer's layout alone: it
 * reads nothing from the DOM, and scrolls only when that layout moved the row. `release` ends it:
 * call it when the reader scrolls (wheel, touch, scrollbar, paging keys).
 */
export function useRowPin(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  header: number,
  keyAt: (position: number) => number | undefined,
) {
  const pin = useRef<Pin | null>(null);

  const hold = () => {
    const p = pin.current;
    if (!p) return;
    if (keyAt(p.position) !== p.key) {
      pin.current = null;
      return;
    }
    const item = virtualizer.measurementsCache[p.position];
    const view = virtualizer.scrollRect?.height ?? 0;
    if (!item || view <= header) return;
    if (item.size > view - header) p.edge = 'start';
    else if (p.edge === null) {
      const scrolled = virtualizer.scrollOffset ?? 0;
      // Whole where it is: nothing moves until the layout moves it out of view.
      if (item.start < scrolled + header - 1) p.edge = 'start';
      else if (item.end > scrolled + view + 1) p.edge = 'end';
      else return;
    }
    const offset = p.edge === 'start' ? item.start - header : item.end - view;
    if (p.asked !== null && Math.abs(offset - p.asked) < 1) return;
    p.asked = offset;
    virtualizer.scrollToIndex(p.position, { align: p.edge });
  };

  // Measurements reach the layout through a render (the virtualizer re-renders on each), so after
  // every render is when a held row may have to move; before paint, so it never shows misplaced.
  useLayoutEffect(hold);

  return {
    /** Moves to the row at `position` and holds it there. */
    pin: (position: number) => {
      pin.current = { position, key: keyAt(position), edge: null, asked: null };
      hold();
    },
    /** Lets the reader's own scrolling take over. */
    release: () => {
      pin.current = null;
    },
  };
}
