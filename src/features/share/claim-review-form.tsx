import { useId, useMemo, useState, type FormEvent } from 'react';
import { publishedReviews, type ReviewData } from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { getAppStore, publishingFor, selectActiveReview, useAppStore } from '../../store/index.ts';
import { useComparison } from '../../worker/use-comparison.ts';
import { carriersFrom } from './carriers.ts';
import { ClaimSummaries } from './claim-summaries.tsx';
import { claimReviewFile, type ClaimReviewShape } from './downloads.ts';
import { DraftInput } from './draft-input.tsx';
import { RatingScale } from './rating-scale.tsx';
import { TEAM_LOADING, teamOptions, useSharedReview } from './use-team-verdicts.ts';

/**
 * The fact checks to publish: the newsroom (publisher, page, rating scale, saved with the review),
 * each claim's summary and claimant, then schema.org ClaimReview or the Fact Check Tools API shape.
 */
export function ClaimReviewForm({ review }: { review: ReviewData }) {
  const id = useId();
  const setPublishing = useAppStore((s) => s.setPublishing);
  const setClaimPublishing = useAppStore((s) => s.setClaimPublishing);
  const [error, setError] = useState<string | null>(null);
  const allReviews = useAppStore((s) => s.reviews);
  const settings = useMemo(() => publishingFor(allReviews, review.id), [allReviews, review.id]);
  // Articles that state a claim in other words carry it too: the alignment finds them.
  const { comparison, working } = useComparison(review.articles, null);
  const carriers = useMemo(() => carriersFrom(comparison), [comparison]);
  // A shared review publishes final verdicts only: its team verdicts change with the review.
  const { shared, disagreements, loading } = useSharedReview(review.id);
  const reviews = useMemo(
    () =>
      publishedReviews(review, settings, {
        carriers,
        ...(shared && !loading ? teamOptions(review.id, false) : {}),
      }),
    [review, settings, carriers, shared, loading],
  );
  const shortened = reviews.filter((r) => r.shortened).length;
  const download = (shape: ClaimReviewShape) => (event?: FormEvent) => {
    event?.preventDefault();
    // Read the store now: a field saved on blur or Enter just before this is already there.
    const state = getAppStore().getState();
    const current = selectActiveReview(state) ?? review;
    const made = claimReviewFile(
      current,
      publishingFor(state.reviews, current.id),
      Date.now(),
      shape,
      { carriers, ...teamOptions(current.id, false) },
    );
    if (!made.ok) return setError(made.error);
    setError(null);
    downloadText(made.file.filename, made.file.text, made.file.type);
  };
  return (
    <section className="share-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Fact checks (ClaimReview)</h2>
      <form className="share-form" onSubmit={download('json-ld')} noValidate>
        <label htmlFor={`${id}-publisher`}>Publishing organization</label>
        <DraftInput
          id={`${id}-publisher`}
          maxLength={500}
          value={settings.publisher}
          onCommit={(publisher) => setPublishing({ publisher })}
        />
        <label htmlFor={`${id}-url`}>Page URL where the fact checks are published</label>
        <DraftInput
          id={`${id}-url`}
          type="url"
          maxLength={2_000}
          placeholder="https://example.org/fact-check/…"
          value={settings.pageUrl}
          aria-invalid={error !== null && error.includes('URL')}
          aria-describedby={error ? `${id}-error` : undefined}
          onCommit={(pageUrl) => setPublishing({ pageUrl })}
        />
        <RatingScale id={id} settings={settings} onChange={setPublishing} />
        <p className="share-hint" aria-live="polite">
          {working ? 'Looking for each claim in the other articles…' : ''}
        </p>
        {shared && (
          <p className="share-hint" id={`${id}-team`}>
            Only final verdicts are published: an editor’s, or one every reviewer gave.{' '}
            {loading
              ? TEAM_LOADING
              : disagreements === 1
                ? 'The claim where reviewers disagree is left out until an editor sets its final verdict.'
                : disagreements > 1
                  ? `The ${disagreements} claims where reviewers disagree are left out until an editor sets their final verdicts.`
                  : ''}
          </p>
        )}
        <ClaimSummaries id={id} reviews={reviews} onChange={setClaimPublishing} />
        {shortened > 0 && (
          <p className="share-flag">
            {shortened === 1
              ? 'One summary is still the sentence shortened by Crosscheck: read it before publishing.'
              : `${shortened} summaries are still sentences shortened by Crosscheck: read them before publishing.`}
          </p>
        )}
        <button
          type="submit"
          disabled={loading}
          aria-describedby={loading ? `${id}-team` : undefined}
        >
          Download ClaimReview (JSON-LD)
        </button>
        <button
          type="button"
          disabled={loading}
          aria-describedby={loading ? `${id}-team` : undefined}
          onClick={download('markup-page')}
        >
          Download for the Fact Check Tools API (JSON)
        </button>
      </form>
      {error && (
        <p id={`${id}-error`} role="alert" className="share-error">
          {error}
        </p>
      )}
    </section>
  );
}
