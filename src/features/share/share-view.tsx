import { useMemo } from 'react';
import type { ReviewData } from '../../core/formats/index.ts';
import { selectActiveReview, useAppStore } from '../../store/index.ts';
import { ClaimReviewForm } from './claim-review-form.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { PrintableReport } from './printable-report.tsx';
import { useComparisonModel } from './use-comparison-model.ts';
import { teamOptions, useSharedReview } from './use-team-verdicts.ts';

/** Share: download the open review in every format, import one from a file, print the report. */
export function ShareView() {
  const review = useAppStore(selectActiveReview);
  if (!review) return null;
  return <ShareReview review={review} />;
}

/** Share for one review, its comparison worked out in the worker for the comparison exports. */
function ShareReview({ review }: { review: ReviewData }) {
  const comparison = useComparisonModel(review);
  // A shared review's team verdicts change with the review (the store follows its document).
  const { shared, loading } = useSharedReview(review.id);
  const team = useMemo(
    () => (shared && !loading ? teamOptions(review.id, false).team : undefined),
    [shared, loading, review],
  );
  return (
    <div className="share-view">
      <div className="share-controls">
        <ExportPanel review={review} comparison={comparison} />
        <ClaimReviewForm review={review} />
        <ImportPanel />
        <section className="share-panel" aria-labelledby="share-print-heading">
          <h2 id="share-print-heading">Print</h2>
          <button type="button" onClick={() => window.print()}>
            Print report
          </button>
        </section>
      </div>
      <PrintableReport review={review} comparison={comparison.model} team={team} />
    </div>
  );
}

export default ShareView;
