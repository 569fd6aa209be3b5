import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/components/download.ts';
import { parseExercise, parseKey, parseResult } from '../../src/core/formats/index.ts';
import { buildResult, exerciseFiles } from '../../src/features/teach/teach-files.ts';
import { TeachView } from '../../src/features/teach/teach-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { sampleReview } from '../fixtures/formats/review.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

const FIRE = 'The fire service said 40 people were evacuated from nearby flats before midnight.';
const CRITICS = 'Critics said the cost had doubled since 2019, a figure the council denies.';

function openSample() {
  const review = sampleReview();
  getAppStore().setState({
    ...initialSavedState(),
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
  });
  return review;
}

/** The text passed to downloadText by its last call. */
const lastDownload = () => {
  const call = vi.mocked(downloadText).mock.calls.at(-1)!;
  return { filename: call[0], text: call[1] };
};

const claimGroup = (quote: string) => screen.getByRole('group', { name: `“${quote}”` });

/** As the trainer: choose the fire and critics claims, expect "Disputed" for the fire one, download both files. */
async function makeExerciseAsTrainer(user: UserEvent) {
  await user.click(within(claimGroup(FIRE)).getByRole('checkbox'));
  await user.click(within(claimGroup(CRITICS)).getByRole('checkbox'));
  await user.selectOptions(
    within(claimGroup(FIRE)).getByRole('combobox', { name: 'Expected mark' }),
    'Disputed',
  );
  await user.click(screen.getByRole('button', { name: 'Download exercise' }));
  const exercise = lastDownload();
  await user.click(screen.getByRole('button', { name: 'Download answer key' }));
  return { exercise, key: lastDownload() };
}

