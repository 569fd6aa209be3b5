import { useMemo } from 'react';
import { CounterpartList, type MarkTarget } from '../../components/claims/counterpart-list.tsx';
import { counterparts, type Counterpart } from '../../core/claims/index.ts';
import { linksOf, type Comparison } from '../../core/compare/index.ts';
import { ownStatus } from '../../core/formats/types.ts';
import type { ArticleRecord, Claim, ClaimStatus } from '../../store/index.ts';
import { liveSentenceClaims, spanKey, type SentenceRef } from './model.ts';

interface Props {
  /** The alignment of the review's current texts, or null while it is being made. */
  comparison: Comparison | null;
  records: readonly ArticleRecord[];
  claims: Record<string, Claim>;
  articleId: string;
  at: SentenceRef;
  /** The focused sentence's claim, if it has one. */
  source: Claim | undefined;
  onStatus: (target: MarkTarget, status: ClaimStatus | null) => void;
  onApply: (id: string, targets: MarkTarget[]) => void;
}

/** The focused sentence's counterparts in the other articles, each markable, and "Apply to counterparts". */
export function Counterparts(props: Props) {
  const { comparison, articleId, at, source } = props;
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
  const claimAt = (c: Counterpart) => live.get(`${c.articleId}\u0000${spanKey(c.start, c.end)}`);
  if (!comparison) return <p role="status">Aligning the articles to find counterparts…</p>;
  return (
    <CounterpartList
      found={found}
      nameOf={(id) => props.records.find((r) => r.id === id)?.title || id}
      statusOf={(c) => claimAt(c)?.status ?? null}
      ownOf={(c) => {
        const claim = claimAt(c);
        return claim ? ownStatus(claim) : null;
      }}
      sourceStatus={source ? ownStatus(source) : null}
      onStatus={props.onStatus}
      onApply={(targets) => source && props.onApply(source.id, targets)}
    />
  );
}
