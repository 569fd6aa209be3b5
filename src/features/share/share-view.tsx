import { selectActiveReview, useAppStore } from '../../store/index.ts';
import { ClaimReviewForm } from './claim-review-form.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { PrintableReport } from './printable-report.tsx';

/** Share: download the open review in every format, import one from a file, print the report. */
export function ShareView() {
  const review = useAppStore(selectActiveReview);
  if (!review) return null;
  return (
    <div className="share-view">
      <div className="share-controls">
        <ExportPanel review={review} />
        <ClaimReviewForm review={review} />
        <ImportPanel />
        <section className="share-panel" aria-labelledby="share-print-heading">
          <h2 id="share-print-heading">Print</h2>
          <button type="button" onClick={() => window.print()}>
            Print report
          </button>
        </section>
      </div>
      <PrintableReport review={review} />
    </div>
  );
}

export default ShareView;
