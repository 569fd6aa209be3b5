import type { ClaimStatus, Counterpart } from '../../core/claims/index.ts';
import { StatusBadge, StatusButtons } from './status-buttons.tsx';

/** A span of an article's text that a mark goes on. */
export interface MarkTarget {
  articleId: string;
  start: number;
  end: number;
}

interface Props {
  /** The sentence's counterparts in the other articles. */
  found: readonly Counterpart[];
  /** An article's name as the reviewer knows it. */
  nameOf: (articleId: string) => string;
  /** A counterpart's own status, if it is marked. */
  statusOf: (c: Counterpart) => ClaimStatus | null;
  /** This reviewer's own verdict on a counterpart (on a shared review); statusOf when not given. */
  ownOf?: (c: Counterpart) => ClaimStatus | null;
  /** The status of the claim to apply, null when it has none. */
  sourceStatus: ClaimStatus | null;
  onStatus: (target: MarkTarget, status: ClaimStatus | null) => void;
  onApply: (targets: MarkTarget[]) => void;
}

const target = (c: Counterpart): MarkTarget => ({
  articleId: c.articleId,
  start: c.start,
  end: c.end,
});

/** A sentence's counterparts in the other articles, each markable, and "Apply to counterparts". */
export function CounterpartList({
  found,
  nameOf,
  statusOf,
  ownOf = statusOf,
  sourceStatus,
  onStatus,
  onApply,
}: Props) {
  if (found.length === 0)
    return <p className="claims-muted">No counterpart in the other articles.</p>;
  const canApply = sourceStatus !== null;
  return (
    <div className="claims-counterparts">
      <ul aria-label="Counterparts">
        {found.map((c) => {
          const status = statusOf(c);
          const name = nameOf(c.articleId);
          return (
            <li key={`${c.articleId}:${c.start}`} className="claims-counterpart">
              <span className="claims-counterpart-source">{name}</span>{' '}
              <StatusBadge status={status} />
              <span className="claims-counterpart-text">{c.text}</span>
              <StatusButtons
                status={ownOf(c)}
                label={`Mark counterpart in ${name}`}
                onChange={(s) => onStatus(target(c), s)}
              />
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={!canApply} onClick={() => onApply(found.map(target))}>
        Apply to counterparts
      </button>
      {!canApply && <p className="claims-muted">Mark this sentence to apply its mark to them.</p>}
    </div>
  );
}
