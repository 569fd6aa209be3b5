import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus } from '../../src/cli/synthetic-corpus.ts';
import { SAVED_VERSION } from '../../src/store/migrations.ts';
import {
  expect,
  expectNoA11yViolations,
  openWorkbench,
  ROOT,
  saveScreenshot,
  test,
} from './fixtures.ts';

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

/** A saved review of synthetic copies of one story, long enough for the grid to virtualise. */
function longReview(articles: number, paragraphs: number): string {
  const seeds = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const review = {
    id: 'long',
    name: 'Long review',
    createdAt: 1,
    updatedAt: 1,
    articles: syntheticCorpus(seeds, { articles, paragraphs, seed: 7 }).map((text, k) => ({
      id: `copy-${k}.txt`,
      text,
      title: `Copy ${k + 1}`,
      outlet: 'synthetic',
      date: null,
      url: '',
      addedAt: 1,
    })),
    claims: {},
    removedArticles: {},
    view: { base: null, order: [], hidden: [], collapsed: [] },
  };
  const state = {
    reviews: { long: review },
    reviewOrder: ['long'],
    activeReviewId: 'long',
    deletedReviews: {},
    diff: {
      ignoreCase: false,
      ignorePunctuation: true,
      onlyChanged: false,
      onlyUnique: false,
      hideBoilerplate: false,
    },
  };
  return JSON.stringify({ state, version: SAVED_VERSION });
}

test.describe('the compare view on a long alignment', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      },
      ['crosscheck:v1', longReview(8, 200)],
    );
    await openWorkbench(page);
  });

  test('renders only the rows near the screen, and j moves focus into rows rendered on demand', async ({
    page,
  }) => {
    const status = page.getByRole('status').filter({ hasText: /^\d+ rows$/ });
    const total = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(150);
    const rows = page.locator('[data-row]');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(20);

    await rows.first().focus();
    for (let k = 0; k < 12; k++) await page.keyboard.press('j');
    const twelfth = page.locator('[data-row="12"]');
    await expect(twelfth).toBeFocused();
    await expect(twelfth).toBeInViewport();
    await page.keyboard.press('k');
    await expect(page.locator('[data-row="11"]')).toBeFocused();
  });

  test('a click low on the row map jumps to a row near the end', async ({ page }) => {
    const map = page.getByRole('img', { name: /row map/i });
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height - 3 } });
    const focused = page.locator('[data-row]:focus');
    await expect(focused).toBeInViewport();
    const position = Number(await focused.getAttribute('data-row'));
    const total = Number(
      /\d+/.exec(
        (await page
          .getByRole('status')
          .filter({ hasText: /^\d+ rows$/ })
          .textContent()) ?? '',
      )?.[0],
    );
    expect(position).toBeGreaterThan(total * 0.9);
  });

  test('shows the whole 8 x 8 heat map and passes axe', async ({ page }) => {
    const heat = page.getByRole('table', { name: /share of each article/i });
    await expect(heat.locator('tbody tr')).toHaveCount(8);
    await expect(heat.getByRole('button')).toHaveCount(56);
    await expectNoA11yViolations(page);
  });
});
