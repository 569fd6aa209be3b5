import type { ArticleRecord, ClaimCounts } from '../../store/index.ts';

interface Props {
  records: readonly ArticleRecord[];
  progress: Record<string, ClaimCounts>;
  /** Sentences per article id, for the "of N" column. */
  sentenceCounts: ReadonlyMap<string, number>;
}

const COLUMNS = ['verified', 'disputed', 'unsourced', 'marked', 'orphaned'] as const;

/** Counts of marked claims per status for each article of the review. */
export function ProgressTable({ records, progress, sentenceCounts }: Props) {
  return (
    <table className="claims-progress">
      <caption>Progress</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          {/* Set upright in a narrow column each, so the titles keep the width they need. */}
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="count-head">
              {c[0]?.toUpperCase() + c.slice(1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const counts = progress[r.id];
          const total = sentenceCounts.get(r.id);
          return (
            <tr key={r.id}>
              <th scope="row">{r.title || r.id}</th>
              {COLUMNS.map((c) => (
                <td key={c} className="count">
                  {counts?.[c] ?? 0}
                  {c === 'marked' && total !== undefined ? ` of ${total}` : ''}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
