import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/components/download.ts';
import { parseExercise, parseKey, parseResult } from '../../src/core/formats/index.ts';
import { TeachView } from '../../src/features/teach/teach-view.tsx';
import { getAppStore, initialSavedState } from '../../src/store/index.ts';
import { ferryExercise, ferryReview, findingOfType } from '../fixtures/teach/findings.ts';

vi.mock('../../src/components/download.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  downloadText: vi.fn(),
}));

/** Opens the ferry review, its name finding dismissed. */
function openFerry() {
  const review = ferryReview();
  review.triage = { [findingOfType('name', review).key]: { status: 'dismissed', at: 1 } };
  getAppStore().setState({
    ...initialSavedState(),
    reviews: { [review.id]: review },
    reviewOrder: [review.id],
    activeReviewId: review.id,
  });
}

const lastDownload = () => {
  const call = vi.mocked(downloadText).mock.calls.at(-1)!;
  return { filename: call[0], text: call[1] };
};

const COUNT = 'Number: “23” in A, C or “32” in B';
const NAME = 'Name: “Ilse Varga” in A, B or “Olga Varga” in C';

beforeEach(() => {
  localStorage.clear();
  vi.mocked(downloadText).mockClear();
});

describe('the trainer asking about findings', () => {
  it('lists the comparison’s findings without the dismissed ones, until asked for them', async () => {
    const user = userEvent.setup();
    openFerry();
    render(<TeachView />);
    // Compared only once opened.
    expect(screen.queryByRole('group', { name: COUNT })).not.toBeInTheDocument();
    await user.click(screen.getByText(/Ask about findings of the comparison/));
    expect(await screen.findByRole('group', { name: COUNT })).toBeVisible();
    expect(screen.getByRole('group', { name: /^Date: / })).toBeVisible();
    expect(screen.queryByRole('group', { name: NAME })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Include dismissed findings' }));
    expect(await screen.findByRole('group', { name: NAME })).toHaveTextContent('dismissed');
  });

  it('puts a chosen finding with its question into the exercise and the right version into the key', async () => {
    const user = userEvent.setup();
    openFerry();
    render(<TeachView />);
    await user.click(screen.getByText(/Ask about findings of the comparison/));
    const count = await screen.findByRole('group', { name: COUNT });
    await user.click(within(count).getByRole('checkbox'));
    const question = within(count).getByRole('textbox', { name: 'Question' });
    expect(question).toHaveValue('Which version of this figure is right, and why?');
    await user.click(screen.getByRole('button', { name: 'Download exercise' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Give the expected answer for the finding 1 (“23” or “32”).',
    );
    expect(downloadText).not.toHaveBeenCalled();

    await user.clear(question);
    await user.type(question, 'How many people went to hospital?');
    await user.selectOptions(
      within(count).getByRole('combobox', { name: 'Right answer' }),
      'Version 1: “23” in A, C',
    );
    await user.type(
      within(count).getByRole('textbox', { name: 'Explanation' }),
      'The hospital said 23.',
    );
    await user.click(screen.getByRole('button', { name: 'Download exercise' }));
    expect(screen.getByRole('status')).toHaveTextContent(/exercise with 1 finding \(no answers/);
    const exercise = parseExercise(lastDownload().text);
    if (!exercise.ok) throw new Error(exercise.error);
    expect(exercise.exercise.claims).toEqual([]);
    expect(exercise.exercise.findings.map((f) => [f.type, f.question])).toEqual([
      ['number', 'How many people went to hospital?'],
    ]);
    expect(lastDownload().text).not.toContain('The hospital said 23.');
    await user.click(screen.getByRole('button', { name: 'Download answer key' }));
    const key = parseKey(lastDownload().text);
    if (!key.ok) throw new Error(key.error);
    expect(Object.values(key.key.findings)).toEqual([
      { choice: 0, explanation: 'The hospital said 23.' },
    ]);
  });
});

describe('the trainee answering a finding question', () => {
  const ferry = ferryExercise();
  const exerciseFile = () => new File([JSON.stringify(ferry.exercise)], 'ferry.exercise.json');

  it('shows the versions side by side, asks why, keeps the answer across a reload and scores it', async () => {
    const user = userEvent.setup();
    openFerry();
    const first = render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    await user.upload(screen.getByLabelText(/open an exercise file/i), exerciseFile());
    const finding = screen.getByRole('group', { name: 'Finding 1' });
    const choices = within(finding).getByRole('group', {
      name: 'Which version of this figure is right, and why?',
    });
    const radios = within(choices).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent?.trim())).toEqual([
      'Version 1: “23”',
      'Version 2: “32”',
      'Neither / cannot tell from the sources',
    ]);
    for (const r of radios) expect(r).not.toBeChecked();
    const places = within(finding).getByRole('list', { name: 'Where version 1 appears' });
    expect(
      within(places)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(
        /^A · River ferry capsizes near the old quay · paragraph 1A passenger ferry .* 23 people/,
      ),
      expect.stringMatching(/^C · Ferry accident on the Wend river · paragraph 1/),
    ]);
    await user.click(within(finding).getByRole('radio', { name: 'Version 1: “23”' }));
    await user.click(screen.getByRole('button', { name: 'Download my result' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Finding 1: Explain your decision.');
    expect(within(finding).getByRole('textbox', { name: 'Why' })).toBeInvalid();
    await user.type(within(finding).getByRole('textbox', { name: 'Why' }), 'Two outlets agree.');
    const second = screen.getByRole('group', { name: 'Finding 2' });
    await user.click(
      within(second).getByRole('radio', { name: 'Neither / cannot tell from the sources' }),
    );
    await user.type(within(second).getByRole('textbox', { name: 'Why' }), 'No source says.');

    // A reload: the panel comes back with the answers as typed.
    first.unmount();
    render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    const again = screen.getByRole('group', { name: 'Finding 1' });
    expect(within(again).getByRole('radio', { name: 'Version 1: “23”' })).toBeChecked();
    expect(within(again).getByRole('textbox', { name: 'Why' })).toHaveValue('Two outlets agree.');
    expect(
      within(screen.getByRole('group', { name: 'Finding 2' })).getByRole('radio', {
        name: 'Neither / cannot tell from the sources',
      }),
    ).toBeChecked();
    expect(screen.getByText(/2 of 3 questions answered/)).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Download my result' }));
    const result = parseResult(lastDownload().text);
    if (!result.ok) throw new Error(result.error);
    expect(Object.values(result.result.findings)).toEqual([
      { choice: 0, why: 'Two outlets agree.' },
      { choice: 'neither', why: 'No source says.' },
    ]);

    await user.upload(
      screen.getByLabelText(/check with the answer key/i),
      new File([JSON.stringify(ferry.key)], 'ferry.answer-key.json'),
    );
    expect(screen.getByText('2 of 3 right (67%)')).toBeVisible();
    const table = screen.getByRole('table', { name: /each finding/i });
    expect(within(table).getByRole('row', { name: /^Finding 1/ })).toHaveTextContent(
      /Version 1: “23”.*Version 1: “23”.*Right.*The hospital trust said 23/,
    );
    expect(within(table).getByRole('row', { name: /^Finding 2/ })).toHaveTextContent(
      /Neither .*Right/,
    );
    // Scored answers are locked.
    expect(within(again).getByRole('radio', { name: 'Version 2: “32”' })).toBeDisabled();
  });
});

describe('how a finding question reads to the trainee', () => {
  it('marks each version’s wording in its sentence and letters the claims’ articles', async () => {
    const user = userEvent.setup();
    const ferry = ferryExercise();
    openFerry();
    render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    await user.upload(
      screen.getByLabelText(/open an exercise file/i),
      new File([JSON.stringify(ferry.exercise)], 'ferry.exercise.json'),
    );
    const finding = screen.getByRole('group', { name: 'Finding 1' });
    const marked = (k: number) =>
      within(within(finding).getByRole('list', { name: `Where version ${k} appears` }))
        .getAllByRole('mark')
        .map((m) => [m.textContent, m.closest('blockquote')?.textContent]);
    expect(marked(1)).toEqual([
      ['23', expect.stringContaining('and 23 people were taken to hospital')],
      ['23', expect.stringContaining('and 23 people were taken to hospital')],
    ]);
    expect(marked(2)).toEqual([
      ['32', expect.stringContaining('and 32 people were taken to hospital')],
    ]);
    // The claim's article goes by its letter, as the findings name it.
    const article = screen.getByRole('region', {
      name: 'A · River ferry capsizes near the old quay',
    });
    expect(
      within(article).getByRole('heading', {
        level: 4,
        name: /^A · River ferry capsizes near the old quay/,
      }),
    ).toBeVisible();
    expect(within(article).getByRole('group', { name: 'Claim 1' })).toBeVisible();
  });
});

describe('the class view with finding questions', () => {
  it('gives a table per finding with each trainee’s version and reason, and counts it in the score', async () => {
    const user = userEvent.setup();
    const ferry = ferryExercise();
    const [countQ] = ferry.exercise.findings;
    const result = (trainee: string, choice: number) =>
      JSON.stringify({
        format: 'crosscheck-result',
        version: 2,
        exerciseId: ferry.exercise.id,
        trainee,
        answers: {},
        findings: { [countQ!.id]: { choice, why: `${trainee}'s reason` } },
      });
    openFerry();
    render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Class' }));
    await user.upload(screen.getByLabelText(/open result files/i), [
      new File([result('Cy', 0)], 'cy.json'),
      new File([result('Di', 1)], 'di.json'),
      new File([result('Cy', 0)], 'cy-copy.json'),
    ]);
    await user.upload(
      screen.getByLabelText(/open the answer key/i),
      new File([JSON.stringify(ferry.key)], 'key.json'),
    );
    await user.upload(
      screen.getByLabelText(/open the exercise/i),
      new File([JSON.stringify(ferry.exercise)], 'ex.json'),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 of 3 result files counted; 1 the same trainee again.',
    );
    const scores = screen.getByRole('table', { name: 'Scores' });
    expect(within(scores).getByRole('row', { name: /Cy/ })).toHaveTextContent('Cy1 of 333%');
    const table = await waitFor(() =>
      screen.getByRole('table', {
        name: 'Finding 1: Which version of this figure is right, and why? (“23” or “32”) — 1 of 2 right (50%)',
      }),
    );
    expect(within(table).getByRole('row', { name: /Answer key/ })).toHaveTextContent(
      'Version 1: “23”',
    );
    expect(within(table).getByRole('row', { name: /Di/ })).toHaveTextContent(
      "Version 2: “32”WrongDi's reason",
    );
  });
});

describe('a hostile exercise file', () => {
  it('keeps every answer when a question’s id is the name of an inherited property', async () => {
    const user = userEvent.setup();
    const ferry = ferryExercise();
    const exercise = structuredClone(ferry.exercise);
    exercise.findings[0]!.id = 'toString';
    openFerry();
    const first = render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    await user.upload(
      screen.getByLabelText(/open an exercise file/i),
      new File([JSON.stringify(exercise)], 'odd.exercise.json'),
    );
    const claim = screen.getByRole('group', { name: 'Claim 1' });
    await user.click(within(claim).getByRole('button', { name: 'Verified' }));
    const odd = screen.getByRole('group', { name: 'Finding 1' });
    expect(within(odd).getByRole('textbox', { name: 'Why' })).toHaveValue('');
    await user.type(within(odd).getByRole('textbox', { name: 'Why' }), 'Not sure yet.');
    first.unmount();
    render(<TeachView />);
    await user.click(screen.getByRole('button', { name: 'Trainee' }));
    expect(
      within(screen.getByRole('group', { name: 'Claim 1' })).getByRole('button', {
        name: 'Verified',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(screen.getByRole('group', { name: 'Finding 1' })).getByRole('textbox', {
        name: 'Why',
      }),
    ).toHaveValue('Not sure yet.');
  });
});
