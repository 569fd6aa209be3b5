import { useId, useState } from 'react';
import { reanchor } from '../../core/claims/index.ts';
import type { ArticleRecord, Claim } from '../../store/index.ts';
import { shortQuote } from './model.ts';
import type { TextSelection } from '../../components/claims/selection.ts';
import { StatusBadge } from '../../components/claims/status-buttons.tsx';
import { Quote } from '../../components/quote.tsx';

interface Props {
  orphans: readonly Claim[];
  records: readonly ArticleRecord[];
  selection: TextSelection | null;
  /** Attaches a claim to text[start, end) of its own article, or of articleId when given. */
  onReattach: (id: string, start: number, end: number, articleId?: string) => void;
}

/**
 * Claims whose text is gone: edited away, their article removed, or on an article an imported review
 * does not contain. Each is re-attached by hand to selected text, or, without its article, to the
 * place its quote is found in an article the reviewer picks.
 */
export function OrphanList({ orphans, records, selection, onReattach }: Props) {
  const id = useId();
  const [message, setMessage] = useState('');
  if (orphans.length === 0 && message === '') return null;
  const titleOf = (r: ArticleRecord) => r.title || r.id;
  const findIn = (c: Claim, articleId: string) => {
    const record = records.find((r) => r.id === articleId);
    if (!record) return;
    const found = reanchor(c.anchor, record.text);
    if (found.state === 'orphaned') {
      setMessage(
        `The quote was not found in “${titleOf(record)}”: select the matching text there, then choose “Re-attach here”.`,
      );
      return;
    }
    onReattach(c.id, found.start, found.end, record.id);
    setMessage(`Re-attached to “${titleOf(record)}”.`);
  };
  return (
    <section className="claims-orphans" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Orphaned claims</h2>
      {orphans.length > 0 && (
        <>
          <p className="claims-muted">
            Their text is gone. Select the matching text in an article, then choose “Re-attach
            here”; a claim whose article is not in this review can also be looked for in an article
            you pick.
          </p>
          <ul aria-label="Orphaned claims">
            {orphans.map((c, k) => {
              const record = records.find((r) => r.id === c.articleId);
              // Without its article, a claim may go to text selected in any article.
              const ready =
                selection !== null && (record === undefined || selection.articleId === c.articleId);
              return (
                <li key={c.id}>
                  <StatusBadge status={c.status} />{' '}
                  <Quote id={`${id}-q${k}`} text={shortQuote(c.anchor.quote)} />
                  <span className="claims-muted">
                    {' '}
                    {record ? titleOf(record) : 'its article is not in this review'}
                  </span>{' '}
                  <button
                    type="button"
                    disabled={!ready}
                    aria-describedby={`${id}-q${k}`}
                    onClick={() => {
                      if (!selection) return;
                      onReattach(c.id, selection.start, selection.end, selection.articleId);
                      setMessage('');
                    }}
                  >
                    Re-attach here
                  </button>
                  {!record && records.length > 0 && (
                    <PickArticle
                      label={`Look for claim ${k + 1}’s quote in`}
                      records={records}
                      describedBy={`${id}-q${k}`}
                      onPick={(articleId) => findIn(c, articleId)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" className="claims-muted">
        {message}
      </p>
    </section>
  );
}

interface PickProps {
  label: string;
  records: readonly ArticleRecord[];
  describedBy: string;
  onPick: (articleId: string) => void;
}

/** An article chooser and the button that looks for the claim's quote in it. */
function PickArticle({ label, records, describedBy, onPick }: PickProps) {
  const id = useId();
  const [articleId, setArticleId] = useState(records[0]?.id ?? '');
  const chosen = records.some((r) => r.id === articleId) ? articleId : (records[0]?.id ?? '');
  return (
    <div className="claims-row">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={chosen} onChange={(e) => setArticleId(e.target.value)}>
        {records.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title || r.id}
          </option>
        ))}
      </select>{' '}
      <button type="button" aria-describedby={describedBy} onClick={() => onPick(chosen)}>
        Re-attach to this article
      </button>
    </div>
  );
}
