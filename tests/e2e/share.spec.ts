import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectMark,
  expectNoA11yViolations,
  openWorkbench,
  sentence,
  test,
  views,
} from './fixtures.ts';

const totalClaims = (page: Page) =>
  page.getByRole('table', { name: 'Claims by status' }).getByRole('row', { name: /total/i });

/** Marks the first two sentences of the sample review, then opens Share. */
async function markTwoAndShare(page: Page) {
  await openWorkbench(page);
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, 0).getByRole('button', { name: 'Verified' }).click();
  await sentence(page, 1).getByRole('button', { name: 'Disputed' }).click();
  await views(page).getByRole('button', { name: 'Share' }).click();
  await expect(totalClaims(page)).toContainText('2');
}

test.describe('share', () => {
  test('a review exported as JSON and imported back is a second review with the same claims', async ({
    page,
  }) => {
    await markTwoAndShare(page);
    const picker = page.getByRole('combobox', { name: /review/i });
    await expect(picker.getByRole('option')).toHaveCount(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download review (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.review\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'crosscheck-review', version: 1 });

    await page.getByLabel(/open a review file/i).setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('status')).toContainText(/as a new review .* 2 marked claims/);
    await expect(picker.getByRole('option')).toHaveCount(2);
    await expect(totalClaims(page)).toContainText('2');
    await expectNoA11yViolations(page);

    // The imported review opens in Claims with the same marks.
    await views(page).getByRole('button', { name: 'Claims' }).click();
    await expectMark(page, 0, 'Verified');
    await expectMark(page, 1, 'Disputed');
  });

  test('a bad review file shows an alert and changes nothing', async ({ page }) => {
    await markTwoAndShare(page);
    await page.getByLabel(/open a review file/i).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "crosscheck-review", "version": 1, "review": {'),
    });
    await expect(page.getByRole('alert')).toContainText(/broken\.json: .*not valid JSON/);
    await expect(totalClaims(page)).toContainText('2');
    await expect(page.getByRole('combobox', { name: /review/i }).getByRole('option')).toHaveCount(
      1,
    );
  });
});
