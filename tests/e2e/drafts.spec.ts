import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, openClaims, sentence, test, views } from './fixtures.ts';

const panel = (page: Page) => page.getByRole('region', { name: 'Focused sentence' });

/** Marks sentence k verified, which focuses it and shows its panel. */
async function markAndFocus(page: Page, k: number) {
  await sentence(page, k).getByRole('button', { name: 'Verified' }).click();
  await expect(panel(page)).toContainText(/paragraph \d+, sentence \d+/i);
}

/** Reloads, goes back to the Claims view and focuses sentence k again. */
async function reloadAndFocus(page: Page, k: number) {
  await page.reload();
  await page.waitForLoadState('networkidle');
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await sentence(page, k).focus();
}

test.describe('typed work survives', () => {
  test('a note typed but not saved survives a click on another sentence and a reload', async ({
    page,
  }) => {
    await openClaims(page);
    await markAndFocus(page, 0);
    await panel(page).getByRole('button', { name: 'Add note' }).click();
    const note = panel(page).getByRole('textbox', { name: 'Note' });
    await note.fill('Ask the port authority for the original figures');
    await sentence(page, 1).click();
    await expect(panel(page).getByRole('textbox', { name: 'Note' })).toHaveCount(0);
    await sentence(page, 0).click();
    await expect(note).toHaveValue('Ask the port authority for the original figures');
    await expect(panel(page)).toContainText('Draft, not saved yet.');

    await reloadAndFocus(page, 0);
    await expect(note).toHaveValue('Ask the port authority for the original figures');
    await expectNoA11yViolations(page);
    await panel(page).getByRole('button', { name: 'Save note' }).click();
    await expect(panel(page)).toContainText('Ask the port authority for the original figures');
    await expect(sentence(page, 0)).toHaveAccessibleName(/note/);
  });

  test('evidence URLs typed but not saved survive a click on another sentence and a reload', async ({
    page,
  }) => {
    await openClaims(page);
    await markAndFocus(page, 0);
    const evidence = panel(page).getByRole('textbox', { name: 'Evidence URLs' });
    await evidence.fill('https://example.org/port-report\nhttps://example.org/minutes');
    await sentence(page, 2).click();
    await sentence(page, 0).click();
    await expect(evidence).toHaveValue(
      'https://example.org/port-report\nhttps://example.org/minutes',
    );

    await reloadAndFocus(page, 0);
    await expect(evidence).toHaveValue(
      'https://example.org/port-report\nhttps://example.org/minutes',
    );
    await panel(page).getByRole('button', { name: 'Save evidence' }).click();
    await expect(panel(page).getByRole('list', { name: 'Saved evidence' })).toContainText(
      'https://example.org/minutes',
    );
  });
});

/** Marks eight sentences, makes an exercise of them as trainer and opens it as trainee. */
async function openEightClaimExercise(page: Page) {
  await openClaims(page);
  await sentence(page, 0).focus();
  for (let k = 0; k < 8; k += 1)
    await page.keyboard.press(k % 2 === 0 ? 'v' : 'd').then(() => page.keyboard.press('j'));
  await views(page).getByRole('button', { name: 'Teach' }).click();
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(8);
  for (let k = 0; k < 8; k += 1) await boxes.nth(k).check();
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download exercise' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  await page.getByRole('button', { name: 'Trainee' }).click();
  await page.getByLabel(/open an exercise file/i).setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByRole('group', { name: 'Claim 8', exact: true })).toBeVisible();
}

const VERDICTS = ['Verified', 'Disputed', 'Unsourced'] as const;
const verdict = (n: number) => VERDICTS[n % 3]!;
const claimGroup = (page: Page, n: number) =>
  page.getByRole('group', { name: `Claim ${n}`, exact: true });

test('a trainee’s exercise and seven of eight answers survive a reload', async ({ page }) => {
  await openEightClaimExercise(page);
  for (let n = 1; n <= 7; n += 1) {
    await claimGroup(page, n)
      .getByRole('button', { name: verdict(n) })
      .click();
    await claimGroup(page, n).getByRole('textbox', { name: 'Why' }).fill(`Reason number ${n}`);
  }
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ines');
  await expect(page.getByText('7 of 8 claims answered')).toBeVisible();

  await page.reload();
  await page.waitForLoadState('networkidle');
  await views(page).getByRole('button', { name: 'Teach' }).click();
  await page.getByRole('button', { name: 'Trainee' }).click();
  await expect(page.getByText('7 of 8 claims answered')).toBeVisible();
  for (let n = 1; n <= 7; n += 1) {
    await expect(claimGroup(page, n).getByRole('button', { name: verdict(n) })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(claimGroup(page, n).getByRole('textbox', { name: 'Why' })).toHaveValue(
      `Reason number ${n}`,
    );
  }
  await expect(claimGroup(page, 8).getByRole('textbox', { name: 'Why' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ines');
  await expectNoA11yViolations(page);
});

test.describe('warning before the page is closed', () => {
  /** Closes the page as a person would, running beforeunload; returns the dialogs it raised. */
  async function closeAndCollectDialogs(page: Page): Promise<string[]> {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await page.waitForEvent('close');
    return dialogs;
  }

  test('asks when a note draft is not saved yet', async ({ page }) => {
    await openClaims(page);
    await markAndFocus(page, 0);
    await panel(page).getByRole('button', { name: 'Add note' }).click();
    await panel(page).getByRole('textbox', { name: 'Note' }).fill('Still checking this one');
    expect(await closeAndCollectDialogs(page)).toEqual(['beforeunload']);
  });

  test('asks when exercise answers are not handed in yet', async ({ page }) => {
    await openEightClaimExercise(page);
    await claimGroup(page, 1).getByRole('button', { name: 'Verified' }).click();
    expect(await closeAndCollectDialogs(page)).toEqual(['beforeunload']);
  });

  test('does not ask once the answers are handed in as a result file', async ({ page }) => {
    await openEightClaimExercise(page);
    await claimGroup(page, 1).getByRole('button', { name: 'Verified' }).click();
    await claimGroup(page, 1).getByRole('textbox', { name: 'Why' }).fill('The report says so');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ines');
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my result' }).click(),
    ]);
    expect(await closeAndCollectDialogs(page)).toEqual([]);
  });

  test('does not ask once the note is saved', async ({ page }) => {
    await openClaims(page);
    await markAndFocus(page, 0);
    await panel(page).getByRole('button', { name: 'Add note' }).click();
    await panel(page).getByRole('textbox', { name: 'Note' }).fill('Checked against the report');
    await panel(page).getByRole('button', { name: 'Save note' }).click();
    await expect(panel(page)).toContainText('Checked against the report');
    expect(await closeAndCollectDialogs(page)).toEqual([]);
  });
});
