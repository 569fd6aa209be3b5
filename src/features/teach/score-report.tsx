import {
  choiceLabel,
  CLAIM_STATUSES,
  STATUS_LABELS,
  type Exercise,
  type Score,
} from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A question scored, in words. */
interface ScoredRow {
  id: string;
  /** "Claim 2", "Finding 1". */
  label: string;
  given: string;
  expected: string;
  correct: boolean;
  explanation: string;
}

/** Each question of one kind against the key; nothing when the exercise asks none of that kind. */
function ScoreTable({ noun, rows }: { noun: 'claim' | 'finding'; rows: readonly ScoredRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="teach-table">
      <caption className="teach-hint">Each {noun} against the answer key</caption>
      <thead>
        <tr>
          <th scope="col">{noun === 'claim' ? 'Claim' : 'Finding'}</th>
          <th scope="col">Your answer</th>
          <th scope="col">Expected</th>
          <th scope="col">Result</th>
          <th scope="col">Trainer’s explanation</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td>{r.given}</td>
            <td>{r.expected}</td>
            <td className={r.correct ? 'teach-right' : 'teach-wrong'}>
              {r.correct ? 'Right' : 'Wrong'}
            </td>
            <td>{r.explanation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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
      <ScoreTable
        noun="claim"
        rows={score.perClaim.map((c) => ({
          id: c.claimId,
          label: `Claim ${numberOf(c.claimId)}`,
          given: c.given ? STATUS_LABELS[c.given] : 'No answer',
          expected: STATUS_LABELS[c.expected],
          correct: c.correct,
          explanation: c.explanation,
        }))}
      />
      <ScoreTable
        noun="finding"
        rows={score.perFinding.map((s) => {
          const at = findings.get(s.findingId);
          return {
            id: s.findingId,
            label: `Finding ${at?.n ?? '?'}`,
            given: s.given === null ? 'No answer' : choiceLabel(s.given, at?.f ?? null),
            expected: choiceLabel(s.expected, at?.f ?? null),
            correct: s.correct,
            explanation: s.explanation,
          };
        })}
      />
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
