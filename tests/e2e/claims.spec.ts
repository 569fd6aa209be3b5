import {
  expect,
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

  test('n on an unmarked sentence says to mark it first; n on a marked one opens an empty note', async ({
    page,
  }) => {
    await openClaims(page);
    const first = sentence(page, 0);
    const note = page.getByRole('textbox', { name: 'Note' });
    await first.focus();
    await page.keyboard.press('n');
    const told = page.getByRole('status').filter({ hasText: /mark this sentence first/i });
    await expect(told).toBeVisible();
    await expect(told).toBeInViewport();
    await expect(note).toHaveCount(0);
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'claims-note-mark-first');
    // Not kept for the verdict that follows: it marks, and focus stays on the sentence.
    await page.keyboard.press('v');
    await expectMark(page, 0, 'Verified');
    await expect(first).toBeFocused();
    await expect(note).toHaveCount(0);
    // Now n opens the note, and neither it nor an earlier key is typed into it.
    await page.keyboard.press('n');
    await expect(note).toBeFocused();
    await expect(note).toHaveValue('');
    await page.keyboard.type('Keyboard note');
    await expect(note).toHaveValue('Keyboard note');
    await page.keyboard.press('Escape');
    await expect(first).toBeFocused();
    await expect(page.getByText('Keyboard note', { exact: true })).toBeVisible();
  });
});
