import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, openWorkbench, test, views } from './fixtures.ts';

const TITLE = 'Ferry timetable changes';
const TEXT = `${TITLE}\n\nThe morning ferry will leave at 6:40 from next week, the operator said. Evening crossings stay as they are.`;
const articlePicker = (page: Page) => page.getByRole('combobox', { name: 'Article' });

/** Pastes TEXT as a new article in the open review. */
async function addArticle(page: Page) {
  await views(page).getByRole('button', { name: 'Articles' }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(TEXT);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').filter({ hasText: /added an article/i })).toBeVisible();
}

/** Opens the Claims view on the pasted article and marks its first sentence verified. */
async function markFirst(page: Page) {
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await articlePicker(page).selectOption({ label: TITLE });
  const first = page.locator('[data-sentence]').filter({ hasText: 'The morning ferry' });
  await first.getByRole('button', { name: 'Verified' }).click();
  return first;
}

test.describe('article texts in IndexedDB', () => {
  test('a text added in one tab reaches the other tab, which can mark it', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openWorkbench(first);
    await openWorkbench(second);
    await addArticle(first);
    // The second tab reads the new text from the database before it merges the save.
    const sentence = await markFirst(second);
    await expect(sentence.getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await first.reload();
    const again = await markFirst(first).then(() =>
      first.locator('[data-sentence]').filter({ hasText: 'The morning ferry' }),
    );
    await expect(again).toContainText('6:40');
  });

  test('without IndexedDB the banner says so, and texts and marks are still saved', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await openWorkbench(page);
    await expect(page.getByRole('alert')).toContainText(/IndexedDB/);
    await addArticle(page);
    await markFirst(page);
    await expectNoA11yViolations(page);
    await page.reload();
    await views(page).getByRole('button', { name: 'Claims' }).click();
    await articlePicker(page).selectOption({ label: TITLE });
    const first = page.locator('[data-sentence]').filter({ hasText: 'The morning ferry' });
    await expect(first.getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('a save whose texts the database lost is kept untouched and explained', async ({ page }) => {
    await openWorkbench(page);
    await addArticle(page);
    await markFirst(page);
    // The texts are in the database once the save names them.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('crosscheck:v1') ?? ''))
      .toContain('"textKey"');
    const saved = await page.evaluate(() => localStorage.getItem('crosscheck:v1'));
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const request = indexedDB.open('crosscheck');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('article-texts', 'readwrite');
            tx.objectStore('article-texts').clear();
            tx.oncomplete = () => {
              db.close();
              done();
            };
          };
        }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(/did not give back/);
    await expect(page.getByRole('button', { name: /download my work/i })).toBeVisible();
    // Work done now stays in memory: the save is left as it was. (The reload opened the Claims
    // view, the one open before it; the diff toggles are in Compare.)
    await views(page).getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('button', { name: 'Ignore case' }).click();
    expect(await page.evaluate(() => localStorage.getItem('crosscheck:v1'))).toBe(saved);
    // What this state adds: the alert and the header above it. The Compare view is checked whole in
    // compare.spec.ts; axe over it (3,500 elements here) takes 10-15 s, which on top of this test's
    // steps ran past its 30 s when the machine was busy.
    await expectNoA11yViolations(page, { include: '[role="alert"], .app-header' });
  });
});
