import {
  expectMark,
  expectNoA11yViolations,
  openClaims,
  saveScreenshot,
  sentence,
  test,
  views,
} from './fixtures.ts';

test.describe('claims review', () => {
  test('a mark made by keyboard survives a reload, its button still pressed', async ({ page }) => {
    await openClaims(page);
    await sentence(page, 0).focus();
    await page.keyboard.press('v');
    await page.keyboard.press('j');
    await page.keyboard.press('d');
    await page.keyboard.press('j');
    await page.keyboard.press('u');
    await expectMark(page, 1, 'Disputed');
    await page.reload();
    await views(page).getByRole('button', { name: 'Claims' }).click();
    await expectMark(page, 0, 'Verified');
    await expectMark(page, 1, 'Disputed');
    await expectMark(page, 2, 'Unsourced');
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
      await expectMark(page, 0, 'Verified');
      await expectMark(page, 1, 'Disputed');
    }
    // And both survive a reload of either.
    await first.reload();
    await views(first).getByRole('button', { name: 'Claims' }).click();
    await expectMark(first, 0, 'Verified');
    await expectMark(first, 1, 'Disputed');
  });
});
