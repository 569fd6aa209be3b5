import {
  choiceLabel,
  CLAIM_STATUSES,
  STATUS_LABELS,
  type Exercise,
  type Score,
} from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The score against the key: overall share, right or wrong per claim and per finding with the
 * trainer's explanation, agreement per status.
 */
export function ScoreReport({ score, exercise }: { score: Score; exercise: Exercise }) {
  const questions = [...score.perClaim, ...score.perFinding];
  const right = questions.filter((c) => c.correct).length;
  const numberOf = (claimId: string) => exercise.claims.findIndex((c) => c.id === claimId) + 1;
  const findings = new Map(exercise.findings.map((f, k) => [f.id, { f, n: k + 1 }]));
  return (
    <section className="teach-panel" aria-labelledby="teach-score-h">
      <h3 id="teach-score-h">Your score</h3>
      <p>
        <strong>
          {right} of {questions.length} right ({percent(score.share)})
        </strong>
      </p>
      {score.perClaim.length > 0 && (
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
      )}
      {score.perFinding.length > 0 && (
        <table className="teach-table">
          <caption className="teach-hint">Each finding against the answer key</caption>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Your answer</th>
              <th scope="col">Expected</th>
              <th scope="col">Result</th>
              <th scope="col">Trainer’s explanation</th>
            </tr>
          </thead>
          <tbody>
            {score.perFinding.map((s) => {
              const at = findings.get(s.findingId);
              return (
                <tr key={s.findingId}>
                  <th scope="row">Finding {at?.n ?? '?'}</th>
                  <td>{s.given === null ? 'No answer' : choiceLabel(s.given, at?.f ?? null)}</td>
                  <td>{choiceLabel(s.expected, at?.f ?? null)}</td>
                  <td className={s.correct ? 'teach-right' : 'teach-wrong'}>
                    {s.correct ? 'Right' : 'Wrong'}
                  </td>
                  <td>{s.explanation}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {score.perClaim.length > 0 && (
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
      )}
    </section>
  );
}
