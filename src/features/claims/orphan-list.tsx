import { useId } from 'react';
import type { ArticleRecord, Claim } from '../../store/index.ts';
import { shortQuote } from './model.ts';
import type { TextSelection } from './selection.ts';
import { StatusBadge } from './status-buttons.tsx';

interface Props {
  orphans: readonly Claim[];
  records: readonly ArticleRecord[];
  selection: TextSelection | null;
  onReattach: (id: string, start: number, end: number) => void;
}

/** Claims whose text was edited away, with their quotes, re-attached by hand to the selected text. */
export function OrphanList({ orphans, records, selection, onReattach }: Props) {
  const id = useId();
  if (orphans.length === 0) return null;
  return (
    <section className="claims-orphans" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Orphaned claims</h2>
      <p className="claims-muted">
        Their text changed. Select the matching text in the article, then choose “Re-attach here”.
      </p>
      <ul aria-label="Orphaned claims">
        {orphans.map((c, k) => {
          const record = records.find((r) => r.id === c.articleId);
          const ready = record !== undefined && selection?.articleId === c.articleId;
          return (
            <li key={c.id}>
              <StatusBadge status={c.status} />{' '}
              <q id={`${id}-q${k}`}>{shortQuote(c.anchor.quote)}</q>
              <span className="claims-muted">
                {' '}
                {record ? record.title || record.id : 'article removed'}
              </span>{' '}
              <button
                type="button"
                disabled={!ready}
                aria-describedby={`${id}-q${k}`}
                onClick={() => selection && onReattach(c.id, selection.start, selection.end)}
              >
                Re-attach here
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
