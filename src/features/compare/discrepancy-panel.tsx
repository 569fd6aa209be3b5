import type { LinkDiscrepancy } from '../../core/compare/index.ts';
import type { ArticleRecord } from '../../store/index.ts';

interface Props {
  items: readonly { row: number; d: LinkDiscrepancy }[];
  records: readonly ArticleRecord[];
  onJump: (row: number) => void;
}

const RANK = { high: 0, medium: 1, low: 2 } as const;

/** Every discrepancy among the shown articles, most severe first, each a jump to its row. */
export function DiscrepancyPanel({ items, records, onJump }: Props) {
  const title = (id: string) => records.find((r) => r.id === id)?.title ?? id;
  const sorted = [...items].sort(
    (x, y) => RANK[x.d.severity] - RANK[y.d.severity] || x.row - y.row,
  );
  return (
    <section className="panel" aria-labelledby="disc-title">
      <h2 id="disc-title">Discrepancies ({items.length})</h2>
      {sorted.length === 0 ? (
        <p className="muted">None found among the shown articles.</p>
      ) : (
        <ol className="disc-list">
          {sorted.map(({ row, d }, k) => (
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
    </section>
  );
}
