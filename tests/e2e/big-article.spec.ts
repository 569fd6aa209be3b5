import type { Page } from '@playwright/test';
import { bigArticleText } from '../../src/cli/big-article.ts';
import { expect, expectNoA11yViolations, openWorkbench, test, views } from './fixtures.ts';

const TITLE = 'Harbour ledger, day by day';
const LAST = 'The ledger closes with its final count of 48,213 arrivals.';

/**
 * Distinct sentences, three to a paragraph, ending on LAST: just under the 5 MB the import takes,
 * and with the sample articles more than the 5,242,880 characters Chromium's localStorage holds.
 */
const bigArticle = () => `${bigArticleText(5_225_000)}\n\n${LAST}`;

const articlePicker = (page: Page) => page.getByRole('combobox', { name: 'Article' });
const lastSentence = (page: Page) => page.locator('[data-sentence]').filter({ hasText: LAST });

/** Opens the big article in the Claims view and brings its last sentence into view by find. */
async function showLastSentence(page: Page) {
  await views(page).getByRole('button', { name: 'Claims' }).click();
  await articlePicker(page).selectOption({ label: TITLE });
  // The opening paragraphs show first; the find reaches the end once the rest is read.
  await expect(page.locator('[data-sentence]').first()).toBeVisible();
  await expect(page.getByText('Reading the rest of the article')).toHaveCount(0, {
    timeout: 60_000,
  });
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await find.fill('final count of 48,213');
  await find.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: /sentence 1 of 1 with a match/i }),
  ).toBeVisible();
  await expect(lastSentence(page)).toBeVisible();
}

test.describe('a 5 MB article', () => {
  test.setTimeout(120_000);

  test('is saved, marked near its end, and both survive a reload', async ({ page }) => {
    await openWorkbench(page);
    await views(page).getByRole('button', { name: 'Articles' }).click();
    const text = bigArticle();
    expect(text.length).toBeGreaterThan(5_225_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(5 * 1024 * 1024);
    await page.getByLabel('Open files').setInputFiles({
      name: 'ledger.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole('status').filter({ hasText: /added an article/i })).toBeVisible({
      timeout: 60_000,
    });

    await showLastSentence(page);
    await lastSentence(page).getByRole('button', { name: 'Disputed' }).click();
    await expect(lastSentence(page).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Nothing tells the reviewer the work was not saved.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(page.locator('#root')).not.toBeEmpty();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await showLastSentence(page);
    await expect(lastSentence(page).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Keys move on from a sentence that was scrolled to.
    await lastSentence(page).focus();
    await page.keyboard.press('k');
    await expect(page.locator('[data-sentence]:focus')).toContainText('for the');

    // Selected words near the end become a claim of their own.
    await lastSentence(page).evaluate((item) => {
      const text = item.querySelector('[data-start]')!.firstChild!;
      const at = text.textContent!.indexOf('48,213 arrivals');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + '48,213 arrivals'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect(page.getByText('Selected: “48,213 arrivals”')).toBeVisible();
    await page
      .getByRole('group', { name: 'Mark selection as' })
      .getByRole('button', { name: 'Unsourced' })
      .click();
    const selections = page.getByRole('list', { name: /selected claims in paragraph/i });
    await expect(selections.getByText('48,213 arrivals')).toBeVisible();
  });
});
