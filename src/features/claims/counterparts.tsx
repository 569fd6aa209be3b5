import { useMemo } from 'react';
import { counterparts, type Counterpart } from '../../core/claims/index.ts';
import { linksOf, type Comparison } from '../../core/compare/index.ts';
import type { ArticleRecord, Claim, ClaimStatus, TextSpan } from '../../store/index.ts';
import { liveSentenceClaims, spanKey, type SentenceRef } from './model.ts';
import { StatusBadge, StatusButtons } from './status-buttons.tsx';

interface Props {
  /** The alignment of the review's current texts, or null while it is being made. */
  comparison: Comparison | null;
  records: readonly ArticleRecord[];
  claims: Record<string, Claim>;
  articleId: string;
  at: SentenceRef;
  /** The focused sentence's claim, if it has one. */
  source: Claim | undefined;
  onStatus: (target: TextSpan, status: ClaimStatus | null) => void;
  onApply: (id: string, targets: TextSpan[]) => void;
}

/** The focused sentence's counterparts in the other articles, each markable, and "Apply to counterparts". */
export function Counterparts(props: Props) {
  const { comparison, articleId, at } = props;
  const found: Counterpart[] = useMemo(
    () =>
      comparison
        ? counterparts(
            linksOf(comparison.table, articleId, at.paragraph),
            comparison.articles,
            articleId,
            at.paragraph,
            at.sentence,
          )
        : [],
    [comparison, articleId, at],
  );
  const live = useMemo(() => liveSentenceClaims(props.claims), [props.claims]);
  const title = (id: string) => props.records.find((r) => r.id === id)?.title || id;

  if (!comparison) return <p role="status">Aligning the articles to find counterparts…</p>;
  if (found.length === 0)
    return <p className="claims-muted">No counterpart in the other articles.</p>;
  const source = props.source;
  const canApply = source !== undefined && source.status !== null;
  return (
    <div className="claims-counterparts">
      <ul aria-label="Counterparts">
        {found.map((c) => {
          const claim = live.get(`${c.articleId}\u0000${spanKey(c.start, c.end)}`);
          const name = title(c.articleId);
          return (
            <li key={`${c.articleId}:${c.start}`} className="claims-counterpart">
              <span className="claims-counterpart-source">{name}</span>{' '}
              <StatusBadge status={claim?.status ?? null} />
              <span className="claims-counterpart-text">{c.text}</span>
              <StatusButtons
                status={claim?.status ?? null}
                label={`Mark counterpart in ${name}`}
                onChange={(s) =>
                  props.onStatus({ articleId: c.articleId, start: c.start, end: c.end }, s)
                }
              />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        disabled={!canApply}
        onClick={() =>
          source &&
          props.onApply(
            source.id,
            found.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end })),
          )
        }
      >
        Apply to counterparts
      </button>
      {!canApply && <p className="claims-muted">Mark this sentence to apply its mark to them.</p>}
    </div>
  );
}
