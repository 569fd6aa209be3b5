import { useId, useState, type ChangeEvent } from 'react';
import {
  classClaims,
  classFindings,
  parseExercise,
  parseKey,
  parseResult,
  scoreResult,
  splitDuplicates,
  type AnswerKey,
  type DuplicateResult,
  type Exercise,
  type OpenedResult,
} from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { ClassClaims, ClassFindings } from './class-tables.tsx';
import { classSummaryFile, readText } from './teach-files.ts';

/** What a duplicate result file is, in a sentence. */
function duplicateMessage(d: DuplicateResult): string {
  return d.sameAnswers
    ? `${d.file} holds the same answers of ${d.trainee} as ${d.countedFile}: counted once.`
    : `${d.file} is a second result of ${d.trainee}: only ${d.countedFile} is counted.`;
}

/** The files chosen in an input, read as text; the input is cleared so the same files can be opened again. */
async function takeFiles(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const files = [...(input.files ?? [])];
  const read = await Promise.all(
    files.map(async (f) => ({ name: f.name, text: await readText(f) })),
  );
  input.value = '';
  return read;
}

/**
 * Class: open the trainees' result files (in one go or several), the answer key and the exercise;
 * see the scores, one table per claim and the duplicates, and download the class CSV. A file that
 * is not valid is named with the reason and changes nothing.
 */
export function ClassPanel() {
  const id = useId();
  const [opened, setOpened] = useState<OpenedResult[]>([]);
  const [key, setKey] = useState<AnswerKey | null>(null);
  const [exercise, setExercise] = useState<Exercise | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const openResults = async (event: ChangeEvent<HTMLInputElement>) => {
    const read = (await takeFiles(event)).map((f) => ({
      file: f.name,
      parsed: parseResult(f.text),
    }));
    const good = read.flatMap((r) =>
      r.parsed.ok ? [{ file: r.file, result: r.parsed.result }] : [],
    );
    setOpened((o) => [...o, ...good]);
    setErrors(read.flatMap((r) => (r.parsed.ok ? [] : [`${r.file}: ${r.parsed.error}`])));
  };
  const openKey = async (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = await takeFiles(event);
    if (!file) return;
    const parsed = parseKey(file.text);
    if (parsed.ok) setKey(parsed.key);
    setErrors(parsed.ok ? [] : [`${file.name}: ${parsed.error}`]);
  };
  const openExercise = async (event: ChangeEvent<HTMLInputElement>) => {
    const [file] = await takeFiles(event);
    if (!file) return;
    const parsed = parseExercise(file.text);
    if (parsed.ok) setExercise(parsed.exercise);
    setErrors(parsed.ok ? [] : [`${file.name}: ${parsed.error}`]);
  };

  const { counted, duplicates } = splitDuplicates(opened);
  const matching = key ? counted.filter((r) => r.result.exerciseId === key.exerciseId) : [];
  const others = key ? counted.filter((r) => r.result.exerciseId !== key.exerciseId) : [];
  const shownExercise = exercise && key && exercise.id === key.exerciseId ? exercise : null;
  const problems = [
    ...errors,
    ...others.map((r) => `${r.file} is a result of another exercise than this answer key.`),
    ...(exercise && key && !shownExercise
      ? [`The exercise ${exercise.title} is not the one of this answer key.`]
      : []),
  ];
  const results = matching.map((r) => r.result);
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
        />{' '}
        {opened.length > 0 && (
          <button type="button" onClick={() => setOpened([])}>
            Clear results
          </button>
        )}
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
      <p>
        <label htmlFor={`${id}-ex`}>Open the exercise for the questions’ text (.json)</label>{' '}
        <input
          id={`${id}-ex`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void openExercise(e)}
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
      <p role="status" className="teach-hint">
        {opened.length > 0 &&
          `${counted.length} of ${opened.length} result files counted` +
            (duplicates.length > 0 ? `; ${duplicates.length} the same trainee again.` : '.')}
      </p>
      {duplicates.length > 0 && (
        <ul aria-label="Not counted: the same trainee twice">
          {/* By position: two trainees' files can have the same name ('….result-trainee.json'). */}
          {duplicates.map((d, k) => (
            <li key={k}>{duplicateMessage(d)}</li>
          ))}
        </ul>
      )}
      {key && results.length > 0 && (
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
              {matching.map(({ result }, k) => {
                const score = scoreResult(result, key);
                const questions = [...score.perClaim, ...score.perFinding];
                const right = questions.filter((c) => c.correct).length;
                return (
                  <tr key={k}>
                    <th scope="row">{result.trainee}</th>
                    <td>
                      {right} of {questions.length}
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
              const file = classSummaryFile(results, key, shownExercise);
              downloadText(file.filename, file.text, file.type);
            }}
          >
            Download class summary (CSV)
          </button>
          {Object.keys(key.answers).length > 0 && (
            <>
              <h3>Each claim</h3>
              <ClassClaims claims={classClaims(results, key, shownExercise)} />
            </>
          )}
          {Object.keys(key.findings).length > 0 && (
            <>
              <h3>Each finding</h3>
              <ClassFindings findings={classFindings(results, key, shownExercise)} />
            </>
          )}
        </>
      )}
    </section>
  );
}
