import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectMark,
  expectNoA11yViolations,
  openWorkbench,
  sentence,
  test,
  views,
} from './fixtures.ts';

const CHANGED = 'text changed since it was checked';

/** Downloads one export from the Share view and returns its text. */
async function download(page: Page, name: string): Promise<string> {
  await views(page).getByRole('button', { name: 'Share' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** The first sentence of the Claims view that states a figure, and its text. */
async function sentenceWithFigure(page: Page): Promise<{ item: Locator; text: string }> {
  await expect(sentence(page, 0)).toBeVisible();
  const count = await page.locator('[data-sentence]').count();
  for (let k = 0; k < count; k += 1) {
    const text = (await sentence(page, k).locator('[data-start]').textContent()) ?? '';
    if (/\d/.test(text) && text.length > 40) return { item: sentence(page, k), text };
  }
  throw new Error('no sentence with a figure in the sample article');
}

// Each test drives several views, downloads, a reload or two pages: more than a quick check.
test.describe.configure({ timeout: 60_000 });

test.describe('a verdict on text that changed', () => {
  test('shows both wordings, is counted and exported, and clears when confirmed', async ({
    page,
  }) => {
    await openWorkbench(page);
    await views(page).getByRole('button', { name: 'Claims' }).click();
    const { item, text: checked } = await sentenceWithFigure(page);
    await item.getByRole('button', { name: 'Verified' }).click();
    const title = (await page.locator('#claims-article-heading').textContent()) ?? '';
    const figure = /\d+/.exec(checked)![0];
    const now = checked.replace(figure, String(Number(figure) + 7));

    await views(page).getByRole('button', { name: 'Articles' }).click();
    const article = page.getByRole('article', { name: title, exact: true });
    await article.getByText('Show text').click();
    const full = (await article.getByRole('region', { name: `Text of ${title}` }).textContent())!;
    expect(full).toContain(checked);
    await article.getByRole('button', { name: 'Replace with edited version' }).click();
    await article.getByRole('textbox', { name: 'Edited text' }).fill(full.replace(checked, now));
    await article.getByRole('button', { name: 'Replace text' }).click();
    await expect(article.getByRole('status').filter({ hasText: 'Text replaced' })).toContainText(
      '1 verdict stands on changed text',
    );
    await expectNoA11yViolations(page);

    await views(page).getByRole('button', { name: 'Claims' }).click();
    const changed = page.locator('[data-sentence]', { hasText: now });
    await expect(changed).toContainText(CHANGED);
    await expect(changed.getByRole('button', { name: 'Verified' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await changed.focus();
    const sideBySide = page.getByRole('region', { name: 'Text changed since it was checked' });
    await expect(sideBySide.getByRole('figure').nth(0)).toContainText(checked);
    await expect(sideBySide.getByRole('figure').nth(1)).toContainText(now);
    // The side panel and the flagged sentence (the whole article's check is in claims.spec.ts).
    await expectNoA11yViolations(page, { include: '.claims-side' });
    await expectNoA11yViolations(page, { include: '[data-sentence]:focus' });

    const csv = await download(page, 'Download claims (CSV)');
    expect(csv).toContain(`"yes","${checked.replace(/"/g, '""')}"`);
    expect(await download(page, 'Download report (Markdown)')).toContain(CHANGED);

    // The flag survives a reload, then "Still holds" (by keyboard) clears it everywhere.
    await page.reload();
    await views(page).getByRole('button', { name: 'Claims' }).click();
    await page.locator('[data-sentence]', { hasText: now }).focus();
    const confirm = sideBySide.getByRole('button', { name: 'Still holds: verified' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await expect(sideBySide).toHaveCount(0);
    await expect(page.locator('[data-sentence]', { hasText: now })).not.toContainText(CHANGED);
    expect(await download(page, 'Download claims (CSV)')).not.toContain('"yes"');
  });
});

type Held = { held?: StorageEvent[] };

/**
 * Lets a test delay the storage events a page receives, as when two tabs act before either hears
 * of the other. The listener goes in before the app's, so it runs first; held events are delivered
 * when the hold ends.
 */
const canHoldEvents = (page: Page) =>
  page.addInitScript(() => {
    window.addEventListener(
      'storage',
      (e) => {
        const queue = (window as Held).held;
        if (!queue) return;
        e.stopImmediatePropagation();
        queue.push(new StorageEvent('storage', e));
      },
      true,
    );
  });
const holdEvents = (page: Page, hold: boolean) =>
  page.evaluate((on) => {
    const w = window as Held;
    const queue = w.held ?? [];
    if (on) {
      w.held = queue;
      return;
    }
    delete w.held;
    for (const e of queue) window.dispatchEvent(e);
  }, hold);

test.describe('verdicts from two tabs', () => {
  test('two verdicts on one sentence show as a conflict in both tabs until one is kept', async ({
    context,
  }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await canHoldEvents(second);
    for (const page of [first, second]) {
      await openWorkbench(page);
      await views(page).getByRole('button', { name: 'Claims' }).click();
      await expect(sentence(page, 1)).toBeVisible();
    }
    await holdEvents(second, true);
    await sentence(first, 1).getByRole('button', { name: 'Verified' }).click();
    await sentence(second, 1).getByRole('button', { name: 'Disputed' }).click();
    await holdEvents(second, false);

    for (const [page, own, other] of [
      [first, 'Verified', 'Disputed'],
      [second, 'Disputed', 'Verified'],
    ] as const) {
      await expect(sentence(page, 1)).toContainText('conflicting verdicts');
      await sentence(page, 1).focus();
      const conflict = page.getByRole('region', { name: 'Conflicting verdicts' });
      await expect(conflict.getByRole('listitem')).toHaveCount(2);
      await expect(conflict.getByRole('listitem').filter({ hasText: own })).toContainText(
        'by this tab',
      );
      await expect(conflict.getByRole('listitem').filter({ hasText: other })).toContainText(
        'by another tab',
      );
    }
    await expectNoA11yViolations(second, { include: '.claims-side' });

    // Kept in the second tab by keyboard; the first tab follows.
    const keep = second
      .getByRole('region', { name: 'Conflicting verdicts' })
      .getByRole('button', { name: 'Keep verified' });
    await keep.focus();
    await second.keyboard.press('Enter');
    for (const page of [first, second]) {
      await expect(page.getByRole('region', { name: 'Conflicting verdicts' })).toHaveCount(0);
      await expect(sentence(page, 1)).not.toContainText('conflicting verdicts');
      await expectMark(page, 1, 'Verified');
    }
  });
});
