import { useEffect, useRef, useState, type MouseEvent } from 'react';

interface Props {
  variation: readonly number[];
  /** Alignment row indexes currently shown, in order. */
  shown: readonly number[];
  onJump: (row: number) => void;
}

const WIDTH = 14;

/** The colour of a row that varies by v (0 same everywhere, 1 in one article only). */
function colour(v: number): string {
  return `hsl(${Math.round(120 - v * 120)}, 65%, ${Math.round(70 - v * 20)}%)`;
}

/**
 * A strip of all shown rows coloured by how much each varies; clicking jumps to the row.
 * Drawn on a canvas so thousands of rows cost one element (keyboard users move with j/k).
 */
export function Minimap({ variation, shown, onJump }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return;
    // The height as the browser reports it after its layout: reading clientHeight here would force
    // one, and a resize redraws the strip.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.round(entry.contentRect.height));
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const canvas = ref.current;
    const g = canvas && height !== null ? canvas.getContext('2d') : null;
    if (!canvas || !g || height === null) return;
    canvas.width = WIDTH;
    canvas.height = height;
    const step = height / Math.max(1, shown.length);
    // Ten shades are plenty at this size; setting a colour costs more than drawing a rectangle.
    let last = -1;
    shown.forEach((row, k) => {
      const shade = Math.round((variation[row] ?? 0) * 10);
      if (shade !== last) {
        g.fillStyle = colour(shade / 10);
        last = shade;
      }
      g.fillRect(0, Math.floor(k * step), WIDTH, Math.max(1, Math.ceil(step)));
    });
  }, [variation, shown, height]);

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const k = Math.floor(((e.clientY - box.top) / Math.max(1, box.height)) * shown.length);
    const row = shown[Math.max(0, Math.min(shown.length - 1, k))];
    if (row !== undefined) onJump(row);
  };

  const varied = shown.filter((r) => (variation[r] ?? 0) > 0.5).length;
  return (
    <canvas
      ref={ref}
      className="minimap"
      role="img"
      aria-label={`Row map: ${shown.length} rows, ${varied} vary strongly. Click to jump to a row.`}
      title="Row map: how much each row's paragraphs differ across the articles, from green (the same in all) to red (in one article only); not the discrepancies. Click to jump to a row."
      onClick={onClick}
    />
  );
}
