import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, openWorkbench, saveScreenshot, test } from './fixtures.ts';

async function openClaims(page: Page) {
  await openWorkbench(page);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Claims' })
    .click();
  await expect(page.locator('[data-sentence]').first()).toBeVisible();
}

const sentence = (page: Page, k: number) => page.locator('[data-sentence]').nth(k);

test.describe('claims review', () => {
  test('a mark made by keyboard survives a reload, its button still pressed', async ({ page }) => {
    await openClaims(page);
    await sentence(page, 0).focus();
    await page.keyboard.press('v');
    await page.keyboard.press('j');
    await page.keyboard.press('d');
    await page.keyboard.press('j');
    await page.keyboard.press('u');
    await expect(sentence(page, 1).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Claims' })
      .click();
    await expect(sentence(page, 0).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(sentence(page, 1).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(sentence(page, 2).getByRole('button', { name: 'Unsourced' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'claims-marked');
  });

  test('two tabs on the same review see each other’s marks and neither loses one', async ({
    context,
  }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openClaims(first);
    await openClaims(second);
    await sentence(first, 0).getByRole('button', { name: 'Verified' }).click();
    await sentence(second, 1).getByRole('button', { name: 'Disputed' }).click();
    // Each tab shows both marks.
    for (const page of [first, second]) {
      await expect(sentence(page, 0).getByRole('button', { name: 'Verified' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(sentence(page, 1).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    // And both survive a reload of either.
    await first.reload();
    await first
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Claims' })
      .click();
    await expect(sentence(first, 0).getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(sentence(first, 1).getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
