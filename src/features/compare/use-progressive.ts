import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render: `first` at once, then `step` more after each painted frame,
 * so that a long list costs the browser a bounded amount of layout and paint per frame. The step
 * that covers `total` makes the count unlimited (Infinity): items added later render at once,
 * until `epoch` changes.
 */
export function useProgressive(total: number, first: number, step: number, epoch = 0): number {
  const [count, setCount] = useState(first);
  // A new epoch starts again from `first` (the grid moved to another place all at once).
  const [seen, setSeen] = useState(epoch);
  if (seen !== epoch) {
    setSeen(epoch);
    setCount(first);
  }
  useEffect(() => {
    if (count >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame's layout and paint; a timer set from it, after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setCount((n) => (n + step >= total ? Infinity : n + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, step]);
  return count;
}

/** False on the first render, true once the browser has painted a frame after mount. */
export function useAfterPaint(): boolean {
  return useProgressive(1, 0, 1) >= 1;
}
