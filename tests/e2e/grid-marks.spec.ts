import type { Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, openWorkbench, test, views } from './fixtures.ts';

/** Where a grid sentence stands: its article (from its cell) and its span. */
async function placeOf(grid: Locator) {
  return {
    articleId: (await grid
      .locator('xpath=ancestor::*[@data-article][1]')
      .getAttribute('data-article'))!,
    key: `${await grid.getAttribute('data-from')}-${await grid.getAttribute('data-to')}`,
  };
}

/** Shows an article in the Claims view (open) and returns the item of one of its sentences. */
async function claimsItem(page: Page, place: { articleId: string; key: string }) {
  await page.getByRole('combobox', { name: 'Article' }).selectOption(place.articleId);
  return page.locator(`.claims-article [data-sentence][data-key="${place.key}"]`);
}

async function openView(page: Page, name: 'Compare' | 'Claims') {
  await views(page).getByRole('button', { name }).click();
  await expect(views(page).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
}

test.describe('marks in the compare grid', () => {
  // axe-core reads the whole grid of the five seeds in some seconds on two cores: the states
  // between are checked in the row they change, the last of each test on the whole page.
  test.setTimeout(120_000);

  test('a sentence marked in the grid by keyboard is pressed in the Claims view and after a reload', async ({
    page,
  }) => {
    await openWorkbench(page);
    const row = page.locator('[data-row="1"]');
    await row.focus();
    await page.keyboard.press('ArrowRight');
    const target = row.locator('[data-sentence]').first();
    await expect(target).toBeFocused();
    const place = await placeOf(target);
    await page.keyboard.press('d');
    await expect(target).toHaveAccessibleName(/, disputed/);
    await expect(target.locator('.g-mark')).toHaveText('Disputed');
    const details = page.getByRole('region', { name: /^Claim: Sentence 1 of ¶\d+ in [A-Z]$/ });
    await expect(details.getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoA11yViolations(page, { include: '[data-row="1"]' });
    // n opens the note beside it; Escape keeps it and goes back to the sentence.
    await page.keyboard.press('n');
    await expect(details.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.keyboard.type('The council notice says otherwise.');
    await expectNoA11yViolations(page, { include: '[data-row="1"]' });
    await page.keyboard.press('Escape');
    await expect(target).toBeFocused();
    await expect(details.getByText('The council notice says otherwise.')).toBeVisible();

    await openView(page, 'Claims');
    const item = await claimsItem(page, place);
    await expect(item.getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(item).toContainText('note');

    await page.reload();
    await page.waitForLoadState('networkidle');
    await openView(page, 'Claims');
    await expect(
      (await claimsItem(page, place)).getByRole('button', { name: 'Disputed' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await openView(page, 'Compare');
    const again = page
      .locator(
        `[data-article="${place.articleId}"] [data-sentence][data-from="${place.key.split('-')[0]}"]`,
      )
      .first();
    await expect(again).toBeVisible();
    await expect(again).toHaveAccessibleName(/, disputed/);
    await expectNoA11yViolations(page);
  });

  test('a sentence opened at the foot of the screen brings its mark buttons into view', async ({
    page,
  }) => {
    await openWorkbench(page);
    const row = page.locator('[data-row="3"]');
    // The row's foot at the screen's: the buttons, drawn under its paragraph, would be out of sight.
    await row.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await row.focus();
    await page.keyboard.press('ArrowRight');
    await expect(row.locator('[data-sentence]').first()).toBeFocused();
    const details = page.getByRole('region', { name: /^Claim: Sentence 1 of ¶\d+ in [A-Z]$/ });
    await expect(details.getByRole('button', { name: 'Verified' })).toBeInViewport();
    await expect(row.locator('[data-sentence]').first()).toBeInViewport();
  });

  test('text selected in the grid becomes a claim with a note, listed with it in the Claims view', async ({
    page,
  }) => {
    await openWorkbench(page);
    const cell = page.locator('[data-row="2"] [role="cell"][data-article]').first();
    const articleId = (await cell.getAttribute('data-article'))!;
    const quote = await cell.evaluate((el) => {
      // Two words from the middle of the cell's first sentence, selected as a drag would.
      const piece = [...el.querySelectorAll<HTMLElement>('[data-sentence] [data-start]')].find(
        (p) => (p.textContent ?? '').split(' ').length > 4,
      )!;
      const text = piece.firstChild!;
      const words = piece.textContent!.split(' ');
      const start = words[0]!.length + 1;
      const end = start + words[1]!.length + 1 + words[2]!.length;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return piece.textContent!.slice(start, end);
    });
    await expect(cell.getByText(`Selected: “${quote}”`)).toBeVisible();
    await expectNoA11yViolations(page, { include: '[data-row="2"]' });
    await cell
      .getByRole('group', { name: 'Mark selection as' })
      .getByRole('button', { name: 'Unsourced' })
      .click();
    const list = cell.getByRole('list', { name: /^Selected claims in ¶\d+ of [A-Z]$/ });
    await expect(list.getByText(quote)).toBeVisible();
    await list
      .getByRole('button', { name: `Note and evidence of the selection “${quote}”` })
      .click();
    await list.getByRole('button', { name: 'Add note' }).click();
    await list.getByRole('textbox', { name: 'Note' }).fill('No source named for this.');
    await list.getByRole('button', { name: 'Save note' }).click();
    await expect(list.getByText('No source named for this.')).toBeVisible();
    await expectNoA11yViolations(page, { include: '[data-row="2"]' });

    await openView(page, 'Claims');
    await page.getByRole('combobox', { name: 'Article' }).selectOption(articleId);
    const under = page.getByRole('list', { name: /^Selected claims in paragraph/ });
    await expect(under.getByText(quote)).toBeVisible();
    await expect(under.getByRole('button', { name: 'Unsourced' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await under.getByRole('button', { name: /^Note and evidence of the selection/ }).click();
    await expect(under.getByText('No source named for this.')).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
