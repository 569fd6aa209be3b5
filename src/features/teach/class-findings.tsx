import { findingHeading, type ClassFinding } from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One table per finding question: the expected version, then who chose which and why, and the share right. */
export function ClassFindings({ findings }: { findings: readonly ClassFinding[] }) {
  return (
    <>
      {findings.map((f) => (
        <table key={f.findingId} className="teach-table">
          <caption>
            {findingHeading(f)} — {f.right} of {f.answers.length} right ({percent(f.share)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Trainee</th>
              <th scope="col">Answer</th>
              <th scope="col">Result</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Answer key</th>
              <td>{f.expectedLabel}</td>
              <td />
              <td>{f.explanation}</td>
            </tr>
            {f.answers.map((a, k) => (
              <tr key={k}>
                <th scope="row">{a.trainee}</th>
                <td>{a.givenLabel || 'Not answered'}</td>
                <td className={a.correct ? 'teach-right' : 'teach-wrong'}>
                  {a.correct ? 'Right' : 'Wrong'}
                </td>
                <td>{a.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
