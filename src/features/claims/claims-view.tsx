import { useCallback, useMemo, useRef, useState } from 'react';
import {
  orphanedClaims,
  reviewProgress,
  selectActiveReview,
  useAppStore,
  type ArticleRecord,
  type Claim,
  type ClaimStatus,
} from '../../store/index.ts';
import { sentenceCarriers } from '../../core/compare/link-table.ts';
import { useComparison } from '../../worker/use-comparison.ts';
import { ArticleText } from './article-text.tsx';
import { ClaimList } from './claim-list.tsx';
import { ClaimsToolbar } from './claims-toolbar.tsx';
import { passes, spanKey, type SentenceRef, type StatusFilter } from './model.ts';
import { OrphanList } from './orphan-list.tsx';
import { ProgressTable } from './progress-table.tsx';
import { SentencePanel } from './sentence-panel.tsx';
import { sentenceAt, useArticleData } from './use-article-data.ts';
import { useChosenArticle, useClaimsPlace } from './use-claims-place.ts';
import { useTextSelection } from '../../components/claims/use-text-selection.ts';
import { useUndoKeys } from '../../components/claims/use-undo-keys.ts';

const NO_ARTICLES: ArticleRecord[] = [];
const NO_CLAIMS: Record<string, Claim> = {};

/** The claims workbench: mark each sentence of an article, notes, evidence, counterparts, progress. */
export function ClaimsView() {
  const review = useAppStore(selectActiveReview);
  const records = review?.articles ?? NO_ARTICLES;
  const claims = review?.claims ?? NO_CLAIMS;
  const markSentence = useAppStore((s) => s.markSentence);
  const setClaimStatus = useAppStore((s) => s.setClaimStatus);
  const reattachClaim = useAppStore((s) => s.reattachClaim);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  useUndoKeys(undo, redo);

  const { comparison: aligned } = useComparison(records, null);
  // Offsets of an alignment made from older texts would point at the wrong sentences.
  const comparison =
    aligned &&
    aligned.articles.length === records.length &&
    aligned.articles.every((a) => records.find((r) => r.id === a.id)?.text === a.text)
      ? aligned
      : null;

  // The article chosen is part of the reviewer's place: kept across views and reloads.
  const [pickedId, setPickedId] = useChosenArticle();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [focus, setFocus] = useState<{ articleId: string; at: SentenceRef } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ key: string; n: number } | null>(null);
  /** Article and span key of the sentence whose note editor is open. */
  const [noteFor, setNoteFor] = useState<string | null>(null);
  /** The unmarked sentence n was last pressed on, and how often: it is told, never kept for a later key. */
  const [markFirst, setMarkFirst] = useState<{ key: string; n: number } | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);

  const record = records.find((r) => r.id === pickedId) ?? records[0];
  const articleId = record?.id ?? '';
  const data = useArticleData(record, claims);
  // How many articles carry each sentence of the shown article (itself included).
  const carriers = useMemo(() => {
    const out = new Map<string, number>();
    if (!comparison || !data) return out;
    for (const s of data.sentences) {
      const others = sentenceCarriers(comparison.table, articleId, s.paragraph, s.sentence);
      out.set(spanKey(s.start, s.end), 1 + others.length);
    }
    return out;
  }, [comparison, data, articleId]);
  const [selection, clearSelection] = useTextSelection(containerRef, articleId, record?.text ?? '');
  const progress = useMemo(() => reviewProgress(review), [review]);
  const orphans = useMemo(() => orphanedClaims(review), [review]);
  const sentenceCounts = useMemo(
    () =>
      new Map(
        (comparison?.articles ?? []).map((a) => [
          a.id,
          a.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
        ]),
      ),
    [comparison],
  );

  const focused = focus?.articleId === articleId ? focus.at : null;
  const onRestore = useCallback(
    (at: SentenceRef) => setFocus((f) => (f?.articleId === articleId ? f : { articleId, at })),
    [articleId],
  );
  useClaimsPlace({
    articleId,
    sentences: data?.sentences ?? null,
    focused,
    onRestore,
    containerRef,
  });
  const requestFocus = (key: string) => setFocusRequest((r) => ({ key, n: (r?.n ?? 0) + 1 }));

  const onFocus = useCallback(
    (at: SentenceRef) => {
      setFocus((f) => (f?.articleId === articleId && f.at === at ? f : { articleId, at }));
      const key = `${articleId}:${spanKey(at.start, at.end)}`;
      setMarkFirst((m) => (m?.key === key ? m : null));
    },
    [articleId],
  );
  const onStatus = useCallback(
    (at: SentenceRef, status: ClaimStatus | null) =>
      markSentence(articleId, at.start, at.end, status),
    [articleId, markSentence],
  );
  const bySentence = data?.bySentence;
  const onNote = useCallback(
    (at: SentenceRef) => {
      const key = `${articleId}:${spanKey(at.start, at.end)}`;
      setFocus({ articleId, at });
      // A note belongs to a claim, and a verdict makes one: an open request would wait for it and
      // take the focus from the sentence at the next v, d or u, so the keys after it became text.
      const marked = bySentence?.has(spanKey(at.start, at.end)) ?? false;
      setNoteFor(marked ? key : null);
      setMarkFirst((m) => (marked ? null : { key, n: (m?.n ?? 0) + 1 }));
    },
    [articleId, bySentence],
  );

  const jumpTo = (claim: Claim) => {
    const target = records.find((r) => r.id === claim.articleId);
    const at = target ? sentenceAt(target, claim.anchor.start) : null;
    if (!target || !at) return;
    setPickedId(target.id);
    const own = claim.origin === 'sentence' ? claim : undefined;
    if (!passes(filter, own)) setFilter('all');
    setFocus({ articleId: target.id, at });
    requestFocus(spanKey(at.start, at.end));
  };

  if (!record) return <p className="empty">This review has no articles yet.</p>;
  // A long article is parsed in slices: a moment, said as such.
  if (!data)
    return (
      <p className="empty" role="status" aria-busy="true">
        Reading “{record.title || record.id}”…
      </p>
    );
  const focusedKey = focused ? spanKey(focused.start, focused.end) : null;
  const focusedClaim = focusedKey ? data.bySentence.get(focusedKey) : undefined;

  return (
    <div className="claims">
      <ClaimsToolbar
        records={records}
        articleId={articleId}
        onArticle={setPickedId}
        filter={filter}
        onFilter={setFilter}
        selection={selection}
        onMarked={clearSelection}
      />
      <div className="claims-body">
        <section className="claims-main" aria-labelledby="claims-article-heading">
          <h2 id="claims-article-heading">{record.title || record.id}</h2>
          <p className="claims-muted claims-keys">
            Keys on a sentence: ↑/↓ or j/k move, v verified, d disputed, u unsourced, x clear, n
            note; Ctrl+Z undo, Ctrl+Shift+Z redo.
          </p>
          <ArticleText
            carriers={carriers}
            articleCount={records.length}
            {...data}
            filter={filter}
            activeKey={focusedKey}
            focusRequest={focusRequest}
            containerRef={containerRef}
            onFocus={onFocus}
            onStatus={onStatus}
            onClaimStatus={setClaimStatus}
            onNote={onNote}
          />
        </section>
        <aside className="claims-side" aria-label="Claim details and progress">
          {focused && focusedKey ? (
            <SentencePanel
              key={`${articleId}:${focusedKey}`}
              articleId={articleId}
              at={focused}
              text={record.text.slice(focused.start, focused.end)}
              claim={focusedClaim}
              claims={claims}
              records={records}
              comparison={comparison}
              noteOpen={noteFor === `${articleId}:${focusedKey}`}
              markFirst={markFirst?.key === `${articleId}:${focusedKey}` ? markFirst.n : 0}
              onNoteOpen={(open) => {
                setNoteFor(open ? `${articleId}:${focusedKey}` : null);
                if (!open) requestFocus(focusedKey);
              }}
            />
          ) : (
            <p className="claims-muted">
              Focus a sentence to see its note, evidence and counterparts.
            </p>
          )}
          <ProgressTable records={records} progress={progress} sentenceCounts={sentenceCounts} />
          <ClaimList claims={claims} records={records} filter={filter} onJump={jumpTo} />
          <OrphanList
            orphans={orphans}
            records={records}
            selection={selection}
            onReattach={(id, start, end, target) => {
              reattachClaim(id, start, end, target);
              clearSelection();
              // Show the article the claim now stands in.
              if (target) setPickedId(target);
            }}
          />
        </aside>
      </div>
    </div>
  );
}
