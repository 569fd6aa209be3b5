import { useMemo, useState } from 'react';
import { claimsOfArticle, useAppStore, type ArticleRecord } from '../../store/index.ts';
import { DetailsForm } from './details-form.tsx';
import { ReplacePanel } from './replace-panel.tsx';
import { activeReviewName, renamedSentence } from './review-renamed.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One article of the review: its details, and buttons to replace its text or remove it. */
export function ArticleItem({
  article,
  onRemoved,
}: {
  article: ArticleRecord;
  /** Told what was removed, in a sentence, since this item is gone afterwards. */
  onRemoved: (message: string) => void;
}) {
  const review = useAppStore((s) => s.reviews[s.activeReviewId]);
  const marks = useMemo(() => claimsOfArticle(review, article.id).length, [review, article.id]);
  const headingId = `library-article-${article.id.replace(/[^\w-]/g, '_')}`;
  return (
    <article className="library-article" aria-labelledby={headingId} data-article-id={article.id}>
      <h4 id={headingId}>{article.title || article.id}</h4>
      <p className="library-meta">
        {article.id} · {plural(article.text.length, 'character')} · {plural(marks, 'mark')}
      </p>
      <details className="library-text">
        <summary>Show text</summary>
        {/* Focusable, so the scrolled text can be read by keyboard. */}
        <div
          className="library-text-body"
          role="region"
          aria-label={`Text of ${article.title || article.id}`}
          tabIndex={0}
        >
          {article.text}
        </div>
      </details>
      <DetailsForm article={article} />
      <div className="library-actions">
        <ReplacePanel articleId={article.id} />
        <RemoveControl article={article} marks={marks} onRemoved={onRemoved} />
      </div>
    </article>
  );
}

/** Remove with a confirmation step that says how many marks stay behind as orphans. */
function RemoveControl({
  article,
  marks,
  onRemoved,
}: {
  article: ArticleRecord;
  marks: number;
  onRemoved: (message: string) => void;
}) {
  const removeArticle = useAppStore((s) => s.removeArticle);
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Remove
      </button>
    );
  const name = article.title || article.id;
  return (
    <div role="group" aria-label={`Remove ${name}?`} className="library-confirm">
      <p>
        Remove “{name}” from this review?{' '}
        {marks === 0
          ? 'It has no marks.'
          : `Its ${plural(marks, 'mark')} will be kept as orphans, listed in the Claims view; adding the same file again re-attaches them.`}
      </p>
      <button
        type="button"
        onClick={() => {
          const before = activeReviewName();
          removeArticle(article.id);
          onRemoved(
            `Removed “${name}”; ${plural(marks, 'mark')} kept as orphans${marks > 0 ? ' (see the Claims view)' : ''}. ${renamedSentence(before, activeReviewName())}`.trim(),
          );
        }}
      >
        Remove article
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        Cancel
      </button>
    </div>
  );
}
