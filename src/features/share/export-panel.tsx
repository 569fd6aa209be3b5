import type { ReviewData } from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { getAppStore, publishingFor } from '../../store/index.ts';
import {
  annotationsFile,
  claimsCsvFile,
  markdownFile,
  reviewJsonFile,
  type Download,
} from './downloads.ts';

/** The one-click exports, in the order a reviewer is likely to want them. */
const EXPORTS: { label: string; hint: string; make: (r: ReviewData, now: number) => Download }[] = [
  {
    label: 'Download review (JSON)',
    hint: 'everything, to back up or open elsewhere',
    make: reviewJsonFile,
  },
  { label: 'Download claims (CSV)', hint: 'one row per claim', make: claimsCsvFile },
  { label: 'Download report (Markdown)', hint: 'the report below', make: markdownFile },
  {
    label: 'Download Web Annotations (JSON-LD)',
    hint: 'a W3C annotation collection an annotation reader can load',
    // The creator: the newsroom, once set (here or in an earlier review); the generator's
    // homepage: where this copy of Crosscheck runs.
    make: (r, now) =>
      annotationsFile(
        { ...r, publishing: publishingFor(getAppStore().getState().reviews, r.id) },
        now,
        `${location.origin}${location.pathname}`,
      ),
  },
];

/** Buttons that download the open review in each format. */
export function ExportPanel({ review }: { review: ReviewData }) {
  return (
    <section className="share-panel" aria-labelledby="share-export-heading">
      <h2 id="share-export-heading">Download</h2>
      <ul className="share-export-list">
        {EXPORTS.map((e) => (
          <li key={e.label}>
            <button
              type="button"
              onClick={() => {
                const file = e.make(review, Date.now());
                downloadText(file.filename, file.text, file.type);
              }}
            >
              {e.label}
            </button>{' '}
            <span className="share-hint">{e.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
