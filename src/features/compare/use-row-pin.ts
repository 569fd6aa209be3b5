import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';

type Edge = 'start' | 'end' | 'center';

/** A row moved to, held in view until the reader scrolls by themselves. */
interface Pin {
  position: number;
  /** The row's alignment index: a filter that puts another row at `position` ends the pin. */
  key: number | undefined;
  /** The edge the row is held at, once it had to be moved; null while it is whole where it is. */
  edge: Edge | null;
  /** The scroll offset last asked for: a row is moved again only when the layout moved it. */
  asked: number | null;
  /** Pixels of the row kept scrolled past under the header (a place restored); null for none. */
  past: number | null;
  /** Held mid-view below the header when it fits (a row jumped to), not at the nearer edge. */
  center: boolean;
}

/**
 * Keeps the row moved to (by key or by a jump) shown whole below the sticky header, `header` px
 * tall, while its and its neighbours' heights become known, until `release` (the reader scrolls).
 *
 * Why: the virtualizer picks the edge to align a row to once, from the sizes known at the call
 * (often the estimate, on a busy machine the row is measured frames later), and keeps that edge.
 * A row end-aligned on its estimate and then measured taller than the room would show its end and
 * hide its start. Here the edge is chosen again from each measured layout: a row taller than the
 * room is shown from its start, where reading begins. Only the virtualizer's layout is read, never
 * the DOM, and the grid is scrolled only when that layout has moved the row.
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
    if (p.past !== null) {
      const target = Math.max(0, item.start - header + p.past);
      // Asked before and there: nothing to do. Asked but short of it (the rows below were not
      // measured yet, so the grid could not scroll that far): asked again as they are.
      const at = virtualizer.scrollOffset ?? 0;
      if (p.asked !== null && Math.abs(target - p.asked) < 1 && Math.abs(at - target) < 1) return;
      p.asked = target;
      virtualizer.scrollToOffset(target);
      return;
    }
    if (item.size > view - header) p.edge = 'start';
    else if (p.center) p.edge = 'center';
    else if (p.edge === null) {
      const scrolled = virtualizer.scrollOffset ?? 0;
      // Whole where it is: nothing moves until the layout moves it out of view.
      if (item.start < scrolled + header - 1) p.edge = 'start';
      else if (item.end > scrolled + view + 1) p.edge = 'end';
      else return;
    }
    const offset =
      p.edge === 'start'
        ? item.start - header
        : p.edge === 'end'
          ? item.end - view
          : item.start - header - (view - header - item.size) / 2;
    if (p.asked !== null && Math.abs(offset - p.asked) < 1) return;
    p.asked = offset;
    // The virtualizer's own centring ignores the header; the offset is centred below it.
    if (p.edge === 'center') virtualizer.scrollToOffset(Math.max(0, offset));
    else virtualizer.scrollToIndex(p.position, { align: p.edge });
  };

  // Measurements reach the layout through a render (the virtualizer re-renders on each), so after
  // every render is when a held row may have to move; before paint, so it never shows misplaced.
  useLayoutEffect(hold);

  return {
    /** Moves to the row at `position` (mid-view below the header with `center`) and holds it there. */
    pin: (position: number, center = false) => {
      pin.current = { position, key: keyAt(position), edge: null, asked: null, past: null, center };
      hold();
    },
    /** Holds the row at `position` with `past` pixels of it scrolled under the header. */
    pinAt: (position: number, past: number) => {
      pin.current = {
        position,
        key: keyAt(position),
        edge: 'start',
        asked: null,
        past,
        center: false,
      };
      hold();
    },
    /** Lets the reader's own scrolling take over. */
    release: () => {
      pin.current = null;
    },
  };
}
