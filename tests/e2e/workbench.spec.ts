import {
  SEEDS,
  expect,
  expectNoA11yViolations,
  maybeUpdateReadmeScreenshot,
  openWorkbench,
  saveScreenshot,
  test,
} from './fixtures.ts';

test.describe('the workbench on the seed articles', () => {
  test('shows the five seed articles side by side, each column headed by its title', async ({
    page,
  }, testInfo) => {
    await openWorkbench(page);
    const columns = page.getByTestId('article-column');
    try {
      await expect(columns).toHaveCount(SEEDS.length);
    } finally {
      // Kept whether or not the columns came, so a failing run still shows what a person would see.
      const path = await saveScreenshot(page, 'workbench-1280x800');
      await testInfo.attach('workbench', { path, contentType: 'image/png' });
    }

    const headings: string[] = [];
    const boxes = [];
    for (const column of await columns.all()) {
      await expect(column).toBeVisible();
      expect(await column.getAttribute('role')).toBe('columnheader');
      const heading = column.getByRole('heading').first();
      await expect(heading).toBeVisible();
      // The heading's title attribute holds the full title (the visible text may be clamped).
      headings.push((await heading.getAttribute('title')) ?? '');
      const box = await column.boundingBox();
      if (box) boxes.push(box);
    }
    for (const { title } of SEEDS) {
      expect(
        headings.filter((text) => text === title),
        `one column headed "${title}"`,
      ).toHaveLength(1);
    }
    // Side by side: the columns start at the same height and run left to right.
    expect(boxes).toHaveLength(SEEDS.length);
    for (const [i, box] of boxes.entries()) {
      if (i === 0) continue;
      const previous = boxes[i - 1]!;
      expect(Math.abs(box.y - previous.y), 'columns share a top edge').toBeLessThan(2);
      expect(box.x, 'columns run left to right').toBeGreaterThanOrEqual(
        previous.x + previous.width - 1,
      );
    }

    await maybeUpdateReadmeScreenshot(page);
  });

  test('shows a "date YYYY-MM-DD" marker as the article\'s date, not as words of its text', async ({
    page,
  }) => {
    await openWorkbench(page);
    const grid = page.getByRole('table', { name: 'Aligned paragraphs' });
    await expect(
      grid.getByRole('columnheader').filter({ hasText: '2021-07-05' }).first(),
    ).toBeVisible();
    await expect(grid.locator('[data-row]').first()).toBeVisible();
    expect(await grid.locator('[data-row]').allInnerTexts()).not.toContainEqual(
      expect.stringMatching(/date 2021-07-05/),
    );
  });

  test('loads without console errors or uncaught page errors', async ({ page, consoleErrors }) => {
    await openWorkbench(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
  });

  test('has no axe-core violations (WCAG 2.1 A and AA, best practice)', async ({ page }) => {
    // axe over the whole Compare view of the seeds (about 3,500 elements) takes 10-25 s on two busy
    // cores, alone nearly the default 30 s: this check gets a budget of its own.
    test.setTimeout(90_000);
    await openWorkbench(page);
    await expectNoA11yViolations(page);
  });
});
