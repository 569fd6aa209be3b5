import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, openWorkbench, test } from './fixtures.ts';

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const sentence = (page: Page, k: number) => page.locator('[data-sentence]').nth(k);

/** Clicks a button and returns the file it downloads, with its text. */
async function downloadFrom(page: Page, name: string) {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('a trainer exports an exercise and key; a trainee answers with reasons and sees the score', async ({
  page,
}) => {
  // Aligning the five sample articles and three axe checks take a while on a busy machine.
  test.setTimeout(90_000);
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
  await sentence(page, 1).getByRole('button', { name: 'Disputed' }).click();

  // Trainer: both marked claims, expected answers taken from the marks.
  await views(page).getByRole('button', { name: 'Teach' }).click();
  const checkboxes = page.getByRole('checkbox');
  await expect(checkboxes).toHaveCount(2);
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  await page.getByRole('textbox', { name: 'Explanation' }).first().fill('The agency confirmed it.');
  const exercise = await downloadFrom(page, 'Download exercise');
  const key = await downloadFrom(page, 'Download answer key');
  expect(JSON.parse(exercise.text)).toMatchObject({ format: 'crosscheck-exercise' });
  expect(exercise.text).not.toContain('The agency confirmed it.');
  expect(JSON.parse(key.text)).toMatchObject({ format: 'crosscheck-key' });
  await expectNoA11yViolations(page);

  // Trainee: opens the exercise, answers both claims (the second one wrongly) with reasons.
  await page.getByRole('button', { name: 'Trainee' }).click();
  await page.getByLabel(/open an exercise file/i).setInputFiles({
    name: exercise.name,
    mimeType: 'application/json',
    buffer: Buffer.from(exercise.text),
  });
  // The articles side by side, aligned by the compare worker, read only.
  await page.getByText('Read the articles side by side').click();
  const aligned = page.getByRole('table', { name: /articles side by side/i });
  await expect(aligned.getByRole('columnheader')).toHaveCount(
    JSON.parse(exercise.text).articles.length,
  );
  await expect(aligned.getByRole('row').nth(2)).toBeVisible();
  await expect(aligned.getByRole('button')).toHaveCount(0);
  await expectNoA11yViolations(page);
  const claim1 = page.getByRole('group', { name: 'Claim 1' });
  const claim2 = page.getByRole('group', { name: 'Claim 2' });
  await claim1.getByRole('button', { name: 'Verified' }).click();
  await claim2.getByRole('button', { name: 'Verified' }).click();
  await page.getByRole('button', { name: 'Download my result' }).click();
  await expect(page.getByRole('alert')).toContainText('Claim 1: Explain your decision.');
  await claim1.getByRole('textbox', { name: 'Why' }).fill('Matches the official figures.');
  await claim2.getByRole('textbox', { name: 'Why' }).fill('Two outlets report the same.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  const result = await downloadFrom(page, 'Download my result');
  expect(JSON.parse(result.text)).toMatchObject({ format: 'crosscheck-result', trainee: 'Ana' });
  await expectNoA11yViolations(page);

  await page.getByLabel(/check with the answer key/i).setInputFiles({
    name: key.name,
    mimeType: 'application/json',
    buffer: Buffer.from(key.text),
  });
  await expect(page.getByText('1 of 2 right (50%)')).toBeVisible();
  const perClaim = page.getByRole('table', { name: /each claim/i });
  await expect(perClaim.getByRole('row', { name: /^Claim 1/ })).toContainText('Right');
  await expect(perClaim.getByRole('row', { name: /^Claim 1/ })).toContainText(
    'The agency confirmed it.',
  );
  await expect(perClaim.getByRole('row', { name: /^Claim 2/ })).toContainText('Wrong');
  await expectNoA11yViolations(page);
});

/** A text as a regular expression that matches it literally. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file as an input's setInputFiles takes it, under a name of our choosing. */
const asFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('a class of several result files with the same trainee twice is counted once per trainee', async ({
  page,
}) => {
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
  await sentence(page, 1).getByRole('button', { name: 'Disputed' }).click();
  const quote1 = (await sentence(page, 0).innerText()).trim();
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await page.getByRole('checkbox').nth(0).check();
  await page.getByRole('checkbox').nth(1).check();
  const exercise = await downloadFrom(page, 'Download exercise');
  const key = await downloadFrom(page, 'Download answer key');

  // Three hand-ins from one browser: Ana, Ben, and Ana once more with other answers.
  await page.getByRole('button', { name: 'Trainee' }).click();
  await page
    .getByLabel(/open an exercise file/i)
    .setInputFiles(asFile(exercise.name, exercise.text));
  const claim = (n: number) => page.getByRole('group', { name: `Claim ${n}`, exact: true });
  const why = (n: number) => claim(n).getByRole('textbox', { name: 'Why' });
  const name = page.getByRole('textbox', { name: 'Your name' });
  await claim(1).getByRole('button', { name: 'Verified' }).click();
  await why(1).fill('Ana: the “official” figure — 40, as stated.');
  await claim(2).getByRole('button', { name: 'Disputed' }).click();
  await why(2).fill('=SUM(A1) the outlets disagree');
  await name.fill('Ana');
  const ana = await downloadFrom(page, 'Download my result');
  await claim(2).getByRole('button', { name: 'Unsourced' }).click();
  await why(1).fill('Ben: matches the agency.');
  await name.fill('Ben');
  const ben = await downloadFrom(page, 'Download my result');
  await name.fill('ana ');
  const anaAgain = await downloadFrom(page, 'Download my result');

  await page.getByRole('button', { name: 'Class' }).click();
  await page
    .getByLabel(/open result files/i)
    .setInputFiles([
      asFile(ana.name, ana.text),
      asFile(ben.name, ben.text),
      asFile('ana-second-try.json', anaAgain.text),
      asFile('ben-copy.json', ben.text),
      asFile('notes.json', '{"trainee": "Cy"}'),
    ]);
  await expect(page.getByRole('alert')).toContainText('notes.json: ');
  await expect(page.getByRole('status').filter({ hasText: 'result files' })).toHaveText(
    '2 of 4 result files counted; 2 the same trainee again.',
  );
  const dupes = page.getByRole('list', { name: /not counted/i });
  await expect(dupes.getByRole('listitem')).toHaveText([
    `ana-second-try.json is a second result of Ana: only ${ana.name} is counted.`,
    `ben-copy.json holds the same answers of Ben as ${ben.name}: counted once.`,
  ]);
  await page.getByLabel(/open the answer key/i).setInputFiles(asFile(key.name, key.text));
  await page.getByLabel(/open the exercise/i).setInputFiles(asFile(exercise.name, exercise.text));
  const scores = page.getByRole('table', { name: 'Scores' });
  await expect(scores.getByRole('row')).toHaveCount(3);
  await expect(scores.getByRole('row', { name: /Ana/ })).toContainText('100%');
  await expect(scores.getByRole('row', { name: /Ben/ })).toContainText('50%');
  const table2 = page.getByRole('table', { name: /^Claim 2: “.*” — 1 of 2 right \(50%\)$/ });
  await expect(table2.getByRole('row', { name: /Ben/ })).toContainText('UnsourcedWrong');
  await expect(table2.getByRole('row', { name: /Ana/ })).toContainText(
    '=SUM(A1) the outlets disagree',
  );
  await expectNoA11yViolations(page);

  const csv = await downloadFrom(page, 'Download class summary (CSV)');
  expect(csv.name).toMatch(/\.class-summary\.csv$/);
  expect(csv.text.startsWith('\uFEFF"Trainee","Score","Right","Claim 1: “')).toBe(true);
  const lines = csv.text.split('\r\n').filter(Boolean);
  expect(lines[0]).toContain(quote1.split(' ').slice(0, 4).join(' '));
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(
      /^"ANSWER KEY \(the right answers, not a trainee\)","","","[A-Z][a-z]+","right answer",/,
    ),
    expect.stringMatching(
      /^"Ana","1\.00","2 of 2","Verified","right","Ana: the “official” figure — 40, as stated\.","Disputed","right","'=SUM\(A1\) the outlets disagree"$/,
    ),
    expect.stringMatching(
      /^"Ben","0\.50","1 of 2","Verified","right","Ben: matches the agency\.","Unsourced","wrong",/,
    ),
  ]);
});

