import { useState } from 'react';
import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

interface Props {
  items: readonly { row: number; d: LinkDiscrepancy }[];
  records: readonly ArticleRecord[];
  onJump: (row: number) => void;
}

const RANK = { high: 0, medium: 1, low: 2 } as const;
/** How many are listed before "Show all": a long list would cost more layout than it helps. */
const FIRST = 50;

/** Every discrepancy among the shown articles, most severe first, each a jump to its row. */
export function DiscrepancyPanel({ items, records, onJump }: Props) {
  const title = (id: string) => records.find((r) => r.id === id)?.title ?? id;
  const [all, setAll] = useState(false);
  const sorted = [...items].sort(
    (x, y) => RANK[x.d.severity] - RANK[y.d.severity] || x.row - y.row,
  );
  const listed = all ? sorted : sorted.slice(0, FIRST);
  return (
    <section className="panel" aria-labelledby="disc-title">
      <h2 id="disc-title">Discrepancies ({items.length})</h2>
      {sorted.length === 0 ? (
        <p className="muted">None found among the shown articles.</p>
      ) : (
        <ol className="disc-list">
          {listed.map(({ row, d }, k) => (
            <li key={k} className={`disc disc-${d.severity}`}>
              <button type="button" onClick={() => onJump(row)}>
                <strong>
                  {d.severity} · {d.type}
                </strong>{' '}
                {d.explanation}
                <span className="disc-spans">
                  “{d.aSpan}” ({title(d.a)}) vs “{d.bSpan}” ({title(d.b)})
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {listed.length < sorted.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {sorted.length}
        </button>
      )}
    </section>
  );
}
