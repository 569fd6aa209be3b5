interface Props {
  onAddArticles?: (() => void) | undefined;
}

/** What a review without articles shows: what to do next, with the way to do it. */
export function EmptyReview({ onAddArticles }: Props) {
  return (
    <section className="empty-review" aria-labelledby="empty-review-title">
      <h2 id="empty-review-title">This review has no articles yet</h2>
      <p>
        Add two or more reports of the same story (paste them, or open .txt, .md or .html files) and
        Crosscheck lines them up paragraph by paragraph and lists the facts that differ.
      </p>
      {onAddArticles && (
        <button type="button" className="primary" onClick={onAddArticles}>
          Add articles
        </button>
      )}
    </section>
  );
}
