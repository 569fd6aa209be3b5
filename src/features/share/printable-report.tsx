import { useMemo } from 'react';
import {
  CLAIM_STATUSES,
  exportedStatus,
  STATUS_LABELS,
  TEXT_CHANGED,
  textChanged,
  type ComparisonModel,
  type ReviewData,
  type TeamExport,
} from '../../core/formats/index.ts';
import { describePlace, orderedClaims, paragraphLocator } from '../../core/formats/paragraphs.ts';
import { ComparisonSections } from './comparison-sections.tsx';

const titleOf = (title: string) => title.trim() || 'Untitled article';

/**
 * The review as a text-only report, laid out for the page and for print (the Markdown reports'
 * content): with the comparison, once it is ready, its articles, coverage and findings too. A
 * shared review (team) shows final verdicts, and "In disagreement" where reviewers still differ.
 */
export function PrintableReport({
  review,
  comparison = null,
  team,
}: {
  review: ReviewData;
  comparison?: ComparisonModel | null;
  team?: TeamExport | undefined;
}) {
  const verdict = (c: ReviewData['claims'][string]) => exportedStatus(c, team);
  const { claims, paragraph } = useMemo(
    () => ({ claims: orderedClaims(review), paragraph: paragraphLocator(review.articles) }),
    [review],
  );
  const known = new Set(review.articles.map((a) => a.id));
  const groups = [
    ...review.articles.map((a) => ({ id: a.id, title: titleOf(a.title) })),
    { id: '', title: 'Claims on removed articles' },
  ]
    .map((g) => ({
      ...g,
      claims: claims.filter((c) => (g.id === '' ? !known.has(c.articleId) : c.articleId === g.id)),
    }))
    .filter((g) => g.claims.length > 0);
  return (
    <article className="share-report" aria-labelledby="share-report-title">
      <h2 id="share-report-title">{review.name.trim() || 'Untitled review'}</h2>
      {comparison ? <ComparisonSections model={comparison} /> : <h3>Articles</h3>}
      {!comparison && review.articles.length === 0 && <p>No articles.</p>}
      {!comparison && review.articles.length > 0 && (
        <ol>
          {review.articles.map((a) => (
            <li key={a.id}>
              <strong>{titleOf(a.title)}</strong>
              {[a.outlet.trim(), a.date ?? '', a.url.trim()]
                .filter(Boolean)
                .map((part) => ` — ${part}`)}
            </li>
          ))}
        </ol>
      )}
      <table className="share-counts">
        <caption>Claims by status</caption>
        <tbody>
          {CLAIM_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">{STATUS_LABELS[s]}</th>
              <td>{claims.filter((c) => verdict(c) === s).length}</td>
            </tr>
          ))}
          {claims.some((c) => verdict(c) === 'disagreement') && (
            <tr>
              <th scope="row">In disagreement</th>
              <td>{claims.filter((c) => verdict(c) === 'disagreement').length}</td>
            </tr>
          )}
          <tr>
            <th scope="row">Total</th>
            <td>{claims.length}</td>
          </tr>
        </tbody>
      </table>
      {claims.length === 0 && <p>No claims have been marked yet.</p>}
      {groups.map((g) => (
        <section key={g.id || 'removed'} className="share-report-article">
          <h3>{g.title}</h3>
          {g.claims.map((c) => {
            const where = paragraph(c);
            const status = verdict(c);
            return (
              <div key={c.id} className="share-report-claim">
                <h4>
                  {status === 'disagreement'
                    ? 'In disagreement'
                    : status
                      ? STATUS_LABELS[status]
                      : 'No status'}
                  {where !== null && ` (${describePlace(where)})`}
                  {c.anchorState === 'orphaned' && ' — quote no longer found in the article'}
                  {textChanged(c) && ` — ${TEXT_CHANGED}`}
                </h4>
                <blockquote>{c.anchor.quote}</blockquote>
                {textChanged(c) && (
                  <>
                    <p>
                      <strong>Quote when checked:</strong>
                    </p>
                    <blockquote>{c.checkedQuote}</blockquote>
                  </>
                )}
                {c.note.trim() !== '' && (
                  <p className="share-report-note">
                    <strong>Note:</strong> {c.note}
                  </p>
                )}
                {c.evidence.length > 0 && (
                  <ul aria-label="Evidence">
                    {c.evidence.map((e, i) => (
                      <li key={i}>{e}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
