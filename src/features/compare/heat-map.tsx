import { useState, type KeyboardEvent } from 'react';
import { useProgressive } from './use-progressive.ts';
import type { ArticleRecord } from '../../store/index.ts';

interface Props {
  records: readonly ArticleRecord[];
  matrix: number[][];
  onPick: (a: string, b: string) => void;
}

/** Letters that stand for articles in compact displays. */
export function shortLabel(k: number): string {
  return String.fromCharCode(65 + (k % 26)) + (k >= 26 ? String(Math.floor(k / 26)) : '');
}

/** Fill and text colour for a share: blue over white, with whichever text colour contrasts more. */
function cellColours(share: number): { background: string; color: string } {
  const alpha = 0.08 + share * 0.8;
  const rgb = [31, 95, 191].map((c) => Math.round(255 * (1 - alpha) + c * alpha));
  const lin = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  const onWhite = 1.05 / (luminance + 0.05);
  const onBlack = (luminance + 0.05) / 0.05;
  return { background: `rgb(${rgb.join(', ')})`, color: onWhite > onBlack ? '#ffffff' : '#000000' };
}

/** Rows of the map added per frame: with 20 articles a row is some 80 boxes to lay out and paint. */
const ROWS_PER_FRAME = 4;

/** Arrow keys, Home and End as moves of the heat map's cursor: [row step, column step] or an end. */
const MOVES: Record<string, [number, number] | 'home' | 'end'> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Home: 'home',
  End: 'end',
};

/**
 * Article x article: the share of each row article's content found in each column article. One
 * tab stop (the cell last moved to); arrow keys, Home and End move between cells. With many
 * articles the map scrolls in its own box instead of being cut off by the sidebar.
 */
export function HeatMap({ records, matrix, onPick }: Props) {
  const shown = useProgressive(records.length, ROWS_PER_FRAME, ROWS_PER_FRAME);
  const n = records.length;
  const [cursor, setCursor] = useState<[number, number]>([0, 1]);
  // The diagonal holds no button: a move onto it steps once more in the same direction.
  const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[e.key];
    if (!move || n < 2) return;
    e.preventDefault();
    const [x, y] = cursor;
    let next: [number, number];
    if (move === 'home') next = [x, x === 0 ? 1 : 0];
    else if (move === 'end') next = [x, x === n - 1 ? n - 2 : n - 1];
    else {
      next = [clamp(x + move[0]), clamp(y + move[1])];
      if (next[0] === next[1]) {
        const skip: [number, number] = [clamp(next[0] + move[0]), clamp(next[1] + move[1])];
        next = skip[0] === skip[1] ? cursor : skip;
      }
    }
    setCursor(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };
  const [cx, cy] = cursor[0] < n && cursor[1] < n ? cursor : [0, 1];
  return (
    <>
      {/* Outside the scroll box, so that it wraps in the sidebar's width however wide the map. */}
      <p id="heat-caption" className="heat-caption">
        Share of each article (row) found in another (column); pick a cell to compare the two (arrow
        keys move between cells)
      </p>
      <div className="heat-scroll">
        <table className="heat-map" onKeyDown={onKeyDown} aria-labelledby="heat-caption">
          <thead>
            <tr>
              <td />
              {records.map((r, k) => (
                <th key={r.id} scope="col" title={r.title}>
                  {shortLabel(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.slice(0, shown).map((r, x) => (
              <tr key={r.id}>
                <th scope="row" title={r.title}>
                  {shortLabel(x)}
                </th>
                {records.map((c, y) => {
                  const share = matrix[x]?.[y] ?? 0;
                  const pct = Math.round(share * 100);
                  return (
                    <td key={c.id}>
                      {x === y ? (
                        <span className="heat-self" aria-label="same article">
                          —
                        </span>
                      ) : (
                        <button
                          type="button"
                          className="heat-cell"
                          style={cellColours(share)}
                          data-cell={`${x}-${y}`}
                          tabIndex={x === cx && y === cy ? 0 : -1}
                          onFocus={() => setCursor([x, y])}
                          aria-label={`${pct}% of ${r.title} is found in ${c.title}. Compare them.`}
                          onClick={() => onPick(r.id, c.id)}
                        >
                          {pct}%
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
