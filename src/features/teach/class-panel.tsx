import { useId, useState, type ChangeEvent } from 'react';
import {
  parseKey,
  parseResult,
  scoreResult,
  type AnswerKey,
  type TraineeResult,
} from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { classSummaryFile, readText } from './teach-files.ts';

/** Class: open the trainees' result files and the answer key, see the scores and download the summary CSV. */
export function ClassPanel() {
  const id = useId();
  const [results, setResults] = useState<{ file: string; result: TraineeResult }[]>([]);
  const [key, setKey] = useState<AnswerKey | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const openResults = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    const read = await Promise.all(
      files.map(async (f) => ({ file: f.name, parsed: parseResult(await readText(f)) })),
    );
    input.value = '';
    setResults(
      read.flatMap((r) => (r.parsed.ok ? [{ file: r.file, result: r.parsed.result }] : [])),
    );
    setErrors(read.flatMap((r) => (r.parsed.ok ? [] : [`${r.file}: ${r.parsed.error}`])));
  };
  const openKey = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseKey(await readText(file));
    input.value = '';
    if (parsed.ok) setKey(parsed.key);
    else setErrors([`${file.name}: ${parsed.error}`]);
  };

  const matching = key ? results.filter((r) => r.result.exerciseId === key.exerciseId) : [];
  const others = key ? results.filter((r) => r.result.exerciseId !== key.exerciseId) : [];
  const problems = [
    ...errors,
    ...others.map((r) => `${r.file} is a result of another exercise than this answer key.`),
  ];
  return (
    <section className="teach-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Class results</h2>
      <p>
        <label htmlFor={`${id}-results`}>Open result files (.json)</label>{' '}
        <input
          id={`${id}-results`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => void openResults(e)}
        />
      </p>
      <p>
        <label htmlFor={`${id}-key`}>Open the answer key (.json)</label>{' '}
        <input
          id={`${id}-key`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void openKey(e)}
        />
      </p>
      {problems.length > 0 && (
        <div role="alert" className="teach-error">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {key && matching.length > 0 && (
        <>
          <table className="teach-table">
            <caption>Scores</caption>
            <thead>
              <tr>
                <th scope="col">Trainee</th>
                <th scope="col">Right</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {matching.map(({ file, result }) => {
                const score = scoreResult(result, key);
                const right = score.perClaim.filter((c) => c.correct).length;
                return (
                  <tr key={file}>
                    <th scope="row">{result.trainee}</th>
                    <td>
                      {right} of {score.perClaim.length}
                    </td>
                    <td>{Math.round(score.share * 100)}%</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => {
              const file = classSummaryFile(
                matching.map((r) => r.result),
                key,
              );
              downloadText(file.filename, file.text, file.type);
            }}
          >
            Download class summary (CSV)
          </button>
        </>
      )}
    </section>
  );
}
