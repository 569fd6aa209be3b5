import {
  CLAIM_STATUSES,
  STATUS_LABELS,
  type Exercise,
  type Score,
} from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The score against the key: overall share, right or wrong per claim with the trainer's explanation, agreement per status. */
export function ScoreReport({ score, exercise }: { score: Score; exercise: Exercise }) {
  const right = score.perClaim.filter((c) => c.correct).length;
  const numberOf = (claimId: string) => exercise.claims.findIndex((c) => c.id === claimId) + 1;
  return (
    <section className="teach-panel" aria-labelledby="teach-score-h">
      <h3 id="teach-score-h">Your score</h3>
      <p>
        <strong>
          {right} of {score.perClaim.length} right ({percent(score.share)})
        </strong>
      </p>
      <table className="teach-table">
        <caption className="teach-hint">Each claim against the answer key</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Your answer</th>
            <th scope="col">Expected</th>
            <th scope="col">Result</th>
            <th scope="col">Trainer’s explanation</th>
          </tr>
        </thead>
        <tbody>
          {score.perClaim.map((c) => (
            <tr key={c.claimId}>
              <th scope="row">Claim {numberOf(c.claimId)}</th>
              <td>{c.given ? STATUS_LABELS[c.given] : 'No answer'}</td>
              <td>{STATUS_LABELS[c.expected]}</td>
              <td className={c.correct ? 'teach-right' : 'teach-wrong'}>
                {c.correct ? 'Right' : 'Wrong'}
              </td>
              <td>{c.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="teach-table">
        <caption className="teach-hint">Agreement by expected status</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Agreed</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_STATUSES.filter((s) => score.byStatus[s].expected > 0).map((s) => {
            const { expected, agreed } = score.byStatus[s];
            return (
              <tr key={s}>
                <th scope="row">{STATUS_LABELS[s]}</th>
                <td>
                  {agreed} of {expected} ({percent(agreed / expected)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
