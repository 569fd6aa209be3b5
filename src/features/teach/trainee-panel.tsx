import { useEffect, useId, useState, type ChangeEvent } from 'react';
import {
  articleLetter,
  parseExercise,
  parseKey,
  scoreResult,
  validateFindingAnswers,
  validateTraineeAnswers,
  type AnswerKey,
  type DraftAnswer,
  type DraftFindingAnswer,
  type Exercise,
} from '../../core/formats/index.ts';
import { downloadText } from '../../components/download.ts';
import { readTraineeDraft, writeExerciseText, writeTraineeDraft } from '../../store/drafts.ts';
import { AnswerItem } from './answer-item.tsx';
import { ExerciseArticles } from './exercise-articles.tsx';
import { FindingQuestion } from './finding-question.tsx';
import { restoreExercise } from './exercise-draft.ts';
import { ScoreReport } from './score-report.tsx';
import { buildResult, readText, resultFile } from './teach-files.ts';

const BLANK: DraftAnswer = { status: null, why: '' };
const BLANK_FINDING: DraftFindingAnswer = { choice: null, why: '' };

/** The answer kept under an id (a file's id such as "constructor" names no inherited value), or blank. */
const own = <T,>(answers: Record<string, T>, id: string, blank: T): T =>
  Object.hasOwn(answers, id) ? (answers[id] ?? blank) : blank;

/** A question's number in the exercise, as the trainee sees it. */
const numberOf = (exercise: Exercise | null, kind: 'claims' | 'findings', id: string) =>
  (exercise?.[kind].findIndex((q) => q.id === id) ?? -1) + 1;

/** What an exercise asks about, in a word: claims, findings, or questions when both. */
const questionsNoun = (exercise: Exercise) =>
  exercise.findings.length === 0
    ? 'claims'
    : exercise.claims.length === 0
      ? 'findings'
      : 'questions';

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
 * Trainee: open an exercise, judge each claim and settle each finding, saying why, download the
 * result, then score it with the key. The exercise, answers and name are kept as they change and
 * come back after a reload.
 */
export function TraineePanel() {
  const id = useId();
  const [restored] = useState(restoreExercise);
  const [exercise, setExercise] = useState<Exercise | null>(restored.exercise);
  const [drafts, setDrafts] = useState<Record<string, DraftAnswer>>(restored.answers);
  const [findingDrafts, setFindingDrafts] = useState<Record<string, DraftFindingAnswer>>(
    restored.findings,
  );
  const [name, setName] = useState(restored.name);
  const [handedIn, setHandedIn] = useState(restored.handedIn);
  const [key, setKey] = useState<AnswerKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    if (exercise)
      writeTraineeDraft({
        exerciseId: exercise.id,
        answers: drafts,
        findings: findingDrafts,
        name,
        handedIn,
      });
  }, [exercise, drafts, findingDrafts, name, handedIn]);

  const claimProblems = validateTraineeAnswers(drafts);
  const findingProblems = validateFindingAnswers(findingDrafts);
  const problems = [
    ...claimProblems.map((p) => ({
      ...p,
      label: `Claim ${numberOf(exercise, 'claims', p.claimId)}`,
    })),
    ...findingProblems.map((p) => ({
      ...p,
      label: `Finding ${numberOf(exercise, 'findings', p.findingId)}`,
    })),
  ];
  const problemOf = (claimId: string) =>
    checked ? claimProblems.find((p) => p.claimId === claimId)?.message : undefined;
  const findingProblemOf = (findingId: string) =>
    checked ? findingProblems.find((p) => p.findingId === findingId)?.message : undefined;
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
    setFindingDrafts(kept?.findings ?? {});
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
    const file = resultFile(buildResult(exercise, name, drafts, findingDrafts), exercise.title);
    downloadText(file.filename, file.text, file.type);
    setHandedIn(true);
  };

  const ready = exercise !== null && problems.length === 0;
  const score =
    key && ready
      ? scoreResult(buildResult(exercise, name || 'me', drafts, findingDrafts), key)
      : null;
  const answered =
    (exercise?.claims.filter((c) => own(drafts, c.id, BLANK).status !== null) ?? []).length +
    (
      exercise?.findings.filter((f) => own(findingDrafts, f.id, BLANK_FINDING).choice !== null) ??
      []
    ).length;
  const asked = exercise ? exercise.claims.length + exercise.findings.length : 0;
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
          {exercise.articles.map((article, k) => {
            const claims = exercise.claims.filter((c) => c.articleId === article.id);
            if (claims.length === 0) return null;
            // Lettered as the aligned articles and the finding questions name the article.
            const name = `${articleLetter(k)} · ${article.title || 'Untitled article'}`;
            return (
              <section key={article.id} aria-label={name}>
                <h4>
                  {name}
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
                      answer={own(drafts, c.id, BLANK)}
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
          {exercise.findings.length > 0 && (
            <section aria-labelledby={`${id}-findings`}>
              <h4 id={`${id}-findings`}>Findings: which version is right?</h4>
              <ol className="teach-claims">
                {exercise.findings.map((f, k) => (
                  <FindingQuestion
                    key={f.id}
                    finding={f}
                    articles={exercise.articles}
                    number={k + 1}
                    answer={own(findingDrafts, f.id, BLANK_FINDING)}
                    problem={findingProblemOf(f.id)}
                    locked={score !== null}
                    onChange={(a) => {
                      setFindingDrafts((d) => ({ ...d, [f.id]: a }));
                      setHandedIn(false);
                    }}
                  />
                ))}
              </ol>
            </section>
          )}
          <p className="teach-hint">
            {answered} of {asked} {questionsNoun(exercise)} answered; unanswered ones count as
            wrong.
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
                  <li key={p.label}>
                    {p.label}: {p.message}
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
