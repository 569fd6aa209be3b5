import { claimHeading, STATUS_LABELS, type ClassClaim } from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One table per claim: the expected answer, then who answered what and why, and the share right. */
export function ClassClaims({ claims }: { claims: readonly ClassClaim[] }) {
  return (
    <>
      {claims.map((c) => (
        <table key={c.claimId} className="teach-table">
          <caption>
            {claimHeading(c)} — {c.right} of {c.answers.length} right ({percent(c.share)})
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
              <td>{STATUS_LABELS[c.expected]}</td>
              <td />
              <td>{c.explanation}</td>
            </tr>
            {c.answers.map((a, k) => (
              <tr key={k}>
                <th scope="row">{a.trainee}</th>
                <td>{a.given ? STATUS_LABELS[a.given] : 'Not answered'}</td>
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
