import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  findingButtons,
  findingCount,
  findingPanel,
  openWorkbench,
  saveScreenshot,
  test,
  views,
} from './fixtures.ts';

const panel = findingPanel;
const findings = findingButtons;
const selected = (page: Page) => panel(page).locator('[aria-current="true"]');
const count = findingCount;
/** The grid's active row (its tab stop). */
const activeRow = (page: Page) =>
  page.getByRole('table', { name: 'Aligned paragraphs' }).locator('[data-row][tabindex="0"]');

test.describe('triage of findings', () => {
  // Aligning the seeds and running axe several times takes a while on a busy machine.
  test.describe.configure({ timeout: 240_000 });

  test('] and [ step through open findings, each shown in the grid, by keyboard alone', async ({
    page,
  }) => {
    await openWorkbench(page);
    await expect(findings(page).first()).toBeVisible();
    await page.keyboard.press(']');
    await expect(findings(page).nth(0)).toBeFocused();
    await expect(findings(page).nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(activeRow(page)).toBeInViewport();
    const firstRow = await activeRow(page).getAttribute('data-row');
    await page.keyboard.press(']');
    await expect(findings(page).nth(1)).toBeFocused();
    await expect(selected(page)).toHaveCount(1);
    await expect(findings(page).nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(activeRow(page)).toBeInViewport();
    await page.keyboard.press('[');
    await expect(findings(page).nth(0)).toBeFocused();
    await expect(activeRow(page)).toHaveAttribute('data-row', firstRow!);
    await expectNoA11yViolations(page);
  });

  test('a confirmed and a dismissed finding keep their state after a reload; the dismissed one leaves the count', async ({
    page,
  }) => {
    await openWorkbench(page);
    await expect(findings(page).first()).toBeVisible();
    const total = await count(page);
    await page.keyboard.press(']');
    await expect(findings(page).nth(0)).toBeFocused();
    // The selected finding's actions follow it in the tab order.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Confirm');
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
    const confirmed = (await findings(page).nth(0).textContent()) ?? '';
    await page.keyboard.press(']');
    await expect(findings(page).nth(1)).toBeFocused();
    const dismissed = (await findings(page).nth(1).textContent()) ?? '';
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Dismiss');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe(total - 1);
    // The next open finding takes the dismissed one's place, focused.
    await expect(findings(page).nth(1)).toBeFocused();
    await expect(findings(page).nth(1)).not.toHaveText(dismissed);
    await expectNoA11yViolations(page);

    await page.reload();
    await expect(findings(page).first()).toBeVisible();
    await expect.poll(() => count(page)).toBe(total - 1);
    await expect(findings(page).filter({ hasText: dismissed })).toHaveCount(0);
    await expect(
      panel(page)
        .getByRole('listitem')
        .filter({ hasText: confirmed })
        .getByRole('button', { name: 'Confirm' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await panel(page)
      .getByText(/^Show: open, confirmed · all types \(1 dismissed hidden\)$/)
      .click();
    await panel(page).getByRole('checkbox', { name: 'Dismissed (1)' }).check();
    const back = panel(page).getByRole('listitem').filter({ hasText: dismissed });
    await expect(back.getByRole('button', { name: 'Dismiss' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoA11yViolations(page);
    await saveScreenshot(page, 'triage-dismissed-shown');
  });

  test('a finding becomes a disputed claim with its explanation as the note, by keyboard', async ({
    page,
  }) => {
    await openWorkbench(page);
    await expect(findings(page).first()).toBeVisible();
    await page.keyboard.press(']');
    // The first finding with a version in article A, which the Claims view opens on.
    for (let k = 0; k < 50; k += 1) {
      if (/A ¶\d+/.test((await selected(page).textContent()) ?? '')) break;
      await page.keyboard.press(']');
    }
    const explanation = (await selected(page).textContent())!.replace(/^\w+ · \w+\s*/, '');
    for (let k = 0; k < 3; k += 1) await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Mark disputed…');
    await page.keyboard.press('Enter');
    const choices = panel(page).getByRole('group', { name: 'Which sentence is disputed?' });
    await expect(choices).toBeVisible();
    await expectNoA11yViolations(page);
    const inA = choices.getByRole('button', { name: / in A ¶\d+$/ }).first();
    const label = /A ¶\d+$/.exec((await inA.textContent()) ?? '')![0];
    await inA.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('status')).toHaveText(
      `The sentence in ${label} is marked disputed, with the finding's explanation in its note.`,
    );
    await expect(page.locator(':focus')).toHaveAccessibleName('Mark disputed…');
    await expectNoA11yViolations(page);

    const saved = await page.evaluate(() => {
      const state = JSON.parse(localStorage.getItem('crosscheck:v1') ?? '{}').state;
      return Object.values(state.reviews[state.activeReviewId].claims) as {
        status: string;
        note: string;
        articleId: string;
        anchor: { quote: string };
      }[];
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.status).toBe('disputed');
    expect(explanation.startsWith(saved[0]!.note)).toBe(true);
    expect(saved[0]!.note.length).toBeGreaterThan(10);

    await views(page).getByRole('button', { name: 'Claims' }).click();
    const marked = page.locator('[data-sentence]', { hasText: saved[0]!.anchor.quote.trim() });
    await expect(marked.getByRole('button', { name: 'Disputed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
