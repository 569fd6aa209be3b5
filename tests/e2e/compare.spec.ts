import { expect, expectNoA11yViolations, openWorkbench, saveScreenshot, test } from './fixtures.ts';

test.describe('the compare view', () => {
  test('shows the seeds aligned, with a 5 x 5 heat map', async ({ page }) => {
    await openWorkbench(page);
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.locator('[data-row]').first()).toBeVisible();
    expect(await grid.locator('[data-row]').count()).toBeGreaterThan(20);
    const heat = page.getByRole('table', { name: /share of each article/i });
    await expect(heat.locator('tbody tr')).toHaveCount(5);
    await expect(heat.locator('thead th')).toHaveCount(5);
    await expect(heat.getByRole('button')).toHaveCount(20);
    await saveScreenshot(page, 'compare-seeds');
  });

  test('a diff toggle changes what is highlighted', async ({ page }) => {
    await openWorkbench(page);
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    const marks = grid.locator('ins, mark');
    const ignorePunctuation = page.getByRole('button', { name: 'Ignore punctuation' });
    await expect(ignorePunctuation).toHaveAttribute('aria-pressed', 'true');
    // Diffs are filled in after the first paint: count once none is pending.
    await expect(grid.locator('[data-diff-pending]')).toHaveCount(0);
    const lenient = await marks.count();
    await ignorePunctuation.click();
    await expect(ignorePunctuation).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => marks.count()).toBeGreaterThan(lenient);
    await expectNoA11yViolations(page);
  });

  test('j, k and the arrow keys move focus between rows', async ({ page }) => {
    await openWorkbench(page);
    const rows = page.locator('[data-row]');
    await rows.first().focus();
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(rows.nth(1)).toBeFocused();
    await saveScreenshot(page, 'compare-row-focus');
  });

  test('a heat map cell opens the two-article focus with inline changes', async ({ page }) => {
    await openWorkbench(page);
    await page
      .getByRole('table', { name: /share of each article/i })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Two-article focus' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.getByRole('columnheader')).toHaveCount(2);
    await expect(grid.locator('del').first()).toBeVisible();
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'compare-focus');
  });

  test('is usable at 200% zoom', async ({ page }) => {
    await openWorkbench(page);
    await page.evaluate(() => {
      document.body.style.zoom = '2';
    });
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(grid.locator('[data-row]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ignore case' })).toBeVisible();
    await saveScreenshot(page, 'compare-zoom-200');
  });
});
