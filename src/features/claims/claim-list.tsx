import { useId, useState } from 'react';
import type { ArticleRecord, Claim } from '../../store/index.ts';
import { TEXT_CHANGED, textChanged } from '../../core/formats/types.ts';
import { formatTime, inConflict, passes, shortQuote, type StatusFilter } from './model.ts';
import { StatusBadge } from '../../components/claims/status-buttons.tsx';

interface Props {
  claims: Record<string, Claim>;
  records: readonly ArticleRecord[];
  filter: StatusFilter;
  onJump: (claim: Claim) => void;
}

/** Every live claim that carries work, newest first, filtered by status and article, with jump-to. */
export function ClaimList({ claims, records, filter, onJump }: Props) {
  const id = useId();
  const [article, setArticle] = useState('');
  const title = (articleId: string) => records.find((r) => r.id === articleId)?.title || articleId;
  const shown = Object.values(claims)
    .filter(
      (c) =>
        c.anchorState !== 'orphaned' &&
        records.some((r) => r.id === c.articleId) &&
        (c.status !== null || c.note !== '' || c.evidence.length > 0) &&
        (article === '' || c.articleId === article) &&
        passes(filter, c),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="claims-list" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>All claims</h2>
      <label>
        Claims in{' '}
        <select value={article} onChange={(e) => setArticle(e.target.value)}>
          <option value="">All articles</option>
          {records.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title || r.id}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="claims-muted">No claims match.</p>
      ) : (
        <ul aria-label="Claims">
          {shown.map((c) => (
            <li key={c.id}>
              <StatusBadge status={c.status} />{' '}
              {textChanged(c) && <span className="claims-changed-flag">{TEXT_CHANGED} </span>}
              {inConflict(c) && <span className="claims-changed-flag">conflicting verdicts </span>}
              <button type="button" className="claims-jump" onClick={() => onJump(c)}>
                {shortQuote(c.anchor.quote)}
              </button>
              <span className="claims-muted">
                {' '}
                {title(c.articleId)} · updated{' '}
                <time dateTime={new Date(c.updatedAt).toISOString()}>
                  {formatTime(c.updatedAt)}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
