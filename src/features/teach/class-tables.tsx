import {
  claimHeading,
  findingHeading,
  STATUS_LABELS,
  type ClassClaim,
  type ClassFinding,
} from '../../core/formats/index.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One trainee's answer to a question, in words. */
interface AnswerRow {
  trainee: string;
  /** The answer given, in words; empty when not answered. */
  answer: string;
  correct: boolean;
  why: string;
}

interface QuestionProps {
  /** The question's column heading, as in the class CSV. */
  heading: string;
  right: number;
  share: number;
  /** The key's answer in words, and the trainer's explanation. */
  expected: string;
  explanation: string;
  rows: readonly AnswerRow[];
}

/** One question's table: the answer key, then who answered what and why, and the share right. */
function QuestionTable({ heading, right, share, expected, explanation, rows }: QuestionProps) {
  return (
    <table className="teach-table">
      <caption>
        {heading} — {right} of {rows.length} right ({percent(share)})
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
          <td>{expected}</td>
          <td />
          <td>{explanation}</td>
        </tr>
        {rows.map((a, k) => (
          <tr key={k}>
            <th scope="row">{a.trainee}</th>
            <td>{a.answer || 'Not answered'}</td>
            <td className={a.correct ? 'teach-right' : 'teach-wrong'}>
              {a.correct ? 'Right' : 'Wrong'}
            </td>
            <td>{a.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A table per claim: the expected mark, then who answered what and why, and the share right. */
export function ClassClaims({ claims }: { claims: readonly ClassClaim[] }) {
  return claims.map((c) => (
    <QuestionTable
      key={c.claimId}
      heading={claimHeading(c)}
      right={c.right}
      share={c.share}
      expected={STATUS_LABELS[c.expected]}
      explanation={c.explanation}
      rows={c.answers.map((a) => ({ ...a, answer: a.given ? STATUS_LABELS[a.given] : '' }))}
    />
  ));
}

/** A table per finding question: the expected version, then who chose which and why, and the share right. */
export function ClassFindings({ findings }: { findings: readonly ClassFinding[] }) {
  return findings.map((f) => (
    <QuestionTable
      key={f.findingId}
      heading={findingHeading(f)}
      right={f.right}
      share={f.share}
      expected={f.expectedLabel}
      explanation={f.explanation}
      rows={f.answers.map((a) => ({ ...a, answer: a.givenLabel }))}
    />
  ));
}
