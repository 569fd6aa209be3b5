import { useId, useState, type FormEvent } from 'react';
import type { ReviewData } from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { claimReviewFile, type PublishDetails } from './downloads.ts';

/** Asks where the review is published and by whom, then downloads schema.org ClaimReview markup. */
export function ClaimReviewForm({ review }: { review: ReviewData }) {
  const id = useId();
  const [details, setDetails] = useState<PublishDetails>({
    pageUrl: '',
    authorName: '',
    authorType: 'Organization',
  });
  const [error, setError] = useState<string | null>(null);
  const edit = (patch: Partial<PublishDetails>) => {
    setDetails((d) => ({ ...d, ...patch }));
    setError(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const made = claimReviewFile(review, details, Date.now());
    if (!made.ok) return setError(made.error);
    downloadText(made.file.filename, made.file.text, made.file.type);
  };
  return (
    <section className="share-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>ClaimReview for search engines</h2>
      <form className="share-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-url`}>Page URL where the review is published</label>
        <input
          id={`${id}-url`}
          type="url"
          placeholder="https://example.org/fact-check/…"
          value={details.pageUrl}
          aria-invalid={error !== null && error.includes('URL')}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => edit({ pageUrl: e.target.value })}
        />
        <label htmlFor={`${id}-author`}>Author name</label>
        <input
          id={`${id}-author`}
          value={details.authorName}
          onChange={(e) => edit({ authorName: e.target.value })}
        />
        <label htmlFor={`${id}-type`}>The author is</label>
        <select
          id={`${id}-type`}
          value={details.authorType}
          onChange={(e) => edit({ authorType: e.target.value as PublishDetails['authorType'] })}
        >
          <option value="Organization">an organization</option>
          <option value="Person">a person</option>
        </select>
        <button type="submit">Download ClaimReview (JSON-LD)</button>
      </form>
      {error && (
        <p id={`${id}-error`} role="alert" className="share-error">
          {error}
        </p>
      )}
    </section>
  );
}
