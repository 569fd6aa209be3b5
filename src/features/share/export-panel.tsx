import { useId, useState } from 'react';
import { describeFilter } from '../../core/compare/finding-filter.ts';
import {
  leftOutText,
  type ComparisonModel,
  type ReviewData,
  type TeamOptions,
} from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { getAppStore, publishingFor } from '../../store/index.ts';
import {
  annotationsFile,
  changeListFile,
  claimsCsvFile,
  comparisonFile,
  markdownFile,
  reviewJsonFile,
  type Download,
} from './downloads.ts';
import type { ComparisonForExport } from './use-comparison-model.ts';
import { TEAM_LOADING, teamOptions, useSharedReview } from './use-team-verdicts.ts';

type Make = (r: ReviewData, now: number, team: TeamOptions) => Download;

/** The one-click exports, in the order a reviewer is likely to want them. */
const EXPORTS: { label: string; hint: string; make: Make }[] = [
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
    make: (r, now, team) =>
      annotationsFile(
        { ...r, publishing: publishingFor(getAppStore().getState().reviews, r.id) },
        now,
        `${location.origin}${location.pathname}`,
        team,
      ),
  },
];

/** The exports of the comparison itself, which follow the discrepancy list's filter. */
const COMPARISON_EXPORTS: {
  label: string;
  hint: string;
  make: (r: ReviewData, m: ComparisonModel, now: number, team: TeamOptions) => Download;
}[] = [
  {
    label: 'Download comparison report (Markdown)',
    hint: 'articles, coverage, findings side by side, claims',
    make: comparisonFile,
  },
  {
    label: 'Download change list (CSV)',
    hint: 'one row per finding and article pair',
    make: changeListFile,
  },
];

const save = (file: Download) => downloadText(file.filename, file.text, file.type);

/** Buttons that download the open review in each format. */
export function ExportPanel({
  review,
  comparison,
}: {
  review: ReviewData;
  comparison: ComparisonForExport;
}) {
  const { model } = comparison;
  const id = useId();
  const { shared, disagreements, loading } = useSharedReview(review.id);
  const [perReviewer, setPerReviewer] = useState(false);
  // Read when clicked: the team's verdicts as they are at that moment.
  const team = () => teamOptions(review.id, perReviewer);
  const state = model
    ? `${model.findings.length} findings, as the discrepancy list's filter shows them: ${describeFilter(model.filter)}. ${leftOutText(model)}`.trim()
    : review.articles.length < 2
      ? 'Add a second article to compare.'
      : comparison.error
        ? `Could not compare the articles: ${comparison.error}`
        : 'Comparing the articles…';
  return (
    <section
      className="share-panel"
      aria-labelledby="share-export-heading"
      aria-busy={comparison.working}
    >
      <h2 id="share-export-heading">Download</h2>
      {shared && (
        <div className="share-team-exports">
          <p className="share-hint" id={`${id}-team`}>
            This review is shared: downloads carry each claim’s final verdict (an editor’s, or the
            one every reviewer gave).{' '}
            {loading
              ? TEAM_LOADING
              : disagreements === 0
                ? 'Reviewers disagree on no claim now.'
                : `${disagreements === 1 ? '1 claim where reviewers disagree is' : `${disagreements} claims where reviewers disagree are`} marked “in disagreement”, not given a verdict.`}
          </p>
          <label>
            <input
              type="checkbox"
              checked={perReviewer}
              aria-describedby={`${id}-each`}
              onChange={(e) => setPerReviewer(e.target.checked)}
            />{' '}
            Include each reviewer’s verdicts
          </label>
          <p className="share-hint" id={`${id}-each`}>
            In the claims CSV, a verdict and a time column per reviewer; in the Markdown reports, a
            line per reviewer under each claim, with their note.
          </p>
        </div>
      )}
      <ul className="share-export-list">
        {EXPORTS.map((e) => (
          <li key={e.label}>
            <button
              type="button"
              disabled={loading}
              aria-describedby={loading ? `${id}-team` : undefined}
              onClick={() => save(e.make(review, Date.now(), team()))}
            >
              {e.label}
            </button>{' '}
            <span className="share-hint">{e.hint}</span>
          </li>
        ))}
      </ul>
      <h3 className="share-subheading">The comparison</h3>
      <p className="share-hint" id="share-comparison-state">
        {state}
      </p>
      <ul className="share-export-list">
        {COMPARISON_EXPORTS.map((e) => (
          <li key={e.label}>
            <button
              type="button"
              disabled={!model || loading}
              aria-describedby={loading ? `${id}-team` : 'share-comparison-state'}
              onClick={() => model && save(e.make(review, model, Date.now(), team()))}
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