describe('teach files', () => {
  it('keeps the answers out of the exercise and in the key', () => {
    const review = sampleReview();
    const ids = Object.values(review.claims)
      .filter((c) => c.status === 'disputed')
      .map((c) => c.id);
    const made = exerciseFiles(
      review,
      ids,
      { [ids[0]!]: { status: 'disputed', explanation: 'Budget papers disagree.' } },
      '  ',
    );
    if (!made.ok) throw new Error(made.error);
    expect(made.exercise.filename).toBe('harbour-fire-and-flood-barrier.exercise.json');
    expect(made.exercise.text).not.toMatch(/disputed|Budget papers/);
    const key = parseKey(made.key.text);
    expect(key.ok && key.key.answers[ids[0]!]?.explanation).toBe('Budget papers disagree.');
    expect(exerciseFiles(review, [], {}, 'x')).toEqual({
      ok: false,
      error: 'Choose at least one claim or finding for the exercise.',
    });
  });

  it('writes only answered claims into a result, reasons trimmed', () => {
    const made = exerciseFiles(
      sampleReview(),
      Object.keys(sampleReview().claims).slice(0, 2),
      Object.fromEntries(
        Object.keys(sampleReview().claims).map((id) => [
          id,
          { status: 'verified' as const, explanation: '' },
        ]),
      ),
      'T',
    );
    if (!made.ok) throw new Error(made.error);
    const parsed = parseExercise(made.exercise.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [first, second] = parsed.exercise.claims;
    const result = buildResult(parsed.exercise, ' Ana ', {
      [first!.id]: { status: 'unsourced', why: '  no source  ' },
      [second!.id]: { status: null, why: 'thinking' },
    });
    expect(result).toMatchObject({
      trainee: 'Ana',
      answers: { [first!.id]: { status: 'unsourced', why: 'no source' } },
    });
    expect(Object.keys(result.answers)).toHaveLength(1);
  });
});

describe('Teach view', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.mocked(downloadText).mockClear();
  });

  it('lists the marked claims with the mark and note as the expected answer, and asks for a choice', async () => {
    const user = userEvent.setup();
    openSample();
    render(<TeachView />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Download exercise' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one claim');
    expect(downloadText).not.toHaveBeenCalled();
    await user.click(within(claimGroup(CRITICS)).getByRole('checkbox'));
    expect(
      within(claimGroup(CRITICS)).getByRole('combobox', { name: 'Expected mark' }),
    ).toHaveValue('disputed');
    expect(within(claimGroup(CRITICS)).getByRole('textbox', { name: 'Explanation' })).toHaveValue(
      sampleReview().claims[Object.keys(sampleReview().claims)[2]!]!.note,
    );
  });

  it('takes an exercise from trainer to trainee to score', async () => {
    const user = userEvent.setup();
    openSample();
    render(<TeachView />);
    const { exercise, key } = await makeExerciseAsTrainer(user);
    expect(screen.getByRole('status')).toHaveTextContent(/answer key for 2 claims/);
    expect(exercise.filename).toMatch(/\.exercise\.json$/);
    expect(key.filename).toMatch(/\.answer-key\.json$/);

    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    await user.upload(
      screen.getByLabelText(/open an exercise file/i),
      new File([exercise.text], exercise.filename),
    );
    const claim1 = screen.getByRole('group', { name: 'Claim 1' });
    const claim2 = screen.getByRole('group', { name: 'Claim 2' });
    expect(claim1).toHaveTextContent(FIRE);
    await user.click(within(claim1).getByRole('button', { name: 'Verified' }));
    expect(within(claim1).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(claim2).getByRole('button', { name: 'Disputed' }));
    await user.click(screen.getByRole('button', { name: 'Download my result' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Enter your name');
    expect(alert).toHaveTextContent('Claim 1: Explain your decision.');
    expect(within(claim1).getByRole('textbox', { name: 'Why' })).toBeInvalid();
    expect(downloadText).toHaveBeenCalledTimes(2);

    await user.type(
      within(claim1).getByRole('textbox', { name: 'Why' }),
      'Fire service confirmed.',
    );
    await user.type(within(claim2).getByRole('textbox', { name: 'Why' }), 'Figures disagree.');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Download my result' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const result = parseResult(lastDownload().text);
    expect(result.ok && result.result.trainee).toBe('Ana');
    expect(lastDownload().filename).toMatch(/result-ana\.json$/);

    await user.upload(
      screen.getByLabelText(/check with the answer key/i),
      new File([key.text], key.filename),
    );
    expect(screen.getByText('1 of 2 right (50%)')).toBeVisible();
    const perClaim = screen.getByRole('table', { name: /each claim/i });
    const row1 = within(perClaim).getByRole('row', { name: /^Claim 1/ });
    expect(row1).toHaveTextContent(/Verified.*Disputed.*Wrong/);
    expect(row1).toHaveTextContent('Fire service statement');
    expect(within(perClaim).getByRole('row', { name: /^Claim 2/ })).toHaveTextContent('Right');
    const byStatus = screen.getByRole('table', { name: /agreement by expected status/i });
    expect(within(byStatus).getByRole('row', { name: /Disputed/ })).toHaveTextContent(
      '1 of 2 (50%)',
    );
    // Scored answers are locked.
    expect(within(claim2).getByRole('button', { name: 'Verified' })).toBeDisabled();
  });

  it('brings back the answers and reasons of an exercise opened again after another one', async () => {
    const user = userEvent.setup();
    const review = openSample();
    const ids = Object.keys(review.claims);
    const expected = Object.fromEntries(
      ids.map((c) => [c, { status: 'verified' as const, explanation: '' }]),
    );
    const fileOf = (claimIds: string[], title: string) => {
      const made = exerciseFiles(review, claimIds, expected, title);
      if (!made.ok) throw new Error(made.error);
      return new File([made.exercise.text], made.exercise.filename);
    };
    render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    const open = screen.getByLabelText(/open an exercise file/i);
    await user.upload(open, fileOf(ids.slice(0, 2), 'First'));
    const first = screen.getByRole('group', { name: 'Claim 1' });
    await user.click(within(first).getByRole('button', { name: 'Unsourced' }));
    await user.type(within(first).getByRole('textbox', { name: 'Why' }), 'No source is named.');
    await user.upload(open, fileOf(ids.slice(1), 'Second'));
    expect(screen.getByRole('heading', { name: 'Second' })).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'Claim 1' })).getByRole('textbox', { name: 'Why' }),
    ).toHaveValue('');
    await user.upload(open, fileOf(ids.slice(0, 2), 'First'));
    const again = screen.getByRole('group', { name: 'Claim 1' });
    expect(within(again).getByRole('button', { name: 'Unsourced' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(again).getByRole('textbox', { name: 'Why' })).toHaveValue('No source is named.');
  });

  it('comes back in the role chosen last after a reload, so a trainee sees their answers again', async () => {
    const user = userEvent.setup();
    openSample();
    const first = render(<TeachView />);
    const { exercise } = await makeExerciseAsTrainer(user);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    await user.upload(
      screen.getByLabelText(/open an exercise file/i),
      new File([exercise.text], exercise.filename),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Claim 1' })).getByRole('button', {
        name: 'Verified',
      }),
    );
    first.unmount();

    const second = render(<TeachView />);
    expect(screen.getByRole('button', { name: 'Trainee' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Do an exercise' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Make an exercise' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Claim 1' })).getByRole('button', {
        name: 'Verified',
      }),
    ).toHaveAttribute('aria-pressed', 'true');

    // A trainer who switches back starts as trainer next time.
    await user.click(screen.getByRole('button', { name: 'Trainer' }));
    second.unmount();
    render(<TeachView />);
    expect(screen.getByRole('heading', { name: 'Make an exercise' })).toBeVisible();
  });

  it('refuses a file that is not an exercise and an answer key of another exercise', async () => {
    const user = userEvent.setup();
    openSample();
    render(<TeachView />);
    const { exercise } = await makeExerciseAsTrainer(user);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    const open = screen.getByLabelText(/open an exercise file/i);
    await user.upload(open, new File(['[1, 2'], 'junk.json'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'junk.json: The exercise file is not valid JSON',
    );
    await user.upload(open, new File([exercise.text], 'ex.json'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const otherKey = JSON.stringify({
      format: 'crosscheck-key',
      version: 1,
      exerciseId: 'exercise-other',
      answers: { x: { status: 'verified', explanation: '' } },
    });
    await user.upload(
      screen.getByLabelText(/check with the answer key/i),
      new File([otherKey], 'k.json'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'k.json is the answer key of another exercise.',
    );
  });

  it('sums up a class from result files, the key and the exercise, counting a trainee once', async () => {
    const user = userEvent.setup();
    openSample();
    render(<TeachView />);
    const { exercise, key } = await makeExerciseAsTrainer(user);
    const parsed = parseExercise(exercise.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [c1, c2] = parsed.exercise.claims;
    const result = (trainee: string, s1: 'verified' | 'disputed', file = `${trainee}.json`) =>
      new File(
        [
          JSON.stringify(
            buildResult(parsed.exercise, trainee, {
              [c1!.id]: { status: s1, why: `${trainee} checked the fire service` },
              [c2!.id]: { status: 'disputed', why: 'The council denies it' },
            }),
          ),
        ],
        file,
      );
    await user.click(screen.getByRole('button', { name: 'Class' }));
    const openResults = screen.getByLabelText(/open result files/i);
    await user.upload(openResults, [
      result('Ana', 'disputed'),
      result('Ben', 'verified'),
      new File(['{}'], 'empty.json'),
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('empty.json:');
    // A second batch: Ana again under another file name and Ben's first file once more.
    await user.upload(openResults, [
      result(' ana ', 'verified', 'ana-late.json'),
      result('Ben', 'verified', 'Ben (copy).json'),
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 of 4 result files counted; 2 the same trainee again.',
    );
    const dupes = screen.getByRole('list', { name: /not counted/i });
    expect(
      within(dupes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'ana-late.json is a second result of Ana: only Ana.json is counted.',
      'Ben (copy).json holds the same answers of Ben as Ben.json: counted once.',
    ]);

    await user.upload(
      screen.getByLabelText(/open the answer key/i),
      new File([key.text], 'key.json'),
    );
    const table = screen.getByRole('table', { name: 'Scores' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Ana/ })).toHaveTextContent('2 of 2100%');
    expect(within(table).getByRole('row', { name: /Ben/ })).toHaveTextContent('1 of 250%');

    // Without the exercise, claims go by number; with it, by their text.
    expect(screen.getByRole('table', { name: /^Claim 1 — 1 of 2 right \(50%\)$/ })).toBeVisible();
    await user.upload(
      screen.getByLabelText(/open the exercise/i),
      new File([exercise.text], 'ex.json'),
    );
    const claim1 = screen.getByRole('table', { name: /^Claim 1: “The fire service said/ });
    expect(claim1).toHaveAccessibleName(/1 of 2 right \(50%\)$/);
    expect(within(claim1).getByRole('row', { name: /Answer key/ })).toHaveTextContent('Disputed');
    expect(within(claim1).getByRole('row', { name: /Ana/ })).toHaveTextContent(
      'DisputedRightAna checked the fire service',
    );
    expect(within(claim1).getByRole('row', { name: /Ben/ })).toHaveTextContent(
      'VerifiedWrongBen checked the fire service',
    );
    expect(screen.getByRole('table', { name: /^Claim 2: “Critics/ })).toHaveAccessibleName(
      /2 of 2 right \(100%\)$/,
    );

    await user.click(screen.getByRole('button', { name: 'Download class summary (CSV)' }));
    const csv = lastDownload().text.split('\r\n');
    // UTF-8 with a byte-order mark, as every CSV the app writes; claims headed by their text.
    expect(csv[0]).toMatch(/^\uFEFF"Trainee","Score","Right","Claim 1: “The fire service said/);
    expect(csv[0]).not.toContain(c1!.id);
    expect(csv.slice(1).filter(Boolean)).toEqual([
      // The answer key first; the trainer's explanation keeps its line break inside the cell.
      expect.stringMatching(/^"ANSWER KEY \(the right answers, not a trainee\)","","","Disputed",/),
      expect.stringMatching(
        /^"Ana","1\.00","2 of 2","Disputed","right","Ana checked the fire service",/,
      ),
      expect.stringMatching(
        /^"Ben","0\.50","1 of 2","Verified","wrong","Ben checked the fire service",/,
      ),
    ]);
  });

  it('lists two trainees whose result files have the same name, each once, with no duplicate row key', async () => {
    const user = userEvent.setup();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    openSample();
    render(<TeachView />);
    const { exercise, key } = await makeExerciseAsTrainer(user);
    const parsed = parseExercise(exercise.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [c1] = parsed.exercise.claims;
    // Names with no Latin letter both give the file name '….result-trainee.json'.
    const result = (trainee: string) =>
      new File(
        [
          JSON.stringify(
            buildResult(parsed.exercise, trainee, {
              [c1!.id]: { status: 'disputed', why: `${trainee}: the figures differ` },
            }),
          ),
        ],
        'fire.result-trainee.json',
      );
    await user.click(screen.getByRole('button', { name: 'Class' }));
    await user.upload(
      screen.getByLabelText(/open the answer key/i),
      new File([key.text], 'k.json'),
    );
    const openResults = screen.getByLabelText(/open result files/i);
    await user.upload(openResults, [result('王芳')]);
    await user.upload(openResults, [result('李明')]);
    const table = screen.getByRole('table', { name: 'Scores' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['王芳', '李明']);
    // Both hand in again: two duplicates, each named once.
    await user.upload(openResults, [result('王芳')]);
    await user.upload(openResults, [result('李明')]);
    const dupes = screen.getByRole('list', { name: /not counted/i });
    expect(
      within(dupes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'fire.result-trainee.json holds the same answers of 王芳 as fire.result-trainee.json: counted once.',
      'fire.result-trainee.json holds the same answers of 李明 as fire.result-trainee.json: counted once.',
    ]);
    const keyWarnings = consoleError.mock.calls.filter((args) =>
      args.some((a) => typeof a === 'string' && a.includes('same key')),
    );
    consoleError.mockRestore();
    expect(keyWarnings).toEqual([]);
  });

  it('names a result file, key or exercise that is not valid and changes nothing', async () => {
    const user = userEvent.setup();
    openSample();
    render(<TeachView />);
    const { exercise, key } = await makeExerciseAsTrainer(user);
    await user.click(screen.getByRole('button', { name: 'Class' }));
    await user.upload(
      screen.getByLabelText(/open the answer key/i),
      new File([key.text], 'k.json'),
    );
    await user.upload(
      screen.getByLabelText(/open the exercise/i),
      new File([exercise.text], 'e.json'),
    );
    const bad = JSON.stringify({ format: 'crosscheck-key', version: 1, exerciseId: 5 });
    await user.upload(
      screen.getByLabelText(/open the answer key/i),
      new File([bad], 'bad-key.json'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^bad-key\.json: /);
    await user.upload(screen.getByLabelText(/open the exercise/i), new File(['[1'], 'bad-ex.json'));
    expect(screen.getByRole('alert')).toHaveTextContent(/^bad-ex\.json: .*not valid JSON/);
    await user.upload(screen.getByLabelText(/open result files/i), [
      new File([JSON.stringify({ format: 'crosscheck-result', version: 1 })], 'half.json'),
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent(/^half\.json: /);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The key and exercise opened first are still in force.
    const parsed = parseExercise(exercise.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const [c1] = parsed.exercise.claims;
    const good = buildResult(parsed.exercise, 'Ana', {
      [c1!.id]: { status: 'disputed', why: 'x' },
    });
    await user.upload(screen.getByLabelText(/open result files/i), [
      new File([JSON.stringify(good)], 'ana.json'),
    ]);
    expect(screen.getByRole('table', { name: 'Scores' })).toHaveTextContent('Ana1 of 250%');
    expect(screen.getByRole('table', { name: /^Claim 1: “The fire service/ })).toBeVisible();
  });
});