test('a finding question goes from trainer to trainee, survives a reload and is scored in the class view', async ({
  page,
}) => {
  // Comparing the five sample articles twice (trainer, trainee) and five axe checks take a while.
  test.setTimeout(120_000);
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await page.getByRole('checkbox').first().check();

  // Trainer: the first finding of the comparison, its first version the right one.
  await page.getByText(/Ask about findings of the comparison/).click();
  const picker = page.locator('details', { hasText: 'Ask about findings' });
  const finding = picker.getByRole('listitem').first();
  await finding.getByRole('checkbox').check();
  const question = await finding.getByRole('textbox', { name: 'Question' }).inputValue();
  expect(question).toMatch(/^Which version .* is right/);
  const rightAnswer = finding.getByRole('combobox', { name: 'Right answer' });
  await rightAnswer.selectOption({ index: 1 });
  const wording = /^Version 1: (“.*”) in /.exec(
    (await rightAnswer.locator('option:checked').innerText()).trim(),
  )?.[1];
  expect(wording).toBeTruthy();
  await finding.getByRole('textbox', { name: 'Explanation' }).fill('The agency’s own figure.');
  await page.getByRole('textbox', { name: 'Exercise title' }).fill('Week 5: Σοφία’s class');

  // The exercise being made is kept: through a look at the Compare view, and through a reload.
  const expectKept = async () => {
    await expect(page.getByRole('textbox', { name: 'Exercise title' })).toHaveValue(
      'Week 5: Σοφία’s class',
    );
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    const kept = picker.getByRole('listitem').first();
    await expect(kept.getByRole('checkbox')).toBeChecked();
    await expect(kept.getByRole('textbox', { name: 'Question' })).toHaveValue(question);
    await expect(kept.getByRole('combobox', { name: 'Right answer' })).toHaveValue('0');
    await expect(kept.getByRole('textbox', { name: 'Explanation' })).toHaveValue(
      'The agency’s own figure.',
    );
  };
  await views(page).getByRole('button', { name: 'Compare' }).click();
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await expectKept();
  await page.reload();
  await page.waitForLoadState('networkidle');
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await expectKept();
  await expectNoA11yViolations(page, { include: '.teach-panel' });
  const exercise = await downloadFrom(page, 'Download exercise');
  const key = await downloadFrom(page, 'Download answer key');
  expect(JSON.parse(exercise.text).findings).toHaveLength(1);
  expect(exercise.text).not.toContain('The agency’s own figure.');

  // Trainee: the versions side by side; the answer is kept across a reload.
  await page.getByRole('button', { name: 'Trainee' }).click();
  await page
    .getByLabel(/open an exercise file/i)
    .setInputFiles(asFile(exercise.name, exercise.text));
  const asked = page.getByRole('group', { name: 'Finding 1' });
  await expect(asked.getByRole('group', { name: question })).toBeVisible();
  await expect(asked.getByRole('radio')).toHaveCount(
    JSON.parse(exercise.text).findings[0].versions.length + 1,
  );
  // Chosen, "Neither" is boxed as a chosen version is; the heading is no smaller than the question.
  const boxOf = (name: string) =>
    asked.locator('.teach-version', { has: page.getByRole('radio', { name }) });
  const look = (name: string) =>
    boxOf(name).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.borderTopColor} ${s.boxShadow}`;
    });
  const unchosen = await look('Neither / cannot tell from the sources');
  await asked.getByRole('radio', { name: 'Neither / cannot tell from the sources' }).check();
  const neither = await look('Neither / cannot tell from the sources');
  expect(neither).not.toBe(unchosen);
  await asked.getByRole('radio', { name: `Version 1: ${wording}` }).check();
  expect(await look(`Version 1: ${wording}`)).toBe(neither);
  const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
  const headingSize = await asked.getByRole('heading', { name: 'Finding 1' }).evaluate(size);
  expect(headingSize).toBeGreaterThanOrEqual(await asked.locator('legend').evaluate(size));
  await expect(asked.locator('mark').first()).toBeVisible();
  await asked.getByRole('textbox', { name: 'Why' }).fill('Two outlets quote the agency.');
  await expectNoA11yViolations(page, { include: '.teach-panel' });

  await page.reload();
  await page.waitForLoadState('networkidle');
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await page.getByRole('button', { name: 'Trainee' }).click();
  const kept = page.getByRole('group', { name: 'Finding 1' });
  await expect(kept.getByRole('radio', { name: `Version 1: ${wording}` })).toBeChecked();
  await expect(kept.getByRole('textbox', { name: 'Why' })).toHaveValue(
    'Two outlets quote the agency.',
  );
  await page
    .getByRole('group', { name: 'Claim 1', exact: true })
    .getByRole('button', { name: 'Disputed' })
    .click();
  await page
    .getByRole('group', { name: 'Claim 1', exact: true })
    .getByRole('textbox', { name: 'Why' })
    .fill('Another outlet differs.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
  const result = await downloadFrom(page, 'Download my result');
  expect(Object.values(JSON.parse(result.text).findings)).toEqual([
    { choice: 0, why: 'Two outlets quote the agency.' },
  ]);

  // Class: the finding's table, the share right and the CSV's readable columns.
  await page.getByRole('button', { name: 'Class' }).click();
  await page.getByLabel(/open result files/i).setInputFiles(asFile(result.name, result.text));
  await page.getByLabel(/open the answer key/i).setInputFiles(asFile(key.name, key.text));
  await page.getByLabel(/open the exercise/i).setInputFiles(asFile(exercise.name, exercise.text));
  const scores = page.getByRole('table', { name: 'Scores' });
  await expect(scores.getByRole('row', { name: /Ana/ })).toContainText('1 of 250%');
  const table = page.getByRole('table', {
    name: /^Finding 1: Which version .* — 1 of 1 right \(100%\)$/,
  });
  await expect(table.getByRole('row', { name: /Answer key/ })).toContainText(
    `Version 1: ${wording}The agency’s own figure.`,
  );
  await expect(table.getByRole('row', { name: /Ana/ })).toContainText(
    `Version 1: ${wording}RightTwo outlets quote the agency.`,
  );
  await expectNoA11yViolations(page, { include: '.teach-panel' });
  const csv = await downloadFrom(page, 'Download class summary (CSV)');
  const [header, keyRow, row] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  expect(keyRow).toMatch(
    new RegExp(
      `^"ANSWER KEY .*,"Version 1: ${escapeRe(wording!)}","right answer","The agency’s own figure\\."$`,
    ),
  );
  expect(header).toContain(`"Finding 1: ${question.slice(0, 20)}`);
  expect(header).toContain(`${wording}`);
  expect(header).not.toContain(JSON.parse(exercise.text).findings[0].id);
  expect(row).toMatch(
    new RegExp(
      `^"Ana","0\\.50","1 of 2",.*,"Version 1: ${escapeRe(wording!)}","right","Two outlets quote the agency\\."$`,
    ),
  );
});
