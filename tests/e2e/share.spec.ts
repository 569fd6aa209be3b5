import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  expect,
  expectMark,
  expectNoA11yViolations,
  openWorkbench,
  SEEDS,
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
    await expect(page.getByRole('region', { name: 'Import' }).getByRole('status')).toContainText(
      /as a new review .* 2 marked claims/,
    );
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

  test('the claims CSV opens cleanly in a spreadsheet and the fact checks carry one anchor each', async ({
    page,
  }) => {
    await markTwoAndShare(page);
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download claims (CSV)' }).click(),
    ]);
    const bytes = readFileSync(await csvDownload.path());
    // UTF-8 with a byte-order mark, which Excel needs to show curly quotes and dashes.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = Papa.parse<string[]>(bytes.toString('utf8'), {
      skipEmptyLines: true,
    }).data;
    const cell = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];
    expect(header).toEqual(expect.arrayContaining(['Article title', 'Outlet', 'Paragraph']));
    expect(rows).toHaveLength(2);
    expect(cell(rows[0], 'Article title')).toBe(SEEDS[0]!.title);
    expect(cell(rows[0], 'Outlet')).toBe('BBC News');
    // The page opens on a photo caption the parser takes for the headline; the story's first
    // paragraph is paragraph 1 for its reader.
    expect(cell(rows[1], 'Quote')).toMatch(/^More than 1,000 Afghan soldiers have fled/);
    expect(cell(rows[1], 'Paragraph')).toBe('1');

    await page.getByLabel('Publishing organization').fill('Example Checks');
    await page.getByLabel(/page url/i).fill('https://checks.example.org/tajikistan');
    await page.getByLabel(/page url/i).press('Enter');
    const checks = page.getByRole('list', { name: /fact checks to publish/i });
    await expect(checks.getByRole('listitem')).toHaveCount(2);
    await expectNoA11yViolations(page);
    const [ldDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /download claimreview/i }).click(),
    ]);
    const reviews = JSON.parse(readFileSync(await ldDownload.path(), 'utf8')) as {
      url: string;
      claimReviewed: string;
      author: { name: string };
    }[];
    expect(reviews).toHaveLength(2);
    expect(new Set(reviews.map((r) => r.url)).size).toBe(2);
    for (const r of reviews) {
      expect(r.url).toMatch(/^https:\/\/checks\.example\.org\/tajikistan#claim-/);
      expect([...r.claimReviewed].length).toBeLessThan(75);
      expect(r.author.name).toBe('Example Checks');
    }
  });
});
