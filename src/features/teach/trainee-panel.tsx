import { useEffect, useId, useState, type ChangeEvent } from 'react';
import {
  parseExercise,
  parseKey,
  scoreResult,
  validateTraineeAnswers,
  type AnswerKey,
  type DraftAnswer,
  type Exercise,
} from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { readTraineeDraft, writeExerciseText, writeTraineeDraft } from '../../store/drafts.ts';
import { AnswerItem } from './answer-item.tsx';
import { ExerciseArticles } from './exercise-articles.tsx';
import { restoreExercise } from './exercise-draft.ts';
import { ScoreReport } from './score-report.tsx';
import { buildResult, readText, resultFile } from './teach-files.ts';

const BLANK: DraftAnswer = { status: null, why: '' };

/** Reads the first file of an input, then clears it so the same file can be opened again. */
async function takeFile(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const file = input.files?.[0];
  if (!file) return null;
  const text = await readText(file);
  input.value = '';
  return { name: file.name, text };
}

/**
 * Trainee: open an exercise, judge each claim and say why, download the result, then score it with
 * the key. The exercise, answers and name are kept as they change and come back after a reload.
 */
export function TraineePanel() {
  const id = useId();
  const [restored] = useState(restoreExercise);
  const [exercise, setExercise] = useState<Exercise | null>(restored.exercise);
  const [drafts, setDrafts] = useState<Record<string, DraftAnswer>>(restored.answers);
  const [name, setName] = useState(restored.name);
  const [handedIn, setHandedIn] = useState(restored.handedIn);
  const [key, setKey] = useState<AnswerKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    if (exercise) writeTraineeDraft({ exerciseId: exercise.id, answers: drafts, name, handedIn });
  }, [exercise, drafts, name, handedIn]);

  const problems = validateTraineeAnswers(drafts);
  const problemOf = (claimId: string) =>
    checked ? problems.find((p) => p.claimId === claimId)?.message : undefined;
  const nameMissing = checked && name.trim() === '';

  const openExercise = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = await takeFile(event);
    if (!file) return;
    const parsed = parseExercise(file.text);
    if (!parsed.ok) return setError(`${file.name}: ${parsed.error}`);
    writeExerciseText(file.text);
    // Answers kept for this exercise come back when it is opened again, after another one.
    const kept = readTraineeDraft(parsed.exercise.id);
    setExercise(parsed.exercise);
    setDrafts(kept?.answers ?? {});
    if (kept?.name) setName(kept.name);
    setHandedIn(kept?.handedIn ?? false);
    setKey(null);
    setChecked(false);
    setError(null);
  };
  const openKey = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = await takeFile(event);
    if (!file || !exercise) return;
    const parsed = parseKey(file.text);
    if (!parsed.ok) return setError(`${file.name}: ${parsed.error}`);
    if (parsed.key.exerciseId !== exercise.id)
      return setError(`${file.name} is the answer key of another exercise.`);
    setChecked(true);
    setError(null);
    setKey(parsed.key);
  };
  const download = () => {
    setChecked(true);
    if (!exercise || problems.length > 0 || name.trim() === '') return;
    const file = resultFile(buildResult(exercise, name, drafts), exercise.title);
    downloadText(file.filename, file.text, file.type);
    setHandedIn(true);
  };

  const ready = exercise !== null && problems.length === 0;
  const score = key && ready ? scoreResult(buildResult(exercise, name || 'me', drafts), key) : null;
  const answered = Object.values(drafts).filter((d) => d.status !== null).length;
  return (
    <section className="teach-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Do an exercise</h2>
      <label htmlFor={`${id}-ex`}>Open an exercise file (.json)</label>{' '}
      <input
        id={`${id}-ex`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void openExercise(e)}
      />
      {error && (
        <p role="alert" className="teach-error">
          {error}
        </p>
      )}
      {exercise && (
        <>
          <h3>{exercise.title}</h3>
          <ExerciseArticles articles={exercise.articles} />
          {exercise.articles.map((article) => {
            const claims = exercise.claims.filter((c) => c.articleId === article.id);
            if (claims.length === 0) return null;
            return (
              <section key={article.id} aria-label={article.title || 'Untitled article'}>
                <h4>
                  {article.title || 'Untitled article'}
                  {article.outlet && <span className="teach-hint"> · {article.outlet}</span>}
                </h4>
                <details>
                  <summary>Read the article</summary>
                  <p className="teach-article-text">{article.text}</p>
                </details>
                <ol className="teach-claims">
                  {claims.map((c) => (
                    <AnswerItem
                      key={c.id}
                      claim={c}
                      number={exercise.claims.indexOf(c) + 1}
                      answer={drafts[c.id] ?? BLANK}
                      problem={problemOf(c.id)}
                      locked={score !== null}
                      onChange={(a) => {
                        setDrafts((d) => ({ ...d, [c.id]: a }));
                        setHandedIn(false);
                      }}
                    />
                  ))}
                </ol>
              </section>
            );
          })}
          <p className="teach-hint">
            {answered} of {exercise.claims.length} claims answered; unanswered ones count as wrong.
          </p>
          <label htmlFor={`${id}-name`}>Your name</label>{' '}
          <input
            id={`${id}-name`}
            value={name}
            required
            aria-invalid={nameMissing}
            onChange={(e) => {
              setName(e.target.value);
              setHandedIn(false);
            }}
          />{' '}
          <button type="button" onClick={download}>
            Download my result
          </button>
          {checked && (problems.length > 0 || (nameMissing && !key)) && (
            <div role="alert" className="teach-error">
              <ul>
                {key && problems.length > 0 && <li>Explain every answer to see your score.</li>}
                {nameMissing && !key && <li>Enter your name: it goes into the result file.</li>}
                {problems.map((p) => (
                  <li key={p.claimId}>
                    Claim {exercise.claims.findIndex((c) => c.id === p.claimId) + 1}: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <label htmlFor={`${id}-key`}>Check with the answer key (.json)</label>{' '}
            <input
              id={`${id}-key`}
              type="file"
              accept=".json,application/json"
              onChange={(e) => void openKey(e)}
            />
          </p>
          {score && <ScoreReport score={score} exercise={exercise} />}
        </>
      )}
    </section>
  );
}
