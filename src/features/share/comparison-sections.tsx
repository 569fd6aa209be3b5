import { describeFilter, TRIAGE_LABELS } from '../../core/compare/finding-filter.ts';
import {
  leftOutText,
  percent,
  placeText,
  type ComparisonModel,
  type ReportFinding,
} from '../../core/formats/index.ts';

/**
 * The comparison part of the printable report (the comparison report's content): the articles
 * with their letters and URLs, the coverage between them, and the findings the filter shows.
 */
export function ComparisonSections({ model }: { model: ComparisonModel }) {
  const { articles } = model;
  return (
    <>
      <table className="share-table">
        <caption>Articles</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Date</th>
            <th scope="col">URL</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.letter}</th>
              <td>
                {a.title}
                {!a.shown && ' (hidden from the comparison)'}
              </td>
              <td>{a.outlet}</td>
              <td>{a.date}</td>
              <td className="share-url">{a.url}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="share-table share-coverage">
        <caption>Coverage: share of each article (row) found in another (column)</caption>
        <thead>
          <tr>
            <td />
            {articles.map((a) => (
              <th key={a.id} scope="col">
                {a.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.coverage.map((row, x) => (
            <tr key={articles[x]!.id}>
              <th scope="row">{articles[x]!.letter}</th>
              {row.map((share, y) => (
                <td key={articles[y]!.id}>{x === y ? '—' : percent(share)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="share-report-findings" aria-labelledby="share-findings-heading">
        <h3 id="share-findings-heading">Findings ({model.findings.length})</h3>
        <p>
          Findings shown: {describeFilter(model.filter)}. {leftOutText(model)}
        </p>
        {model.findings.length === 0 && <p>No finding passes the filter.</p>}
        {model.findings.map((f) => (
          <FindingBlock key={f.key} finding={f} />
        ))}
      </section>
    </>
  );
}

/** One finding: its type, severity and status, its explanation, its versions side by side. */
function FindingBlock({ finding: f }: { finding: ReportFinding }) {
  const title = `${f.n}. ${f.type} · ${f.severity} · ${TRIAGE_LABELS[f.status]}`;
  return (
    <div className="share-report-finding">
      <h4>{title}</h4>
      <p>{f.explanation}</p>
      <table className="share-table share-versions" aria-label={`Finding ${f.n}: versions`}>
        <thead>
          <tr>
            <td />
            {f.versions.map((_, k) => (
              <th key={k} scope="col">
                Version {k + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Wording</th>
            {f.versions.map((v, k) => (
              <td key={k}>“{v.text}”</td>
            ))}
          </tr>
          <tr>
            <th scope="row">In</th>
            {f.versions.map((v, k) => (
              <td key={k}>{v.places.map(placeText).join('; ')}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Sentence</th>
            {f.versions.map((v, k) => (
              <td key={k}>{v.places[0]?.sentence}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
