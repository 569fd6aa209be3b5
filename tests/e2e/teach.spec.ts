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
